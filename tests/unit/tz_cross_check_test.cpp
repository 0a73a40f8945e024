// SPDX-License-Identifier: MIT
// An independent check of the time-zone arithmetic: glibc's mktime/localtime_r read the same
// /usr/share/zoneinfo as date does, through a separate implementation. For any `now`, any zone
// and any group with a fixed deadline, both must agree to the second, on both sides of every
// daylight-saving change.

#include "deadlines.hpp"
#include "time_text.hpp"
#include "zone_lookup.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using test_support::shipped_catalog;

constexpr int first_year = 2020;
constexpr int last_year = 2035;
constexpr std::size_t max_reported = 10;

// Sets TZ for the duration of a test and puts the original back afterwards.
class TzCrossCheck : public ::testing::Test {
protected:
    void SetUp() override {
        if (const char* tz = std::getenv("TZ")) {
            saved_ = tz;
        }
    }
    void TearDown() override {
        if (saved_) {
            setenv("TZ", saved_->c_str(), 1);
        } else {
            unsetenv("TZ");
        }
        tzset();
    }

    // Makes glibc's local time that of the named zone file.
    static void use_glibc_zone(const std::string& name) {
        setenv("TZ", (":" + name).c_str(), 1);
        tzset();
    }

    // Reports the first few mismatches in full; counts the rest.
    void mismatch(const std::string& what) {
        if (++failures_ <= max_reported) {
            ADD_FAILURE() << what;
        }
    }
    std::size_t failures_ = 0;

private:
    std::optional<std::string> saved_;
};

// glibc: the instant of a wall-clock time in the current TZ, daylight saving left to the zone.
std::time_t glibc_local_to_utc(int year, int month, int day, int hour, int minute) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = 0;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

std::tm glibc_local(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

// glibc: RFC 3339 in the current TZ, offset from tm_gmtoff.
std::string glibc_rfc3339(std::time_t t) {
    const std::tm tm = glibc_local(t);
    const long offset = tm.tm_gmtoff;
    const long minutes = (offset < 0 ? -offset : offset) / 60;
    char out[64];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  offset < 0 ? '-' : '+', minutes / 60, minutes % 60);
    return out;
}

std::string glibc_date(std::time_t t) {
    const std::tm tm = glibc_local(t);
    char out[48];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return out;
}

// glibc: every change of UTC offset in the current TZ during `year`, as the first instant with
// the new offset. Scans in 3-hour steps, then bisects to the second.
std::vector<std::time_t> glibc_transitions(int year) {
    std::tm start{};
    start.tm_year = year - 1900;
    start.tm_mday = 1;
    std::tm end = start;
    end.tm_year += 1;
    const std::time_t from = timegm(&start);
    const std::time_t to = timegm(&end);
    std::vector<std::time_t> out;
    constexpr std::time_t step = 3 * 3600;
    long previous = glibc_local(from).tm_gmtoff;
    for (std::time_t t = from + step; t <= to; t += step) {
        const long offset = glibc_local(t).tm_gmtoff;
        if (offset != previous) {
            std::time_t lo = t - step; // old offset
            std::time_t hi = t;        // new offset
            while (hi - lo > 1) {
                const std::time_t mid = lo + (hi - lo) / 2;
                (glibc_local(mid).tm_gmtoff == previous ? lo : hi) = mid;
            }
            out.push_back(hi);
            previous = offset;
        }
    }
    return out;
}

Instant to_instant(std::time_t t) {
    return Instant{std::chrono::seconds{t}};
}
std::time_t to_time_t(Instant t) {
    return static_cast<std::time_t>(t.time_since_epoch().count());
}

// The three master's deadlines, as the facts state them (not as the data file does).
struct FixedDeadline {
    Group group;
    int month;
    int day;
    int intake_year_offset;
};
constexpr std::array<FixedDeadline, 3> fixed_deadlines{{
    {Group::non_eu, 12, 1, 1},
    {Group::eu_eea, 3, 1, 0},
    {Group::nordic, 4, 15, 0},
}};

// glibc: each deadline's closing instant (23:59 in Europe/Oslo), by closing year.
std::map<Group, std::map<int, std::time_t>> glibc_closing_instants() {
    std::map<Group, std::map<int, std::time_t>> out;
    for (const auto& d : fixed_deadlines) {
        for (int y = first_year - 2; y <= last_year + 3; ++y) {
            out[d.group][y] = glibc_local_to_utc(y, d.month, d.day, 23, 59);
        }
    }
    return out;
}

bool glibc_can_load(const std::string& name) {
    std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
    char magic[4] = {};
    return in.read(magic, 4) && std::string_view(magic, 4) == "TZif";
}

TEST_F(TzCrossCheck, GlibcAgreesOnTheKnownOsloChanges) {
    use_glibc_zone("Europe/Oslo");
    const auto changes = glibc_transitions(2026);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(format_rfc3339_utc(to_instant(changes[0])), "2026-03-29T01:00:00Z");
    EXPECT_EQ(format_rfc3339_utc(to_instant(changes[1])), "2026-10-25T01:00:00Z");
    EXPECT_EQ(glibc_rfc3339(glibc_local_to_utc(2026, 12, 1, 23, 59)), "2026-12-01T23:59:00+01:00");
    EXPECT_EQ(glibc_rfc3339(glibc_local_to_utc(2027, 4, 15, 23, 59)), "2027-04-15T23:59:00+02:00");
}

