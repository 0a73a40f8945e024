// SPDX-License-Identifier: MIT
#include "zone.hpp"

#include "clock.hpp"
#include "countries.hpp"
#include "errors.hpp"
#include "printable.hpp"
#include "text.hpp"
#include "zone_lookup.hpp"

// ptz.h names hh_mm_ss after `using namespace date; using namespace std::chrono;`, which C++20
// makes ambiguous (std::chrono has one too); a declaration in Posix is found first.
namespace Posix {
using date::hh_mm_ss;
} // namespace Posix
#include <date/ptz.h>
#include <fmt/format.h>

#include <climits>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ntnu {

const date::tzdb& zone_database(const Language& lang) {
    try {
        return date::get_tzdb();
    } catch (const std::exception& e) {
        throw RuntimeError(lang.format(Msg::error_no_zone_database, fmt::arg("reason", e.what())));
    }
}

std::string zone_database_version() {
    // Where date's database takes its version from (+VERSION, else version), without reading
    // the database; Debian ships neither, but tzdata.zi, which starts with "# version 2025b".
    const std::string& directory = zoneinfo_directory();
    for (const char* file : {"/+VERSION", "/version"}) {
        std::ifstream in(directory + file);
        std::string version;
        if (in >> version && !version.empty() && version != "unknown") {
            return version;
        }
    }
    std::ifstream zi(directory + "/tzdata.zi");
    std::string first_line;
    constexpr std::string_view prefix = "# version ";
    if (std::getline(zi, first_line) && first_line.starts_with(prefix)) {
        return first_line.substr(prefix.size());
    }
    return "unknown";
}

namespace {

// The zone a country's name or code ("India", "IN") or an abbreviation ("JST") stands for,
// when there is one; a usage error listing the zones when there are several ("IST", "US");
// nullptr when the name is neither.
const date::time_zone* zone_people_mean(const std::string& name, const std::string& origin,
                                        const Language& lang) {
    std::vector<CountryZone> zones;
    const bool abbreviation =
        name.size() >= 2 && name.size() <= 5 &&
        name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ==
            std::string::npos;
    if (abbreviation) {
        zones = zones_by_abbreviation(name, std::chrono::floor<std::chrono::seconds>(system_now()));
    }
    if (zones.empty()) {
        if (const CountryRecord* country = find_country(name)) {
            zones = country_zones(country->alpha2);
        }
    }
    if (zones.size() == 1) {
        return lookup_zone(zones.front().zone);
    }
    if (zones.empty()) {
        return nullptr;
    }
    constexpr std::size_t shown = 8;
    std::vector<std::string> choices;
    for (const auto& z : zones) {
        if (choices.size() == shown) {
            choices.push_back(lang.format(Msg::zone_more, fmt::arg("n", zones.size() - shown)));
            break;
        }
        // A country's zones need no country after each; an abbreviation's do.
        if (zones.back().alpha2 == zones.front().alpha2) {
            choices.push_back(z.zone);
            continue;
        }
        const CountryRecord* c = country_by_alpha2(z.alpha2);
        const std::string_view country =
            c == nullptr ? std::string_view(z.alpha2)
                         : (lang.code() == Lang::nb && !c->nb_name.empty() ? c->nb_name : c->name);
        choices.push_back(fmt::format("{} ({})", z.zone, country));
    }
    throw UsageError(lang.format(Msg::error_zone_choices, fmt::arg("value", name),
                                 fmt::arg("origin", origin),
                                 fmt::arg("choices", lang.join(choices, Msg::list_or))));
}

} // namespace

