// SPDX-License-Identifier: MIT
#pragma once
// The applicant's display zone: --tz, else TZ, else the system's zone.

#include "language.hpp"

#include <date/tz.h>

#include <optional>
#include <ostream>
#include <string>

namespace ntnu {

// Finds an IANA zone by name (exact, else a unique case-insensitive match).
// Throws UsageError naming `origin` ("--tz", "TZ") with a "did you mean" when unknown.
const date::time_zone* find_zone(const std::string& name, const std::string& origin,
                                 const Language& lang);

// Resolves the display zone from the option, the environment and the system, in that order.
// TZ may hold a POSIX rule (read with date's ptz.h): one without daylight saving is the Etc
// zone with its offset ("UTC0" is UTC, "JST-9" is Etc/GMT-9); another (daylight saving, an
// offset of part of an hour) is shown in UTC, with a
// warning written to `warnings`, so that no command fails for the machine's TZ.
// `tz_variable` is TZ's value, empty or not; nullopt when it is unset.
const date::time_zone* display_zone(const std::optional<std::string>& tz_option,
                                    const std::optional<std::string>& tz_variable,
                                    const Language& lang, std::ostream& warnings);

// The tz database's release, such as "2025b"; read from tzdata.zi when date cannot tell.
std::string zone_database_version();

// Loads the zone database, turning a missing one into a RuntimeError (exit 1).
const date::tzdb& zone_database(const Language& lang = Language{});

} // namespace ntnu
