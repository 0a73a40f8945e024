#pragma once
// Time zones by name, each read from its own file in the system's zoneinfo.
//
// date's locate_zone() builds the whole database first: it stats every file under
// /usr/share/zoneinfo (about 900), which cost 4 ms of a 5.7 ms query. A query needs one or two
// zones, so they are loaded one by one here, by date's own time_zone class (the same one its
// database holds), and the database is read only for the lists: "did you mean", completion.

#include <date/tz.h>

#include <string>
#include <string_view>

namespace ntnu {

// The zoneinfo directory date reads, as date itself chooses it.
const std::string& zoneinfo_directory();

// Whether `name` is one of the names date's own database lists: a non-directory below the
// zoneinfo directory, outside the parts date skips (right/, posix/, *.tab, leapseconds, ...).
bool is_zone_name(std::string_view name);

// The zone called `name`, loaded once and kept for the life of the program; nullptr when
// is_zone_name(name) is false. Every caller gets the same pointer for the same name.
const date::time_zone* lookup_zone(std::string_view name);

// lookup_zone, throwing std::runtime_error("NAME not found in timezone database") like
// date::locate_zone when there is no such zone.
const date::time_zone& require_zone(std::string_view name);

} // namespace ntnu