const date::time_zone* find_zone(const std::string& name, const std::string& origin,
                                 const Language& lang) {
    // Debian's date reads the system zoneinfo, where links such as Asia/Calcutta are zones too.
    if (name.empty()) {
        throw UsageError(lang.format(Msg::error_empty_zone, fmt::arg("origin", origin)));
    }
    if (const auto* zone = lookup_zone(name)) {
        return zone;
    }
    // Not an exact name: only now is the whole database read, for the forgiving matches.
    const auto& db = zone_database(lang);
    std::vector<std::string> names;
    const auto wanted = ascii_lower(name);
    const date::time_zone* unique = nullptr;
    int matches = 0;
    for (const auto& zone : db.zones) {
        names.emplace_back(zone.name());
        if (ascii_lower(zone.name()) == wanted) {
            unique = lookup_zone(zone.name()); // the same object as an exact lookup gives
            ++matches;
        }
    }
    if (matches == 1) {
        return unique;
    }
    // A city a zone is named after ("Kolkata", "ho chi minh", "Sao Paulo"): the last part of
    // the zone's name, which is CLDR's exemplar city unless CLDR names another.
    const std::string city = fold_for_lookup(name);
    const date::time_zone* named_after = nullptr;
    int cities = 0;
    for (const auto& zone : db.zones) {
        const std::string_view full = zone.name();
        const auto slash = full.rfind('/');
        if (slash != std::string_view::npos && fold_for_lookup(full.substr(slash + 1)) == city) {
            named_after = lookup_zone(full);
            ++cities;
        }
    }
    if (cities == 1 && named_after != nullptr) {
        return named_after;
    }
    if (const auto* meant = zone_people_mean(name, origin, lang)) {
        return meant;
    }
    // "CET-1CEST,M3.5.0,M10.5.0/3" or "<+03>-3": a POSIX rule, valid for libc but not a zone to
    // look up. It starts with an abbreviation of three letters or more, then an offset.
    const auto letters =
        name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    const bool posix_rule =
        name.starts_with('<') ||
        (letters != std::string::npos && letters >= 3 &&
         std::string_view("+-0123456789").find(name[letters]) != std::string_view::npos);
    if (posix_rule) {
        throw UsageError(lang.format(Msg::error_posix_zone, fmt::arg("value", name),
                                     fmt::arg("origin", origin)));
    }
    const auto hint = closest_matches(name, names);
    // Words with no slash, no zone's name nor near one: most likely a city no zone is named
    // after ("Mumbai"), which only the country's zone answers.
    const bool looks_like_city = name.find('/') == std::string::npos && name.size() >= 3 &&
                                 name.find_first_of("0123456789+:") == std::string::npos &&
                                 !city.empty();
    throw UsageError(
        hint.empty() ? lang.format(looks_like_city ? Msg::error_zone_city : Msg::error_unknown_zone,
                                   fmt::arg("value", name), fmt::arg("origin", origin))
                     : lang.format(Msg::error_unknown_zone_suggests, fmt::arg("value", name),
                                   fmt::arg("origin", origin), fmt::arg("hint", hint.front())));
}

