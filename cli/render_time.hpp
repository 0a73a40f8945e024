#pragma once
// Times and durations as people read them.

#include "time_text.hpp"

#include <chrono>
#include <string>

namespace ntnu {

// "Tuesday 1 December 2026, 23:59 CET (UTC+01:00)"
std::string long_datetime(Instant instant, const date::time_zone& zone);

// "Tue 1 Dec 2026 23:59"
std::string short_datetime(Instant instant, const date::time_zone& zone);

enum class WithYear { no, yes };

// "1 Dec 2026 23:59", or "2 Dec 04:29" without the year: for narrow table cells.
std::string compact_datetime(Instant instant, const date::time_zone& zone, WithYear year);

// "1 December 2026"
std::string long_date(date::year_month_day day);

// "4 days, 10 hours, 59 minutes"; seconds shown only under an hour. Sign ignored.
std::string long_duration(std::chrono::seconds duration);

// "4d 10h 59m", or "94d 18h" from 10 days on, when minutes no longer matter. Sign ignored.
std::string short_duration(std::chrono::seconds duration);

// "CET" / "+0530": the zone's abbreviation at that instant.
std::string zone_abbreviation(Instant instant, const date::time_zone& zone);

} // namespace ntnu
