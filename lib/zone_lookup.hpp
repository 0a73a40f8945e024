// SPDX-License-Identifier: MIT
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
#include <vector>

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

// A zone of a country, as the zoneinfo's zone.tab lists it: the country's principal zone first.
struct CountryZone {
    std::string alpha2; // "IN"
    std::string zone;   // "Asia/Kolkata"
};

// The zones zone.tab lists for the country with this alpha-2 code, in its order; empty when
// it lists none or cannot be read.
std::vector<CountryZone> country_zones(std::string_view alpha2);

// The zones whose abbreviation is `abbreviation` (any letter case) in winter or summer of the
// year around `when`, one per country (the first zone.tab lists), in zone.tab's order of
// countries: "IST" is Asia/Kolkata, Asia/Jerusalem and Europe/Dublin.
std::vector<CountryZone> zones_by_abbreviation(std::string_view abbreviation,
                                               date::sys_seconds when);

} // namespace ntnu