namespace {

// The first line of a file, or "".
std::string first_line_of(const char* path) {
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

// The system's zone name, from the places date::current_zone() looks, in its order, without
// its database; "" when none says.
std::string system_zone_name() {
    // A link into the zoneinfo directory names the zone by the rest of its target.
    for (const char* link : {"/etc/localtime", "/etc/TZ"}) {
        struct stat info {};
        if (::lstat(link, &info) != 0 || !S_ISLNK(info.st_mode) || info.st_size <= 0) {
            continue;
        }
        std::string target(PATH_MAX, '\0');
        const ssize_t length = ::readlink(link, target.data(), target.size());
        if (length <= 0) {
            return "";
        }
        target.resize(static_cast<std::size_t>(length));
        const std::string& directory = zoneinfo_directory();
        if (const auto at = target.find(directory); at != target.npos) {
            target.erase(0, at + directory.size() + 1);
        }
        return target;
    }
    for (const char* file : {"/etc/timezone", "/var/db/zoneinfo"}) {
        if (auto line = first_line_of(file); !line.empty()) {
            return line;
        }
    }
    // Red Hat's /etc/sysconfig/clock: ZONE="Europe/Oslo".
    std::ifstream clock("/etc/sysconfig/clock");
    constexpr std::string_view key = "ZONE=\"";
    for (std::string line; std::getline(clock, line);) {
        if (const auto at = line.find(key); at != line.npos) {
            const auto start = at + key.size();
            const auto end = line.rfind('"');
            return end > start ? line.substr(start, end - start) : "";
        }
    }
    return "";
}

const date::time_zone* system_zone(const Language& lang) {
    if (const auto* zone = lookup_zone(system_zone_name())) {
        return zone;
    }
    // No /etc/localtime (a bare container), or a name date would not know: UTC is the honest
    // default.
    return find_zone("UTC", "/etc/localtime", lang);
}

// A POSIX TZ rule as a zone with its offsets at every instant: "UTC0" is UTC and "JST-9"
// Etc/GMT-9 (the Etc names count west as positive, as POSIX does). nullopt for what is no
// POSIX rule; "" for a rule with daylight saving or an offset no Etc zone has.
std::optional<std::string> zone_of_posix_rule(const std::string& rule) {
    try {
        const Posix::time_zone posix(rule);
        using namespace std::chrono;
        const auto winter = posix.get_info(date::sys_days{date::year{2026} / 1 / 15});
        const auto summer = posix.get_info(date::sys_days{date::year{2026} / 7 / 15});
        // Daylight saving shows as two offsets, north or south. (ptz leaves `save` unset for a
        // rule without it, so the offsets are what is compared.)
        if (winter.offset != summer.offset) {
            return "";
        }
        const auto offset = winter.offset;
        if (offset % hours{1} != seconds{0} || offset > hours{14} || offset < hours{-12}) {
            return "";
        }
        const auto h = duration_cast<hours>(offset).count();
        return h == 0 ? std::string("UTC") : fmt::format("Etc/GMT{:+d}", -h);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

// The forms POSIX gives TZ besides a zone's name, for TZ and --tz alike: a leading ':' marks
// an implementation-defined name, and a path to a zone file names the zone after
// ".../zoneinfo/". Returns the system's zone for /etc/localtime (as containers often set it),
// else nullptr, with `name` left as the zone name to look up.
const date::time_zone* zone_of_file_name(std::string& name, const Language& lang) {
    if (name.starts_with(':')) {
        name.erase(0, 1);
    }
    constexpr std::string_view zoneinfo = "/zoneinfo/";
    if (const auto at = name.find(zoneinfo); name.starts_with('/') && at != name.npos) {
        name.erase(0, at + zoneinfo.size());
    } else if (name == "/etc/localtime") {
        return system_zone(lang);
    }
    return nullptr;
}

// The zone TZ names. TZ is the machine's, read by every program, not an argument given to this
// one: what ntnu cannot follow in it (a POSIX rule with daylight saving, a name no zone has)
// fails no command, not even --version, but is said once and gives UTC.
const date::time_zone* zone_of_tz_variable(const std::string& tz, const Language& lang,
                                           std::ostream& warnings) {
    // POSIX: an empty TZ means UTC.
    std::string name = tz.empty() ? "UTC" : tz;
    if (const auto* zone = zone_of_file_name(name, lang)) {
        return zone;
    }
    if (const auto* zone = lookup_zone(name)) {
        return zone;
    }
    if (const auto rule_zone = zone_of_posix_rule(name)) {
        if (const auto* zone = lookup_zone(*rule_zone); zone != nullptr) {
            return zone;
        }
        warnings << printable(lang.format(Msg::warning_posix_zone_in_utc,
                                          fmt::arg("value", printable(name))))
                 << '\n';
        return find_zone("UTC", "TZ", lang);
    }
    try {
        return find_zone(name, "TZ", lang);
    } catch (const UsageError& e) {
        warnings << printable(
                        lang.format(Msg::warning_tz_variable_in_utc, fmt::arg("error", e.what())))
                 << '\n';
        return find_zone("UTC", "TZ", lang);
    }
}

} // namespace

const date::time_zone* display_zone(const std::optional<std::string>& tz_option,
                                    const std::optional<std::string>& tz_variable,
                                    const Language& lang, std::ostream& warnings) {
    if (tz_option) {
        // --tz is the user's own choice: a zone it does not name is a usage error, but it takes
        // the zone file paths TZ takes.
        std::string name = *tz_option;
        if (const auto* zone = zone_of_file_name(name, lang)) {
            return zone;
        }
        return find_zone(name.empty() ? *tz_option : name, "--tz", lang);
    }
    if (tz_variable) {
        return zone_of_tz_variable(*tz_variable, lang, warnings);
    }
    return system_zone(lang);
}

} // namespace ntnu
