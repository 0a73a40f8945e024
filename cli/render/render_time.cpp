// SPDX-License-Identifier: MIT
#include "render_time.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>
#include <vector>

namespace ntnu {
namespace {

using fmt::arg;

constexpr std::array<Msg, 12> month_names{
    Msg::month_1, Msg::month_2, Msg::month_3, Msg::month_4,  Msg::month_5,  Msg::month_6,
    Msg::month_7, Msg::month_8, Msg::month_9, Msg::month_10, Msg::month_11, Msg::month_12};
constexpr std::array<Msg, 12> month_abbreviations{
    Msg::month_short_1, Msg::month_short_2,  Msg::month_short_3,  Msg::month_short_4,
    Msg::month_short_5, Msg::month_short_6,  Msg::month_short_7,  Msg::month_short_8,
    Msg::month_short_9, Msg::month_short_10, Msg::month_short_11, Msg::month_short_12};
constexpr std::array<Msg, 12> month_compact_names{
    Msg::month_compact_1, Msg::month_compact_2,  Msg::month_compact_3,  Msg::month_compact_4,
    Msg::month_compact_5, Msg::month_compact_6,  Msg::month_compact_7,  Msg::month_compact_8,
    Msg::month_compact_9, Msg::month_compact_10, Msg::month_compact_11, Msg::month_compact_12};
// Sunday first, as date::weekday counts.
constexpr std::array<Msg, 7> weekday_names{Msg::weekday_0, Msg::weekday_1, Msg::weekday_2,
                                           Msg::weekday_3, Msg::weekday_4, Msg::weekday_5,
                                           Msg::weekday_6};
constexpr std::array<Msg, 7> weekday_abbreviations{
    Msg::weekday_short_0, Msg::weekday_short_1, Msg::weekday_short_2, Msg::weekday_short_3,
    Msg::weekday_short_4, Msg::weekday_short_5, Msg::weekday_short_6};

struct LocalParts {
    date::year_month_day ymd;
    date::weekday weekday;
    date::hh_mm_ss<std::chrono::seconds> time;
    date::sys_info info;
};

LocalParts local_parts(Instant instant, const date::time_zone& zone) {
    const auto info = zone.get_info(instant);
    const auto local = date::local_seconds{instant.time_since_epoch() + info.offset};
    const auto day = date::floor<date::days>(local);
    return {date::year_month_day{day}, date::weekday{day},
            date::hh_mm_ss<std::chrono::seconds>{local - day}, info};
}

std::string offset_text(std::chrono::seconds offset) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(
        offset < std::chrono::seconds{0} ? -offset : offset);
    return fmt::format("UTC{}{:02}:{:02}", offset < std::chrono::seconds{0} ? '-' : '+',
                       minutes.count() / 60, minutes.count() % 60);
}

std::string_view month_name(date::month m, const Language& lang) {
    return lang.text(month_names.at(static_cast<unsigned>(m) - 1));
}

std::string_view month_abbreviation(date::month m, const Language& lang) {
    return lang.text(month_abbreviations.at(static_cast<unsigned>(m) - 1));
}

} // namespace

std::string long_datetime(Instant instant, const date::time_zone& zone, const Language& lang) {
    const auto p = local_parts(instant, zone);
    return lang.format(Msg::time_long_datetime,
                       arg("weekday", lang.text(weekday_names.at(p.weekday.c_encoding()))),
                       arg("day", static_cast<unsigned>(p.ymd.day())),
                       arg("month", month_name(p.ymd.month(), lang)),
                       arg("year", static_cast<int>(p.ymd.year())),
                       arg("hour", p.time.hours().count()), arg("minute", p.time.minutes().count()),
                       arg("zone", p.info.abbrev), arg("offset", offset_text(p.info.offset)));
}

std::string long_local_datetime(Instant instant, const date::time_zone& zone,
                                const Language& lang) {
    const auto p = local_parts(instant, zone);
    return lang.format(
        Msg::time_long_local_datetime,
        arg("weekday", lang.text(weekday_names.at(p.weekday.c_encoding()))),
        arg("day", static_cast<unsigned>(p.ymd.day())),
        arg("month", month_name(p.ymd.month(), lang)), arg("year", static_cast<int>(p.ymd.year())),
        arg("hour", p.time.hours().count()), arg("minute", p.time.minutes().count()));
}

std::string short_datetime(Instant instant, const date::time_zone& zone, const Language& lang) {
    const auto p = local_parts(instant, zone);
    return lang.format(Msg::time_short_datetime,
                       arg("weekday", lang.text(weekday_abbreviations.at(p.weekday.c_encoding()))),
                       arg("day", static_cast<unsigned>(p.ymd.day())),
                       arg("month", month_abbreviation(p.ymd.month(), lang)),
                       arg("year", static_cast<int>(p.ymd.year())),
                       arg("hour", p.time.hours().count()),
                       arg("minute", p.time.minutes().count()));
}

