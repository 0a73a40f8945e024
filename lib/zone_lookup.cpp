// SPDX-License-Identifier: MIT
#include "zone_lookup.hpp"

#include <date/tz_private.h> // time_zone's members, needed to own time_zone objects

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <sys/stat.h>

namespace ntnu {
namespace {

// The names date's database leaves out wherever they appear (tz.cpp, init_tzdb with
// USE_OS_TZDB): files that are not zones, and the right/ and posix* copies of every zone.
constexpr std::array skipped_names{
    std::string_view("Factory"),      std::string_view("iso3166.tab"),
    std::string_view("right"),        std::string_view("+VERSION"),
    std::string_view("version"),      std::string_view("zone.tab"),
    std::string_view("zone1970.tab"), std::string_view("tzdata.zi"),
    std::string_view("leapseconds"),  std::string_view("leap-seconds.list")};

bool is_skipped(std::string_view component) {
    if (component.empty() || component.front() == '.' || component.starts_with("posix")) {
        return true;
    }
    for (const auto skipped : skipped_names) {
        if (component == skipped) {
            return true;
        }
    }
    return false;
}

bool is_directory(const char* path) {
    struct stat info {};
    return ::stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

} // namespace

const std::string& zoneinfo_directory() {
    // tz.cpp's discover_tz_dir: buildroot's uclibc copy first, else the usual place.
    static const std::string directory = is_directory("/usr/share/zoneinfo/uclibc")
                                             ? "/usr/share/zoneinfo/uclibc"
                                             : "/usr/share/zoneinfo";
    return directory;
}

bool is_zone_name(std::string_view name) {
    // Each component as date's walk would meet it: no empty, hidden, "." or ".." parts, so
    // the name cannot leave the zoneinfo directory.
    std::size_t start = 0;
    while (true) {
        const auto slash = name.find('/', start);
        const auto component = name.substr(start, slash == name.npos ? name.npos : slash - start);
        if (is_skipped(component)) {
            return false;
        }
        if (slash == name.npos) {
            break;
        }
        start = slash + 1;
    }
    if (name.find('\0') != name.npos) {
        return false;
    }
    // date lists whatever stat() finds that is not a directory (it follows links, as here).
    const std::string path = zoneinfo_directory() + '/' + std::string(name);
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && !S_ISDIR(info.st_mode);
}

const date::time_zone* lookup_zone(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<date::time_zone>, std::less<>> loaded;
    const std::lock_guard lock(mutex);
    if (const auto found = loaded.find(name); found != loaded.end()) {
        return found->second.get();
    }
    if (!is_zone_name(name)) {
        return nullptr;
    }
    // The constructor date's database uses for each file it finds. It reads the file on first
    // use, so read it now: a file that is not a zone is no zone, rather than a throw later.
    auto zone = std::make_unique<date::time_zone>(std::string(name), date::detail::undocumented{});
    try {
        (void)zone->get_info(date::sys_seconds{});
    } catch (const std::exception&) {
        return nullptr;
    }
    const auto* result = zone.get();
    loaded.emplace(std::string(name), std::move(zone));
    return result;
}

const date::time_zone& require_zone(std::string_view name) {
    if (const auto* zone = lookup_zone(name)) {
        return *zone;
    }
    throw std::runtime_error(std::string(name) + " not found in timezone database");
}

namespace {

// zone.tab's rows: country code, coordinates, zone, comment; "#" starts a comment line.
std::vector<CountryZone> zone_tab() {
    std::vector<CountryZone> rows;
    std::ifstream in(zoneinfo_directory() + "/zone.tab");
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto first = line.find('\t');
        const auto second = first == line.npos ? line.npos : line.find('\t', first + 1);
        if (second == line.npos) {
            continue;
        }
        const auto third = line.find('\t', second + 1);
        rows.push_back(
            {line.substr(0, first),
             line.substr(second + 1, third == line.npos ? line.npos : third - second - 1)});
    }
    return rows;
}

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

} // namespace

std::vector<CountryZone> country_zones(std::string_view alpha2) {
    std::vector<CountryZone> zones;
    for (auto& row : zone_tab()) {
        if (row.alpha2 == alpha2) {
            zones.push_back(std::move(row));
        }
    }
    return zones;
}

std::vector<CountryZone> zones_by_abbreviation(std::string_view abbreviation,
                                               date::sys_seconds when) {
    const std::string wanted = upper(abbreviation);
    const auto year = date::year_month_day(date::floor<date::days>(when)).year();
    const date::sys_seconds winter{date::sys_days(year / date::January / 15)};
    const date::sys_seconds summer{date::sys_days(year / date::July / 15)};
    std::vector<CountryZone> found;
    for (auto& row : zone_tab()) {
        if (std::any_of(found.begin(), found.end(),
                        [&](const CountryZone& z) { return z.alpha2 == row.alpha2; })) {
            continue;
        }
        const date::time_zone* zone = lookup_zone(row.zone);
        if (zone != nullptr && (upper(zone->get_info(winter).abbrev) == wanted ||
                                upper(zone->get_info(summer).abbrev) == wanted)) {
            found.push_back(std::move(row));
        }
    }
    return found;
}

} // namespace ntnu
