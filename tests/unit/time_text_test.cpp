// SPDX-License-Identifier: MIT
#include "time_text.hpp"
#include "zone_lookup.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;

const date::time_zone& zone(std::string_view name) {
    return ntnu::require_zone(name);
}

Instant utc(int y, unsigned mo, unsigned d, std::chrono::seconds time_of_day = 0s) {
    return Instant{date::sys_days{date::year{y} / mo / d}} + time_of_day;
}

constexpr std::chrono::seconds hms(int h, int m, int s) {
    return std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
}

// The parsed instant; a parse failure fails the test with the error text.
Instant parsed(std::string_view text, std::string_view zone_name = "UTC") {
    const auto p = parse_instant(text, zone(zone_name));
    EXPECT_TRUE(p.value.has_value()) << text << ": " << p.error;
    EXPECT_EQ(p.error, "") << text;
    return p.value.value_or(Instant{});
}

TEST(ParseInstant, LeapSecondIsRefusedNotRoundedDown) {
    // Issue 25: :60 was read as :59, a second off without a word. POSIX time has no leap
    // second, so the user says which instant is meant.
    for (const char* text :
         {"2026-12-01T22:58:60Z", "2026-12-31T23:59:60Z", "2026-12-31T23:59:60.5+01:00"}) {
        const auto p = parse_instant(text, ntnu::require_zone("UTC"));
        EXPECT_FALSE(p.value.has_value()) << text;
        EXPECT_EQ(p.problem, ntnu::TimeProblem::leap_second) << text;
        EXPECT_THAT(p.error, HasSubstr("leap second")) << text;
    }
    EXPECT_EQ(parse_instant("2026-12-01T22:58:61Z", ntnu::require_zone("UTC")).problem,
              ntnu::TimeProblem::no_such_time);
}

TEST(ParseInstant, UtcWithZ) {
    EXPECT_EQ(parsed("2026-11-27T12:00:00Z"), utc(2026, 11, 27, hms(12, 0, 0)));
}

TEST(ParseInstant, OffsetsAreSubtracted) {
    const auto noon = utc(2026, 11, 27, hms(12, 0, 0));
    EXPECT_EQ(parsed("2026-11-27T13:00:00+01:00"), noon);
    EXPECT_EQ(parsed("2026-11-27T17:30:00+05:30"), noon);
    EXPECT_EQ(parsed("2026-11-27T09:00:00-03:00"), noon);
    EXPECT_EQ(parsed("2026-11-27T12:00:00+00:00"), noon);
    EXPECT_EQ(parsed("2026-11-27T12:00:00-00:00"), noon);
    EXPECT_EQ(parsed("2026-11-28T01:45:00+13:45"), noon);
}

TEST(ParseInstant, OffsetCrossesMidnightAndYear) {
    EXPECT_EQ(parsed("2027-01-01T00:30:00+01:00"), utc(2026, 12, 31, hms(23, 30, 0)));
    EXPECT_EQ(parsed("2026-12-31T20:00:00-04:00"), utc(2027, 1, 1, hms(0, 0, 0)));
}

TEST(ParseInstant, OffsetIgnoresTheDisplayZone) {
    EXPECT_EQ(parsed("2026-11-27T12:00:00Z", "Asia/Kolkata"), utc(2026, 11, 27, hms(12, 0, 0)));
    EXPECT_EQ(parsed("2026-11-27T13:00:00+01:00", "America/New_York"),
              utc(2026, 11, 27, hms(12, 0, 0)));
}

TEST(ParseInstant, LowerCaseTAndZAndSpaceSeparator) {
    const auto noon = utc(2026, 11, 27, hms(12, 0, 0));
    EXPECT_EQ(parsed("2026-11-27t12:00:00z"), noon);
    EXPECT_EQ(parsed("2026-11-27 12:00:00Z"), noon);
}

TEST(ParseInstant, FractionalSecondsAreFloored) {
    EXPECT_EQ(parsed("2026-11-27T12:00:59.999Z"), utc(2026, 11, 27, hms(12, 0, 59)));
    EXPECT_EQ(parsed("2026-12-01T22:58:59.999999999Z"), utc(2026, 12, 1, hms(22, 58, 59)));
    EXPECT_EQ(parsed("2026-11-27T13:00:00.5+01:00"), utc(2026, 11, 27, hms(12, 0, 0)));
    EXPECT_EQ(parsed("2026-11-27T12:00:00,25Z"), utc(2026, 11, 27, hms(12, 0, 0)));
}

