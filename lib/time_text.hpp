// SPDX-License-Identifier: MIT
#pragma once
// Parsing the time values users type: instants for --now and durations for --within.

#include <date/tz.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

using Instant = date::sys_seconds;

// Why a time or duration could not be parsed, so the CLI can say it in the user's language.
enum class TimeProblem {
    none,
    expected_date,     // instant: not YYYY-MM-DD
    no_such_date,      // instant: 2026-02-30
    year_out_of_range, // instant: before 1900 or after 9990
    expected_t,        // instant: no 'T' between date and time
    expected_time,     // instant: not HH:MM:SS
    no_such_time,      // instant: 25:00:00
    leap_second,       // instant: 23:59:60, which POSIX time cannot tell from 00:00:00
    expected_fraction, // instant: a decimal point without digits
    expected_offset,   // instant: a malformed offset
    missing_zone,      // instant: no Z or offset
    trailing_text,     // instant: text after the offset
    empty,             // duration: ""
    negative,          // duration: "-1d"
    too_long,          // duration: over a century
    expected_number,   // duration: a unit without a number; detail is the 1-based position
    missing_unit,      // duration: a number without a unit
    unknown_unit,      // duration: detail is the unit
    repeated_unit,     // duration: detail is the unit
};

// A parsed value, or the reason it could not be parsed.
template <typename T> struct Parsed {
    std::optional<T> value;
    std::string error{}; // set when value is empty: why, in English words a user can act on
    TimeProblem problem = TimeProblem::none;
    std::string detail{}; // the unit or position the problem names, if any
};

// The text as an error message quotes it: "'2026-13-01'", cut at 64 bytes (on a character
// boundary) with "…", control characters as '?'.
std::string quote_input(std::string_view text);

// Parses RFC 3339 ("2026-11-27T12:00:00Z", "…+01:00", fractions dropped toward the past)
// or a bare date ("2026-11-27"), which means local midnight in `zone`.
Parsed<Instant> parse_instant(std::string_view text, const date::time_zone& zone);

// Parses a duration such as "30d", "12h", "90m", "2w" or "1d12h". Never negative. The units
// may be spelt out ("2weeks", "3 days" without the space). `m` is minutes.
Parsed<std::chrono::seconds> parse_duration(std::string_view text);

// A window that may count calendar months as well: "3mo", "3months", "1month2w".
struct Span {
    long long months = 0;
    std::chrono::seconds seconds{0}; // everything but the months
    long long bare_minutes = 0;      // the number before a bare `m`, which may mean months
};

// parse_duration, with months ("mo", "month", "months") as well.
Parsed<Span> parse_window(std::string_view text);

// How long `span` is from `now`: its months on the calendar in `zone` (a day past the target
// month's end is its last day: 31 January + 1mo is 28 or 29 February), then its other units.
std::chrono::seconds span_length(const Span& span, Instant now, const date::time_zone& zone);

// RFC 3339 with the zone's offset at that instant: "2026-12-01T23:59:00+01:00". A zone at
// UTC+0 writes "+00:00"; only format_rfc3339_utc writes "Z".
std::string format_rfc3339(Instant instant, const date::time_zone& zone);

// RFC 3339 in UTC: "2026-12-01T22:59:00Z".
std::string format_rfc3339_utc(Instant instant);

} // namespace ntnu