std::string compact_datetime(Instant instant, const date::time_zone& zone, WithYear year,
                             const Language& lang) {
    const auto p = local_parts(instant, zone);
    return lang.format(
        year == WithYear::yes ? Msg::time_compact_with_year : Msg::time_compact,
        arg("day", static_cast<unsigned>(p.ymd.day())),
        arg("month", lang.text(month_compact_names.at(static_cast<unsigned>(p.ymd.month()) - 1))),
        arg("year", static_cast<int>(p.ymd.year())), arg("hour", p.time.hours().count()),
        arg("minute", p.time.minutes().count()));
}

std::string long_date(date::year_month_day day, const Language& lang) {
    return lang.format(Msg::time_long_date, arg("day", static_cast<unsigned>(day.day())),
                       arg("month", month_name(day.month(), lang)),
                       arg("year", static_cast<int>(day.year())));
}

std::string day_month(date::year_month_day day, const Language& lang) {
    return lang.format(Msg::time_day_month, arg("day", static_cast<unsigned>(day.day())),
                       arg("month", month_abbreviation(day.month(), lang)));
}

std::string short_month(date::month month, const Language& lang) {
    return std::string(month_abbreviation(month, lang));
}

std::string clock_time(date::local_seconds local, const Language& lang) {
    const date::hh_mm_ss<std::chrono::seconds> time{local - date::floor<date::days>(local)};
    return lang.format(Msg::time_clock, arg("hour", time.hours().count()),
                       arg("minute", time.minutes().count()));
}

std::string zone_abbreviation(Instant instant, const date::time_zone& zone) {
    return zone.get_info(instant).abbrev;
}

std::string long_duration(std::chrono::seconds duration, const Language& lang) {
    long long s = duration.count() < 0 ? -duration.count() : duration.count();
    const long long days = s / 86400;
    const long long hours = s % 86400 / 3600;
    const long long minutes = s % 3600 / 60;
    const long long seconds = s % 60;
    std::vector<std::string> parts;
    if (days > 0) {
        parts.push_back(lang.count(days, Msg::unit_day_one, Msg::unit_day_other));
    }
    if (days > 0 || hours > 0) {
        parts.push_back(lang.count(hours, Msg::unit_hour_one, Msg::unit_hour_other));
    }
    parts.push_back(lang.count(minutes, Msg::unit_minute_one, Msg::unit_minute_other));
    // Seconds matter only at the very end; otherwise they are noise.
    if (days == 0 && hours == 0) {
        parts.push_back(lang.count(seconds, Msg::unit_second_one, Msg::unit_second_other));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string closed_ago(std::chrono::seconds since, const Language& lang) {
    // Under a minute, "0 minutes, 30 seconds ago" is noise: it closed just now.
    if (since < std::chrono::minutes(1)) {
        return std::string(lang.text(Msg::check_just_now));
    }
    return lang.format(Msg::check_ago, arg("duration", long_duration(since, lang)));
}

std::string spoken_duration(std::chrono::seconds duration, const Language& lang) {
    const long long s = duration.count() < 0 ? -duration.count() : duration.count();
    const std::array<std::pair<long long, std::pair<Msg, Msg>>, 4> parts{{
        {s / 86400, {Msg::unit_day_one, Msg::unit_day_other}},
        {s % 86400 / 3600, {Msg::unit_hour_one, Msg::unit_hour_other}},
        {s % 3600 / 60, {Msg::unit_minute_one, Msg::unit_minute_other}},
        {s % 60, {Msg::unit_second_one, Msg::unit_second_other}},
    }};
    std::vector<std::string> words;
    for (const auto& [amount, unit] : parts) {
        if (amount > 0) {
            words.push_back(lang.count(amount, unit.first, unit.second));
        }
    }
    if (words.empty()) {
        words.push_back(lang.count(0, Msg::unit_minute_one, Msg::unit_minute_other));
    }
    return lang.join(words, Msg::list_and);
}

std::string short_duration(std::chrono::seconds duration, const Language& lang) {
    long long s = duration.count() < 0 ? -duration.count() : duration.count();
    const long long days = s / 86400;
    const long long hours = s % 86400 / 3600;
    const long long minutes = s % 3600 / 60;
    if (days >= 10) {
        return lang.format(Msg::duration_short_days_hours, arg("days", days), arg("hours", hours));
    }
    if (days > 0) {
        return lang.format(Msg::duration_short_days_hours_minutes, arg("days", days),
                           arg("hours", hours), arg("minutes", minutes));
    }
    if (hours > 0) {
        return lang.format(Msg::duration_short_hours_minutes, arg("hours", hours),
                           arg("minutes", minutes));
    }
    return lang.format(Msg::duration_short_minutes_seconds, arg("minutes", minutes),
                       arg("seconds", s % 60));
}

} // namespace ntnu
