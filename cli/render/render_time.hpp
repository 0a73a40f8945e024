// SPDX-License-Identifier: MIT
#pragma once
// Times and durations as people read them, in the output language: the patterns, month and
// weekday names and unit words come from the message catalogue.

#include "language.hpp"
#include "time_text.hpp"

#include <chrono>
#include <string>

namespace ntnu {

// "Tuesday 1 December 2026, 23:59 CET (UTC+01:00)"; "tirsdag 1. desember 2026 kl. 23.59 CET …"
std::string long_datetime(Instant instant, const date::time_zone& zone, const Language& lang);

// "Wednesday 1 December 2027, 23:59"; "onsdag 1. desember 2027 kl. 23.59": no zone, for a
// sentence that names the zone itself.
std::string long_local_datetime(Instant instant, const date::time_zone& zone, const Language& lang);

// "Tue 1 Dec 2026 23:59"; "tir. 1. des. 2026 kl. 23.59"
std::string short_datetime(Instant instant, const date::time_zone& zone, const Language& lang);

enum class WithYear { no, yes };

// "1 Dec 2026 23:59", or "2 Dec 04:29" without the year: for narrow table cells.
std::string compact_datetime(Instant instant, const date::time_zone& zone, WithYear year,
                             const Language& lang);

// "1 December 2026"; "1. desember 2026"
std::string long_date(date::year_month_day day, const Language& lang);

// "1 Dec"; "1. des."
std::string day_month(date::year_month_day day, const Language& lang);

// "Dec"; "des."
std::string short_month(date::month month, const Language& lang);

// "23:59"; "23.59"
std::string clock_time(date::local_seconds local, const Language& lang);

// "4 days, 10 hours, 59 minutes"; seconds shown only under an hour. Sign ignored.
std::string long_duration(std::chrono::seconds duration, const Language& lang);

// How long ago a deadline closed, `since` after it: "just now" under a minute, else
// "4 days, 2 hours ago"; the one wording for every command.
std::string closed_ago(std::chrono::seconds since, const Language& lang);

// "14 days", "1 day and 12 hours": a length of time the user gave (--alarm, --within), in
// words, with only its parts that are not zero. Sign ignored.
std::string spoken_duration(std::chrono::seconds duration, const Language& lang);

// "4d 10h 59m", or "94d 18h" from 10 days on, when minutes no longer matter. Sign ignored.
std::string short_duration(std::chrono::seconds duration, const Language& lang);

// "CET" / "+0530": the zone's abbreviation at that instant.
std::string zone_abbreviation(Instant instant, const date::time_zone& zone);

} // namespace ntnu
