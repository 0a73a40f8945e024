#include "zone_lookup.hpp"

#include <date/tz_private.h> // time_zone's members, needed to own time_zone objects

#include <array>
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

} // namespace ntnu