TEST(ParseInstant, LeapDayExists) {
    EXPECT_EQ(parsed("2028-02-29T00:00:00Z"), utc(2028, 2, 29));
}

TEST(ParseInstant, BareDateIsMidnightInTheGivenZone) {
    EXPECT_EQ(parsed("2026-11-27", "UTC"), utc(2026, 11, 27));
    EXPECT_EQ(parsed("2026-11-27", "Europe/Oslo"), utc(2026, 11, 26, hms(23, 0, 0)));
    EXPECT_EQ(parsed("2026-07-01", "Europe/Oslo"), utc(2026, 6, 30, hms(22, 0, 0)));
    EXPECT_EQ(parsed("2026-11-27", "Asia/Kolkata"), utc(2026, 11, 26, hms(18, 30, 0)));
    EXPECT_EQ(parsed("2026-11-27", "America/New_York"), utc(2026, 11, 27, hms(5, 0, 0)));
}

// Chile springs forward at midnight (tzdata 2025b: 2026-09-06 00:00 -04 becomes 01:00 -03):
// the day starts at 01:00 local, and that is the instant a bare date means.
TEST(ParseInstant, BareDateWhoseMidnightIsSkipped) {
    EXPECT_EQ(parsed("2026-09-06", "America/Santiago"), utc(2026, 9, 6, hms(4, 0, 0)));
    // Lebanon too: 2026-03-29 00:00 EET becomes 01:00 EEST.
    EXPECT_EQ(parsed("2026-03-29", "Asia/Beirut"), utc(2026, 3, 28, hms(22, 0, 0)));
}

// Cuba falls back over midnight (2026-11-01 00:59:59 CDT becomes 00:00 CST): the earlier
// midnight starts the day.
TEST(ParseInstant, BareDateWhoseMidnightHappensTwice) {
    EXPECT_EQ(parsed("2026-11-01", "America/Havana"), utc(2026, 11, 1, hms(4, 0, 0)));
}

TEST(ParseInstant, ErrorMessageNamesTheInputAndTheForms) {
    const auto p = parse_instant("2026-13-01", zone("UTC"));
    EXPECT_FALSE(p.value.has_value());
    EXPECT_EQ(p.error, "invalid time '2026-13-01': no such date; use RFC 3339 such as "
                       "2026-11-27T12:00:00Z or 2026-11-27T13:00:00+01:00, or a date such as "
                       "2026-11-27");
}

