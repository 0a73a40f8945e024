#include "render_time.hpp"

#include <fmt/format.h>

#include <array>
#include <vector>

namespace ntnu {
namespace {

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

std::string unit(long long n, const char* singular, const char* plural) {
    return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

} // namespace

std::string long_datetime(Instant instant, const date::time_zone& zone) {
    const auto p = local_parts(instant, zone);
    return fmt::format("{} {} {} {}, {:02}:{:02} {} ({})", date::format("%A", p.weekday),
                       static_cast<unsigned>(p.ymd.day()), date::format("%B", p.ymd.month()),
                       static_cast<int>(p.ymd.year()), p.time.hours().count(),
                       p.time.minutes().count(), p.info.abbrev, offset_text(p.info.offset));
}

std::string short_datetime(Instant instant, const date::time_zone& zone) {
    const auto p = local_parts(instant, zone);
    return fmt::format("{} {} {} {} {:02}:{:02}", date::format("%a", p.weekday),
                       static_cast<unsigned>(p.ymd.day()), date::format("%b", p.ymd.month()),
                       static_cast<int>(p.ymd.year()), p.time.hours().count(),
                       p.time.minutes().count());
}

std::string compact_datetime(Instant instant, const date::time_zone& zone, WithYear year) {
    const auto p = local_parts(instant, zone);
    const std::string day =
        fmt::format("{} {}", static_cast<unsigned>(p.ymd.day()), date::format("%b", p.ymd.month()));
    return fmt::format("{}{} {:02}:{:02}", day,
                       year == WithYear::yes ? fmt::format(" {}", static_cast<int>(p.ymd.year()))
                                             : "",
                       p.time.hours().count(), p.time.minutes().count());
}

std::string long_date(date::year_month_day day) {
    return fmt::format("{} {} {}", static_cast<unsigned>(day.day()),
                       date::format("%B", day.month()), static_cast<int>(day.year()));
}

std::string zone_abbreviation(Instant instant, const date::time_zone& zone) {
    return zone.get_info(instant).abbrev;
}

std::string long_duration(std::chrono::seconds duration) {
    long long s = duration.count() < 0 ? -duration.count() : duration.count();
    const long long days = s / 86400;
    const long long hours = s % 86400 / 3600;
    const long long minutes = s % 3600 / 60;
    const long long seconds = s % 60;
    std::vector<std::string> parts;
    if (days > 0) {
        parts.push_back(unit(days, "day", "days"));
    }
    if (days > 0 || hours > 0) {
        parts.push_back(unit(hours, "hour", "hours"));
    }
    parts.push_back(unit(minutes, "minute", "minutes"));
    // Seconds matter only at the very end; otherwise they are noise.
    if (days == 0 && hours == 0) {
        parts.push_back(unit(seconds, "second", "seconds"));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string short_duration(std::chrono::seconds duration) {
    long long s = duration.count() < 0 ? -duration.count() : duration.count();
    const long long days = s / 86400;
    const long long hours = s % 86400 / 3600;
    const long long minutes = s % 3600 / 60;
    if (days >= 10) {
        return fmt::format("{}d {}h", days, hours);
    }
    if (days > 0) {
        return fmt::format("{}d {}h {}m", days, hours, minutes);
    }
    if (hours > 0) {
        return fmt::format("{}h {}m", hours, minutes);
    }
    return fmt::format("{}m {}s", minutes, s % 60);
}

} // namespace ntnu