TEST_F(TzCrossCheck, AnswersMatchGlibcForAnyNow) {
    use_glibc_zone("Europe/Oslo");
    const auto closing = glibc_closing_instants();
    const date::time_zone& oslo = ntnu::require_zone("Europe/Oslo");

    std::vector<std::time_t> nows;
    std::tm from_tm{};
    from_tm.tm_year = first_year - 1900;
    from_tm.tm_mday = 1;
    std::tm to_tm = from_tm;
    to_tm.tm_year = last_year + 1 - 1900;
    std::mt19937_64 random(20261127);
    std::uniform_int_distribution<std::time_t> any_second(timegm(&from_tm), timegm(&to_tm) - 1);
    for (int i = 0; i < 3000; ++i) {
        nows.push_back(any_second(random));
    }
    for (int y = first_year; y <= last_year; ++y) {
        const auto changes = glibc_transitions(y);
        EXPECT_EQ(changes.size(), 2u) << y;
        for (const std::time_t t : changes) {
            nows.insert(nows.end(), {t - 3601, t - 1, t, t + 1, t + 3600});
        }
        for (const auto& d : fixed_deadlines) {
            const std::time_t c = closing.at(d.group).at(y);
            nows.insert(nows.end(), {c - 1, c, c + 1, c - 14 * 86400, c - 14 * 86400 - 1});
        }
    }

    std::size_t checked = 0;
    for (const std::time_t now : nows) {
        for (const auto& d : fixed_deadlines) {
            // The independent answer: the first closing instant strictly after now.
            const auto& by_year = closing.at(d.group);
            int year = 0;
            for (const auto& [y, c] : by_year) {
                if (c > now) {
                    year = y;
                    break;
                }
            }
            ASSERT_NE(year, 0);
            const std::time_t expected = by_year.at(year);
            const std::time_t previous = by_year.at(year - 1);
            const long long remaining = expected - now;
            const Status status = remaining <= 14 * 86400 ? Status::closing_soon : Status::open;

            Query q;
            q.level = Level::master;
            q.group = d.group;
            q.now = to_instant(now);
            const auto out = answer(shipped_catalog(), q);
            const std::string where =
                std::string(to_string(d.group)) + " at " + format_rfc3339_utc(q.now) + ": ";
            if (out.size() != 1 || !out[0].occurrence || !out[0].remaining) {
                mismatch(where + "no single dated answer");
                continue;
            }
            const Answer& a = out[0];
            if (to_time_t(a.occurrence->closes) != expected) {
                mismatch(where + "closes " + format_rfc3339_utc(a.occurrence->closes) +
                         ", glibc says " + format_rfc3339_utc(to_instant(expected)));
            }
            if (a.remaining->count() != remaining) {
                mismatch(where + "remaining " + std::to_string(a.remaining->count()) +
                         ", glibc says " + std::to_string(remaining));
            }
            if (a.intake != Intake{Semester::autumn, year + d.intake_year_offset}) {
                mismatch(where + "intake " + (a.intake ? intake_id(*a.intake) : "none") +
                         ", expected autumn-" + std::to_string(year + d.intake_year_offset));
            }
            if (a.status != status) {
                mismatch(where + "status " + std::string(to_string(a.status)) + ", expected " +
                         std::string(to_string(status)));
            }
            if (!a.previous || to_time_t(a.previous->closes) != previous) {
                mismatch(where + "previous deadline differs from glibc's " +
                         format_rfc3339_utc(to_instant(previous)));
            }
            const std::string shown = format_rfc3339(a.occurrence->closes, oslo);
            if (shown != glibc_rfc3339(expected)) {
                mismatch(where + "shown as " + shown + ", glibc says " + glibc_rfc3339(expected));
            }
            ++checked;
        }
    }
    EXPECT_EQ(failures_, 0u) << "of " << checked << " answers";
    EXPECT_GT(checked, 9000u);
}

TEST_F(TzCrossCheck, EveryZoneRendersLikeGlibc) {
    use_glibc_zone("Europe/Oslo");
    const auto closing = glibc_closing_instants();

    std::size_t zones = 0;
    std::size_t checked = 0;
    for (const auto& zone : date::get_tzdb().zones) {
        const std::string name(zone.name());
        if (!glibc_can_load(name) || name.starts_with("right/")) {
            continue;
        }
        use_glibc_zone(name);
        ++zones;
        const auto compare = [&](std::time_t t, const char* what) {
            const std::string ours = format_rfc3339(to_instant(t), zone);
            const std::string theirs = glibc_rfc3339(t);
            if (ours != theirs) {
                mismatch(name + " " + what + ": " + ours + ", glibc says " + theirs);
            }
            ++checked;
        };
        // The three master's deadlines, as seen from this zone.
        for (const int year : {2020, 2024, 2026, 2027, 2031, 2035}) {
            for (const auto& d : fixed_deadlines) {
                compare(closing.at(d.group).at(year), "deadline");
            }
        }
        // Both sides of each of this zone's own offset changes.
        for (const int year : {2026, 2027}) {
            for (const std::time_t t : glibc_transitions(year)) {
                compare(t - 1, "before a change");
                compare(t, "at a change");
                // A bare --now date means the first second of that local day.
                for (const std::time_t side : {t - 1, t}) {
                    const std::string day = glibc_date(side);
                    const auto parsed = parse_instant(day, zone);
                    if (!parsed.value) {
                        mismatch(name + " " + day + ": " + parsed.error);
                        continue;
                    }
                    const std::time_t first = to_time_t(*parsed.value);
                    if (glibc_date(first) != day || glibc_date(first - 1) >= day) {
                        mismatch(name + " " + day + " parses to " +
                                 format_rfc3339(*parsed.value, zone) +
                                 ", which glibc does not see as the day's first second");
                    }
                    ++checked;
                }
            }
        }
    }
    EXPECT_EQ(failures_, 0u) << "of " << checked << " comparisons";
    EXPECT_GT(zones, 300u);
}

} // namespace
} // namespace ntnu
