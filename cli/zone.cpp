#include "zone.hpp"

#include "environment.hpp"
#include "errors.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <fstream>

namespace ntnu {

const date::tzdb& zone_database(const Language& lang) {
    try {
        return date::get_tzdb();
    } catch (const std::exception& e) {
        throw RuntimeError(lang.format(Msg::error_no_zone_database, fmt::arg("reason", e.what())));
    }
}

std::string zone_database_version() {
    const std::string& version = zone_database().version;
    if (!version.empty() && version != "unknown") {
        return version;
    }
    // Debian's date reads the system zoneinfo, whose compiled files carry no version;
    // tzdata.zi, shipped beside them, starts with "# version 2025b".
    std::ifstream zi("/usr/share/zoneinfo/tzdata.zi");
    std::string first_line;
    constexpr std::string_view prefix = "# version ";
    if (std::getline(zi, first_line) && first_line.starts_with(prefix)) {
        return first_line.substr(prefix.size());
    }
    return "unknown";
}

const date::time_zone* find_zone(const std::string& name, const std::string& origin,
                                 const Language& lang) {
    // Debian's date reads the system zoneinfo, where links such as Asia/Calcutta are zones too.
    const auto& db = zone_database(lang);
    if (name.empty()) {
        throw UsageError(lang.format(Msg::error_empty_zone, fmt::arg("origin", origin)));
    }
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        // Not an exact name: fall through to the forgiving matches below.
    }
    std::vector<std::string> names;
    const auto wanted = ascii_lower(name);
    const date::time_zone* unique = nullptr;
    int matches = 0;
    for (const auto& zone : db.zones) {
        names.emplace_back(zone.name());
        if (ascii_lower(zone.name()) == wanted) {
            unique = &zone;
            ++matches;
        }
    }
    if (matches == 1) {
        return unique;
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
    throw UsageError(hint.empty()
                         ? lang.format(Msg::error_unknown_zone, fmt::arg("value", name),
                                       fmt::arg("origin", origin))
                         : lang.format(Msg::error_unknown_zone_suggests, fmt::arg("value", name),
                                       fmt::arg("origin", origin), fmt::arg("hint", hint.front())));
}

namespace {

const date::time_zone* system_zone(const Language& lang) {
    try {
        return date::current_zone();
    } catch (const std::exception&) {
        // No /etc/localtime (a bare container): UTC is the honest default.
        return find_zone("UTC", "/etc/localtime", lang);
    }
}

} // namespace

const date::time_zone* display_zone(const std::optional<std::string>& tz_option,
                                    const Language& lang) {
    if (tz_option) {
        return find_zone(*tz_option, "--tz", lang);
    }
    if (auto tz = env("TZ")) {
        // POSIX: an empty TZ means UTC, and a leading ':' marks an implementation-defined name.
        std::string name = tz->empty() ? "UTC" : *tz;
        if (name.front() == ':') {
            name.erase(0, 1);
        }
        // A path to a zone file names the zone after ".../zoneinfo/"; /etc/localtime is the
        // system's zone, as containers often set it.
        constexpr std::string_view zoneinfo = "/zoneinfo/";
        if (const auto at = name.find(zoneinfo); name.starts_with('/') && at != name.npos) {
            name.erase(0, at + zoneinfo.size());
        } else if (name == "/etc/localtime") {
            return system_zone(lang);
        }
        return find_zone(name, "TZ", lang);
    }
    return system_zone(lang);
}

} // namespace ntnu