TEST(ParseInstant, EachMalformedFormSaysWhy) {
    const auto why = [](std::string_view text) {
        const auto p = parse_instant(text, zone("UTC"));
        EXPECT_FALSE(p.value.has_value()) << text;
        return p.error;
    };
    EXPECT_THAT(why(""), HasSubstr("'': expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("2026"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("2026-11"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("2026-1-27"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("26-11-27"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("2026/11/27"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("now"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why(" 2026-11-27"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("2026-02-29"), HasSubstr(": no such date;"));
    EXPECT_THAT(why("2026-04-31T00:00:00Z"), HasSubstr(": no such date;"));
    EXPECT_THAT(why("2026-00-10"), HasSubstr(": no such date;"));
    EXPECT_THAT(why("1899-12-31"), HasSubstr(": the year must be from 1900 to 9990;"));
    EXPECT_THAT(why("9991-01-01"), HasSubstr(": the year must be from 1900 to 9990;"));
    EXPECT_THAT(why("99999-01-01"), HasSubstr(": the year must be from 1900 to 9990;"));
    EXPECT_THAT(why("20261127"), HasSubstr(": expected a date YYYY-MM-DD;"));
    EXPECT_THAT(why("2026-11-27x"), HasSubstr(": expected 'T' between the date and the time;"));
    EXPECT_THAT(why("2026-11-27T"), HasSubstr(": expected a time HH:MM:SS;"));
    EXPECT_THAT(why("2026-11-27T12:00Z"), HasSubstr(": expected a time HH:MM:SS;"));
    EXPECT_THAT(why("2026-11-27T1:00:00Z"), HasSubstr(": expected a time HH:MM:SS;"));
    EXPECT_THAT(why("2026-11-27T24:00:00Z"), HasSubstr(": no such time of day;"));
    EXPECT_THAT(why("2026-11-27T12:60:00Z"), HasSubstr(": no such time of day;"));
    EXPECT_THAT(why("2026-11-27T23:59:61Z"), HasSubstr(": no such time of day;"));
    EXPECT_THAT(why("2026-11-27T12:00:00.Z"),
                HasSubstr(": expected digits after the decimal point;"));
    EXPECT_THAT(why("2026-11-27T12:00:00"),
                HasSubstr(": missing a zone: end with Z or an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00CET"),
                HasSubstr(": missing a zone: end with Z or an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00+1:00"), HasSubstr(": expected an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00+0100"), HasSubstr(": expected an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00+01"), HasSubstr(": expected an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00+24:00"),
                HasSubstr(": expected an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00+01:60"),
                HasSubstr(": expected an offset such as +01:00;"));
    EXPECT_THAT(why("2026-11-27T12:00:00ZZ"), HasSubstr(": unexpected text after the offset;"));
    EXPECT_THAT(why("2026-11-27T12:00:00Z "), HasSubstr(": unexpected text after the offset;"));
    EXPECT_THAT(why("2026-11-27T12:00:00+01:00:00"),
                HasSubstr(": unexpected text after the offset;"));
}

TEST(ParseInstant, ErrorQuotesControlCharactersSafelyAndShortensLongInput) {
    EXPECT_THAT(parse_instant("2026\n\x1b[31m", zone("UTC")).error,
                HasSubstr("invalid time '2026??[31m': "));
    const std::string long_text(70, '9');
    EXPECT_THAT(parse_instant(long_text, zone("UTC")).error,
                HasSubstr("'" + std::string(64, '9') + "'…: "));
}

std::chrono::seconds duration(std::string_view text) {
    const auto p = parse_duration(text);
    EXPECT_TRUE(p.value.has_value()) << text << ": " << p.error;
    return p.value.value_or(-1s);
}

TEST(ParseDuration, SingleUnits) {
    EXPECT_EQ(duration("30d"), 30 * 24h);
    EXPECT_EQ(duration("12h"), 12h);
    EXPECT_EQ(duration("90m"), 90min);
    EXPECT_EQ(duration("2w"), 14 * 24h);
    EXPECT_EQ(duration("45s"), 45s);
    EXPECT_EQ(duration("0d"), 0s);
}

TEST(ParseDuration, Combinations) {
    EXPECT_EQ(duration("1d12h"), 36h);
    EXPECT_EQ(duration("1w2d3h4m5s"), 7 * 24h + 2 * 24h + 3h + 4min + 5s);
    EXPECT_EQ(duration("12h1d"), 36h);
}

TEST(ParseDuration, UnitsInAnyCase) {
    EXPECT_EQ(duration("1D12H"), 36h);
}

TEST(ParseDuration, CenturyIsTheLimit) {
    EXPECT_EQ(duration("36600d"), std::chrono::seconds{100LL * 366 * 86400});
}

TEST(ParseDuration, ErrorMessageIsExact) {
    EXPECT_EQ(parse_duration("").error,
              "invalid duration '': it is empty; use a number and a unit (w, d, h, m, s), such "
              "as 30d, 12h, 90m, 2w or 1d12h");
}

TEST(ParseDuration, EachMalformedFormSaysWhy) {
    const auto why = [](std::string_view text) {
        const auto p = parse_duration(text);
        EXPECT_FALSE(p.value.has_value()) << text;
        return p.error;
    };
    EXPECT_THAT(why(""), HasSubstr("'': it is empty;"));
    EXPECT_THAT(why("-1d"), HasSubstr("'-1d': a duration cannot be negative;"));
    EXPECT_THAT(why("5"), HasSubstr("'5': the last number has no unit;"));
    EXPECT_THAT(why("1d5"), HasSubstr("'1d5': the last number has no unit;"));
    EXPECT_THAT(why("1x"), HasSubstr("'1x': unknown unit 'x';"));
    EXPECT_THAT(why("1.5d"), HasSubstr("'1.5d': unknown unit '.';"));
    EXPECT_THAT(why("1d1d"), HasSubstr("'1d1d': the unit 'd' appears twice;"));
    EXPECT_THAT(why("1d1D"), HasSubstr("'1d1D': the unit 'd' appears twice;"));
    EXPECT_THAT(why("d"), HasSubstr("'d': expected a number at position 1;"));
    EXPECT_THAT(why("1d 2h"), HasSubstr("'1d 2h': expected a number at position 3;"));
    EXPECT_THAT(why("+1d"), HasSubstr("'+1d': expected a number at position 1;"));
    EXPECT_THAT(why("36601d"), HasSubstr("'36601d': it is too long;"));
    EXPECT_THAT(why("5300w"), HasSubstr("'5300w': it is too long;"));
    EXPECT_THAT(why("99999999999999999999999d"), HasSubstr(": it is too long;"));
    EXPECT_THAT(why("36600d1s"), HasSubstr("'36600d1s': it is too long;"));
}

TEST(ParseDuration, UnitsSpeltOut) {
    EXPECT_EQ(duration("2weeks"), 14 * 24h);
    EXPECT_EQ(duration("3days12hours"), 3 * 24h + 12h);
    EXPECT_EQ(duration("90min"), 90min);
}

TEST(ParseDuration, MonthsAreForWindowsOnly) {
    EXPECT_THAT(parse_duration("3mo").error, HasSubstr("unknown unit 'mo'"));
}

// Issue 27, point 17 (as issue 29 amends it): m stays minutes, mo/month/months are calendar
// months, and a bare m above a day is flagged for a warning.
TEST(ParseWindow, MonthsBesideMinutes) {
    const auto months = [](std::string_view text) {
        const auto p = parse_window(text);
        EXPECT_TRUE(p.value.has_value()) << text << ": " << p.error;
        return p.value ? p.value->months : -1;
    };
    EXPECT_EQ(months("3mo"), 3);
    EXPECT_EQ(months("3months"), 3);
    EXPECT_EQ(months("1month"), 1);
    EXPECT_EQ(months("3m"), 0);
    EXPECT_EQ(parse_window("3m").value->seconds, 3min);
    EXPECT_EQ(parse_window("1mo2w").value->seconds, 14 * 24h);
    EXPECT_EQ(parse_window("3000m").value->bare_minutes, 3000);
    EXPECT_EQ(parse_window("3000min").value->bare_minutes, 0);
    EXPECT_THAT(parse_window("1mo1month").error, HasSubstr("appears twice"));
    EXPECT_THAT(parse_window("1201mo").error, HasSubstr("too long"));
}

TEST(SpanLength, CalendarMonthsClampToTheMonthsLastDay) {
    Span one_month;
    one_month.months = 1;
    // 31 January + 1 month is 28 February (2027 is no leap year), not 3 March.
    EXPECT_EQ(span_length(one_month, utc(2027, 1, 31, 12h), zone("UTC")), 28 * 24h);
    EXPECT_EQ(span_length(one_month, utc(2028, 1, 31, 12h), zone("UTC")), 29 * 24h);
    Span three;
    three.months = 3;
    three.seconds = 1h;
    EXPECT_EQ(span_length(three, utc(2026, 12, 7, 12h), zone("UTC")), (31 + 31 + 28) * 24h + 1h);
    // On the applicant's clock: across Oslo's change to summer time the month is an hour short.
    EXPECT_EQ(span_length(one_month, utc(2027, 3, 15, 12h), zone("Europe/Oslo")), 31 * 24h - 1h);
}

TEST(FormatRfc3339, InstitutionOffsetWinterAndSummer) {
    EXPECT_EQ(format_rfc3339(utc(2026, 12, 1, hms(22, 59, 0)), zone("Europe/Oslo")),
              "2026-12-01T23:59:00+01:00");
    EXPECT_EQ(format_rfc3339(utc(2027, 4, 15, hms(21, 59, 0)), zone("Europe/Oslo")),
              "2027-04-15T23:59:00+02:00");
}

TEST(FormatRfc3339, OtherOffsets) {
    const auto closes = utc(2026, 12, 1, hms(22, 59, 0));
    EXPECT_EQ(format_rfc3339(closes, zone("Asia/Kolkata")), "2026-12-02T04:29:00+05:30");
    EXPECT_EQ(format_rfc3339(closes, zone("America/Sao_Paulo")), "2026-12-01T19:59:00-03:00");
    EXPECT_EQ(format_rfc3339(closes, zone("America/St_Johns")), "2026-12-01T19:29:00-03:30");
    EXPECT_EQ(format_rfc3339(closes, zone("Asia/Kathmandu")), "2026-12-02T04:44:00+05:45");
    EXPECT_EQ(format_rfc3339(closes, zone("Pacific/Chatham")), "2026-12-02T12:44:00+13:45");
    EXPECT_EQ(format_rfc3339(closes, zone("Pacific/Kiritimati")), "2026-12-02T12:59:00+14:00");
}

TEST(FormatRfc3339, OffsetWithSecondsStillNamesTheSameInstant) {
    // Found by fuzz/now_parser: Kathmandu kept local mean time, +05:41:16, until 1920. The
    // offset was cut to +05:41 while the clock time kept its 16 seconds, naming another instant.
    const auto instant = utc(1900, 1, 1, hms(15, 0, 0));
    const auto& kathmandu = zone("Asia/Kathmandu");
    EXPECT_EQ(format_rfc3339(instant, kathmandu), "1900-01-01T20:41:00+05:41");
    EXPECT_EQ(parse_instant(format_rfc3339(instant, kathmandu), kathmandu).value, instant);
    // Negative offsets with seconds: Monrovia was -00:44:30 until 1972.
    const auto monrovia_instant = utc(1950, 6, 1, hms(12, 0, 0));
    const auto& monrovia = zone("Africa/Monrovia");
    EXPECT_EQ(format_rfc3339(monrovia_instant, monrovia), "1950-06-01T11:16:00-00:44");
    EXPECT_EQ(parse_instant(format_rfc3339(monrovia_instant, monrovia), monrovia).value,
              monrovia_instant);
}

TEST(FormatRfc3339, ZoneAtUtcOffsetZeroWritesPlusZeroNotZ) {
    EXPECT_EQ(format_rfc3339(utc(2026, 12, 1, hms(22, 59, 0)), zone("Europe/London")),
              "2026-12-01T22:59:00+00:00");
    EXPECT_EQ(format_rfc3339(utc(2026, 7, 1, hms(22, 59, 0)), zone("Europe/London")),
              "2026-07-01T23:59:00+01:00");
}

TEST(FormatRfc3339, BothSidesOfADaylightSavingChange) {
    // Europe/Oslo springs forward at 2026-03-29 01:00:00Z.
    EXPECT_EQ(format_rfc3339(utc(2026, 3, 29, hms(0, 59, 59)), zone("Europe/Oslo")),
              "2026-03-29T01:59:59+01:00");
    EXPECT_EQ(format_rfc3339(utc(2026, 3, 29, hms(1, 0, 0)), zone("Europe/Oslo")),
              "2026-03-29T03:00:00+02:00");
    // ...and falls back at 2026-10-25 01:00:00Z, repeating 02:00-03:00 local.
    EXPECT_EQ(format_rfc3339(utc(2026, 10, 25, hms(0, 59, 59)), zone("Europe/Oslo")),
              "2026-10-25T02:59:59+02:00");
    EXPECT_EQ(format_rfc3339(utc(2026, 10, 25, hms(1, 0, 0)), zone("Europe/Oslo")),
              "2026-10-25T02:00:00+01:00");
}

TEST(FormatRfc3339, RoundTripsThroughParseInstant) {
    for (const auto* name : {"Europe/Oslo", "Asia/Kolkata", "America/St_Johns", "UTC"}) {
        const auto t = utc(2026, 10, 25, hms(0, 30, 15));
        EXPECT_EQ(parsed(format_rfc3339(t, zone(name))), t) << name;
    }
}

TEST(FormatRfc3339Utc, WritesZ) {
    EXPECT_EQ(format_rfc3339_utc(utc(2026, 12, 1, hms(22, 59, 0))), "2026-12-01T22:59:00Z");
    EXPECT_EQ(format_rfc3339_utc(utc(2027, 1, 1)), "2027-01-01T00:00:00Z");
    EXPECT_EQ(format_rfc3339_utc(Instant{} - 1s), "1969-12-31T23:59:59Z");
}

} // namespace
} // namespace ntnu
