#pragma once
// Parsing the time values users type: instants for --now and durations for --within.

#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

using Instant = date::sys_seconds;

// A parsed value, or the reason it could not be parsed.
template <typename T> struct Parsed {
    std::optional<T> value;
    std::string error; // set when value is empty: why, in words a user can act on
};

// Parses RFC 3339 ("2026-11-27T12:00:00Z", "…+01:00", fractions dropped toward the past)
// or a bare date ("2026-11-27"), which means local midnight in `zone`.
Parsed<Instant> parse_instant(std::string_view text, const date::time_zone& zone);

// Parses a duration such as "30d", "12h", "90m", "2w" or "1d12h". Never negative.
Parsed<std::chrono::seconds> parse_duration(std::string_view text);

// RFC 3339 with the zone's offset at that instant: "2026-12-01T23:59:00+01:00". A zone at
// UTC+0 writes "+00:00"; only format_rfc3339_utc writes "Z".
std::string format_rfc3339(Instant instant, const date::time_zone& zone);

// RFC 3339 in UTC: "2026-12-01T22:59:00Z".
std::string format_rfc3339_utc(Instant instant);

} // namespace ntnu
