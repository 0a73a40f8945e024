// SPDX-License-Identifier: MIT
#include "deadlines.hpp"
#include "zone_lookup.hpp"

#include "test_support.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using test_support::instant;
using test_support::shipped_catalog;
using ::testing::ElementsAre;

constexpr Intake autumn(int year) {
    return {Semester::autumn, year};
}
constexpr Intake spring(int year) {
    return {Semester::spring, year};
}

const date::time_zone& oslo() {
    return ntnu::require_zone("Europe/Oslo");
}

std::vector<Answer> answers(const Catalog& catalog, Group group, std::string_view now,
                            std::optional<Intake> intake = std::nullopt,
                            Level level = Level::master) {
    Query q;
    q.level = level;
    q.group = group;
    q.now = instant(now);
    q.intake = intake;
    return answer(catalog, q);
}

// The single answer for a master's applicant of `group` in the shipped data.
Answer master(Group group, std::string_view now, std::optional<Intake> intake = std::nullopt) {
    auto out = answers(shipped_catalog(), group, now, intake);
    EXPECT_EQ(out.size(), 1u);
    return out.empty() ? Answer{} : out.front();
}

std::string closes_utc(const Answer& a) {
    return a.occurrence ? format_rfc3339_utc(a.occurrence->closes) : "(no occurrence)";
}

// ----------------------------------------------------------------------------------------------
// One second before, at and after each of the three master's closing instants.

struct Boundary {
    Group group;
    const char* closes;      // UTC
    const char* local;       // Europe/Oslo
    int intake_year;         // autumn intake the deadline is for
    const char* next_closes; // the following year's, UTC
    long long year_seconds;  // from one closing instant to the next
};

// Names the case in test output instead of dumping its bytes.
void PrintTo(const Boundary& b, std::ostream* os) {
    *os << to_string(b.group) << " closing " << b.closes;
}

class MasterDeadlineBoundary : public ::testing::TestWithParam<Boundary> {};

TEST_P(MasterDeadlineBoundary, OneSecondBeforeIsOpenForThatIntake) {
    const auto& b = GetParam();
    const auto a = master(b.group, format_rfc3339_utc(instant(b.closes) - 1s));
    EXPECT_EQ(closes_utc(a), b.closes);
    EXPECT_EQ(a.remaining, 1s);
    EXPECT_EQ(a.status, Status::closing_soon);
    EXPECT_EQ(a.intake, autumn(b.intake_year));
    ASSERT_TRUE(a.occurrence.has_value());
    EXPECT_EQ(format_rfc3339(a.occurrence->closes, oslo()), b.local);
}

TEST_P(MasterDeadlineBoundary, AtTheInstantItHasClosedAndTheNextYearIsNext) {
    const auto& b = GetParam();
    const auto now = instant(b.closes);
    EXPECT_EQ(next_intake(shipped_catalog(), Scope{Level::master, b.group}, now),
              autumn(b.intake_year + 1));
    const auto a = master(b.group, b.closes);
    EXPECT_EQ(closes_utc(a), b.next_closes);
    EXPECT_EQ(a.remaining, std::chrono::seconds{b.year_seconds});
    EXPECT_EQ(a.status, Status::open);
    EXPECT_EQ(a.intake, autumn(b.intake_year + 1));
    ASSERT_TRUE(a.previous.has_value());
    EXPECT_EQ(format_rfc3339_utc(a.previous->closes), b.closes);
    EXPECT_EQ(a.previous->intake, autumn(b.intake_year));
}

TEST_P(MasterDeadlineBoundary, OneSecondAfterTheNextYearIsNext) {
    const auto& b = GetParam();
    const auto a = master(b.group, format_rfc3339_utc(instant(b.closes) + 1s));
    EXPECT_EQ(closes_utc(a), b.next_closes);
    EXPECT_EQ(a.remaining, std::chrono::seconds{b.year_seconds - 1});
    EXPECT_EQ(a.intake, autumn(b.intake_year + 1));
}

TEST_P(MasterDeadlineBoundary, GivenIntakeOneSecondAfterIsClosed) {
    const auto& b = GetParam();
    const auto a =
        master(b.group, format_rfc3339_utc(instant(b.closes) + 1s), autumn(b.intake_year));
    EXPECT_EQ(closes_utc(a), b.closes);
    EXPECT_EQ(a.remaining, -1s);
    EXPECT_EQ(a.status, Status::closed);
}

INSTANTIATE_TEST_SUITE_P(
    Shipped, MasterDeadlineBoundary,
    ::testing::Values(
        // 1 December 23:59 CET.
        Boundary{Group::non_eu, "2026-12-01T22:59:00Z", "2026-12-01T23:59:00+01:00", 2027,
                 "2027-12-01T22:59:00Z", 365LL * 86400},
        // 1 March 23:59 CET; 2028 is a leap year.
        Boundary{Group::eu_eea, "2027-03-01T22:59:00Z", "2027-03-01T23:59:00+01:00", 2027,
                 "2028-03-01T22:59:00Z", 366LL * 86400},
        // 15 April 23:59 CEST.
        Boundary{Group::nordic, "2027-04-15T21:59:00Z", "2027-04-15T23:59:00+02:00", 2027,
                 "2028-04-15T21:59:00Z", 366LL * 86400}),
    [](const auto& info) {
        std::string name(to_string(info.param.group));
        std::erase(name, '-');
        return name;
    });

// ----------------------------------------------------------------------------------------------

TEST(Answer, IssueAcceptanceExample) {
    const auto a = master(Group::non_eu, "2026-11-27T12:00:00Z");
    EXPECT_EQ(a.level, Level::master);
    EXPECT_EQ(a.group, Group::non_eu);
    EXPECT_EQ(a.milestone, Milestone::apply);
    EXPECT_EQ(closes_utc(a), "2026-12-01T22:59:00Z");
    EXPECT_EQ(a.remaining, 385140s);
    EXPECT_EQ(a.intake, autumn(2027));
    // 4.5 days left is inside the default 14-day window.
    EXPECT_EQ(a.status, Status::closing_soon);
    ASSERT_TRUE(a.occurrence.has_value());
    const auto& o = *a.occurrence;
    EXPECT_EQ(o.deadline_id, "master-non-eu");
    EXPECT_EQ(o.local, date::local_days{date::year{2026} / 12 / 1} + 23h + 59min);
    EXPECT_EQ(format_rfc3339(o.closes, oslo()), "2026-12-01T23:59:00+01:00");
    EXPECT_EQ(format_rfc3339(o.closes, ntnu::require_zone("Asia/Kolkata")),
              "2026-12-02T04:29:00+05:30");
    EXPECT_EQ(o.date_confidence, Confidence::confirmed);
    EXPECT_EQ(o.time_confidence, Confidence::assumed);
    EXPECT_THAT(o.sources, ElementsAre("https://www.ntnu.edu/studies/faq-master"));
    EXPECT_THAT(o.time_sources,
                ElementsAre("https://www.samordnaopptak.no/info/om/sporsmal-og-svar/"));
}

TEST(Answer, NowWrittenInAnotherZoneAcrossMidnight) {
    // 00:30 on 2 December in Oslo is 23:30Z on 1 December: after the 22:59Z deadline.
    for (const auto* now : {"2026-12-02T00:30:00+01:00", "2026-12-01T23:30:00Z"}) {
        const auto a = master(Group::non_eu, now);
        EXPECT_EQ(closes_utc(a), "2027-12-01T22:59:00Z") << now;
        EXPECT_EQ(a.remaining, 31534140s) << now;
        EXPECT_EQ(a.intake, autumn(2028)) << now;
    }
    // Already 2 December in Karachi, but the deadline is a minute away.
    const auto karachi = master(Group::non_eu, "2026-12-02T03:58:00+05:00");
    EXPECT_EQ(closes_utc(karachi), "2026-12-01T22:59:00Z");
    EXPECT_EQ(karachi.remaining, 60s);
    // Still 1 December in New York, but the deadline has gone.
    const auto new_york = master(Group::non_eu, "2026-12-01T18:00:00-05:00");
    EXPECT_EQ(closes_utc(new_york), "2027-12-01T22:59:00Z");
}

TEST(Answer, TurnOfTheYear) {
    struct Case {
        Group group;
        const char* closes;
        long long remaining_at_new_year;
        Intake intake;
    };
    for (const auto& c : {Case{Group::non_eu, "2027-12-01T22:59:00Z", 28940340, autumn(2028)},
                          Case{Group::eu_eea, "2027-03-01T22:59:00Z", 5180340, autumn(2027)},
                          Case{Group::nordic, "2027-04-15T21:59:00Z", 9064740, autumn(2027)}}) {
        const auto before = master(c.group, "2026-12-31T23:59:59Z");
        const auto after = master(c.group, "2027-01-01T00:00:00Z");
        EXPECT_EQ(closes_utc(before), c.closes);
        EXPECT_EQ(closes_utc(after), c.closes);
        EXPECT_EQ(before.remaining, std::chrono::seconds{c.remaining_at_new_year + 1});
        EXPECT_EQ(after.remaining, std::chrono::seconds{c.remaining_at_new_year});
        EXPECT_EQ(before.intake, c.intake);
        EXPECT_EQ(after.intake, c.intake);
    }
}

TEST(Answer, SummerTimeDeadlineAgainstWinterTimeDeadlines) {
    const auto now = "2027-01-01T00:00:00Z";
    const auto non_eu = master(Group::non_eu, now);
    const auto eu_eea = master(Group::eu_eea, now);
    const auto nordic = master(Group::nordic, now);
    ASSERT_TRUE(non_eu.occurrence && eu_eea.occurrence && nordic.occurrence);
    // All three close at 23:59 local...
    EXPECT_EQ(non_eu.occurrence->local, date::local_days{date::year{2027} / 12 / 1} + 23h + 59min);
    EXPECT_EQ(eu_eea.occurrence->local, date::local_days{date::year{2027} / 3 / 1} + 23h + 59min);
    EXPECT_EQ(nordic.occurrence->local, date::local_days{date::year{2027} / 4 / 15} + 23h + 59min);
    // ...which is UTC+1 in winter and UTC+2 in summer.
    EXPECT_EQ(format_rfc3339(non_eu.occurrence->closes, oslo()), "2027-12-01T23:59:00+01:00");
    EXPECT_EQ(format_rfc3339(eu_eea.occurrence->closes, oslo()), "2027-03-01T23:59:00+01:00");
    EXPECT_EQ(format_rfc3339(nordic.occurrence->closes, oslo()), "2027-04-15T23:59:00+02:00");
    EXPECT_EQ(closes_utc(nordic), "2027-04-15T21:59:00Z");
}

TEST(Answer, RemainingCountsRealSecondsAcrossTheSpringChange) {
    // From 1 March 23:59 to 15 April 23:59 local is 45 calendar days, but the clocks skip an
    // hour on 28 March, so one hour less passes.
    const auto a = master(Group::nordic, "2027-03-01T22:59:00Z");
    EXPECT_EQ(a.remaining, std::chrono::seconds{45 * 86400 - 3600});
}

TEST(StatusAt, OpenClosingSoonClosed) {
    const auto closes = instant("2026-12-01T22:59:00Z");
    const std::chrono::seconds window = 14 * 24h;
    EXPECT_EQ(status_at(closes, closes - window - 1s, window), Status::open);
    EXPECT_EQ(status_at(closes, closes - window, window), Status::closing_soon);
    EXPECT_EQ(status_at(closes, closes - window + 1s, window), Status::closing_soon);
    EXPECT_EQ(status_at(closes, closes - 1s, window), Status::closing_soon);
    EXPECT_EQ(status_at(closes, closes, window), Status::closed);
    EXPECT_EQ(status_at(closes, closes + 1s, window), Status::closed);
    EXPECT_EQ(status_at(closes, closes - 400 * 24h, window), Status::open);
}

TEST(StatusAt, DefaultWindowIsFourteenDays) {
    EXPECT_EQ(default_closing_soon, 1209600s);
}

TEST(StatusAt, ZeroWindowIsNeverClosingSoon) {
    const auto closes = instant("2026-12-01T22:59:00Z");
    EXPECT_EQ(status_at(closes, closes - 1s, 0s), Status::open);
    EXPECT_EQ(status_at(closes, closes, 0s), Status::closed);
}

TEST(Answer, ClosingSoonWindowFromTheQuery) {
    const auto closes = instant("2026-12-01T22:59:00Z");
    Query q;
    q.group = Group::non_eu;
    q.now = closes - 14 * 24h;
    EXPECT_EQ(answer(shipped_catalog(), q).at(0).status, Status::closing_soon);
    q.now = closes - 14 * 24h - 1s;
    EXPECT_EQ(answer(shipped_catalog(), q).at(0).status, Status::open);
    q.closing_soon = 30 * 24h;
    EXPECT_EQ(answer(shipped_catalog(), q).at(0).status, Status::closing_soon);
}

TEST(Answer, GivenIntakeAlreadyClosed) {
    const auto a = master(Group::non_eu, "2026-11-27T12:00:00Z", autumn(2026));
    EXPECT_EQ(a.status, Status::closed);
    EXPECT_EQ(closes_utc(a), "2025-12-01T22:59:00Z");
    EXPECT_EQ(a.remaining, -31150860s);
    EXPECT_EQ(a.intake, autumn(2026));
}

TEST(Answer, GivenIntakeYearsAhead) {
    const auto a = master(Group::eu_eea, "2026-11-27T12:00:00Z", autumn(2030));
    EXPECT_EQ(a.status, Status::open);
    EXPECT_EQ(closes_utc(a), "2030-03-01T22:59:00Z");
    EXPECT_EQ(a.intake, autumn(2030));
}

TEST(Answer, GivenIntakeWithoutADeadlineHasNone) {
    const auto a = master(Group::non_eu, "2026-11-27T12:00:00Z", spring(2027));
    EXPECT_EQ(a.status, Status::none);
    EXPECT_FALSE(a.occurrence.has_value());
    EXPECT_FALSE(a.remaining.has_value());
    EXPECT_EQ(a.intake, spring(2027));
    EXPECT_EQ(a.none_reason, "");
}

// ----------------------------------------------------------------------------------------------
// The refugee scheme: dated entries only. The front page given on 2026-11-26 dates the temporary
// places then open (1 December 2026); after that, none is current.

TEST(Refugee, TheFrontPagesPlacesAreCurrentUntilTheFirstOfDecember) {
    const auto a = master(Group::refugee, "2026-11-27T12:00:00Z");
    ASSERT_TRUE(a.occurrence.has_value());
    EXPECT_EQ(a.occurrence->deadline_id, "refugee-spring-2027");
    EXPECT_EQ(a.intake, spring(2027));
    EXPECT_EQ(a.occurrence->intake_confidence, Confidence::inferred);
    EXPECT_EQ(format_rfc3339_utc(a.occurrence->closes), "2026-12-01T22:59:00Z");
}

TEST(Refugee, NoCurrentEntry) {
    const auto a = master(Group::refugee, "2026-12-07T12:00:00Z");
    EXPECT_EQ(a.status, Status::none);
    EXPECT_FALSE(a.occurrence.has_value());
    EXPECT_FALSE(a.remaining.has_value());
    EXPECT_FALSE(a.intake.has_value());
    // Nothing recorded after the last deadline: no reason to give.
    EXPECT_EQ(a.none_reason, "");
    ASSERT_NE(a.track, nullptr);
    EXPECT_EQ(a.track->kind, TrackKind::scheme);
    EXPECT_EQ(a.track->url, "https://www.ntnu.edu/refugees/studies");
    ASSERT_TRUE(a.previous.has_value());
    EXPECT_EQ(a.previous->deadline_id, "refugee-spring-2027");
    EXPECT_EQ(a.previous->intake, spring(2027));
}

TEST(Refugee, IntakeWithNoAdmissionSaysWhy) {
    const auto a = master(Group::refugee, "2026-11-27T12:00:00Z", autumn(2025));
    EXPECT_EQ(a.status, Status::none);
    EXPECT_FALSE(a.occurrence.has_value());
    EXPECT_EQ(a.intake, autumn(2025));
    EXPECT_EQ(a.none_reason, "No separate admission for refugees: they apply through the "
                             "regular admission processes.");
    const auto spring_2025 = master(Group::refugee, "2026-11-27T12:00:00Z", spring(2025));
    EXPECT_EQ(spring_2025.status, Status::none);
    EXPECT_THAT(spring_2025.none_reason, ::testing::StartsWith("No separate admission"));
}

TEST(Refugee, PastIntakeIsClosed) {
    const auto a = master(Group::refugee, "2026-11-27T12:00:00Z", autumn(2024));
    EXPECT_EQ(a.status, Status::closed);
    ASSERT_TRUE(a.occurrence.has_value());
    EXPECT_EQ(a.occurrence->local, date::local_days{date::year{2024} / 6 / 1} + 23h + 59min);
    EXPECT_EQ(format_rfc3339(a.occurrence->closes, oslo()), "2024-06-01T23:59:00+02:00");
    EXPECT_EQ(a.remaining, -78501660s);
    EXPECT_EQ(a.intake, autumn(2024));
    EXPECT_EQ(a.occurrence->deadline_id, "refugee-autumn-2024");
}

TEST(Refugee, NextDatedEntryWhileOneIsOpen) {
    // After the spring-2024 deadline (1 December 2023) and before the autumn-2024 one.
    const auto a = master(Group::refugee, "2024-02-01T00:00:00Z");
    EXPECT_EQ(a.status, Status::open);
    EXPECT_EQ(a.intake, autumn(2024));
    EXPECT_EQ(closes_utc(a), "2024-06-01T21:59:00Z");
    ASSERT_TRUE(a.previous.has_value());
    EXPECT_EQ(a.previous->deadline_id, "refugee-spring-2024");
    EXPECT_EQ(format_rfc3339(a.previous->closes, oslo()), "2023-12-01T23:59:00+01:00");
}

TEST(Refugee, BachelorLevelSharesTheEntries) {
    const auto out = answers(shipped_catalog(), Group::refugee, "2023-12-01T22:58:59Z",
                             std::nullopt, Level::bachelor);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].intake, spring(2024));
    EXPECT_EQ(out[0].remaining, 1s);
    EXPECT_EQ(out[0].occurrence->note,
              "Single courses only, not master's or bachelor's programmes.");
}

// ----------------------------------------------------------------------------------------------
// Small catalogs for what the shipped data does not exercise.

Catalog load(const std::string& text) {
    auto result = parse_catalog(text, "t.toml");
    for (const auto& d : result.diagnostics) {
        // The fixtures' sources are URLs alone, which loading only warns about.
        if (!d.source_finding) {
            ADD_FAILURE() << format_diagnostic(d);
        }
    }
    if (!result.catalog) {
        throw std::runtime_error("fixture catalog does not load");
    }
    return *std::move(result.catalog);
}

// The minimal catalog's 1 December 23:59 deadline, moved to 15 December 12:00 for the autumn
// 2028 intake only.
const Catalog& catalog_with_exception() {
    static const Catalog catalog = load(test_support::replace_once(
        test_support::minimal_catalog_text(), "sources = [\"https://example.org/deadline\"]\n",
        "sources = [\"https://example.org/deadline\"]\n"
        "[[deadline.exception]]\n"
        "intake_year = 2028\n"
        "month = 12\n"
        "day = 15\n"
        "time = \"12:00\"\n"
        "note = \"Extended.\"\n"
        "confidence = \"inferred\"\n"
        "sources = [\"https://example.org/extended\"]\n"));
    return catalog;
}

TEST(YearlyException, OverridesOnlyItsIntakeYear) {
    const auto& c = catalog_with_exception();
    const auto closes_for = [&](int year) {
        const auto o = occurrences_for_intake(c, Scope{Level::master, Group::non_eu}, autumn(year));
        EXPECT_EQ(o.size(), 1u) << year;
        return o.empty() ? std::string{} : format_rfc3339(o[0].closes, oslo());
    };
    EXPECT_EQ(closes_for(2027), "2026-12-01T23:59:00+01:00");
    EXPECT_EQ(closes_for(2028), "2027-12-15T12:00:00+01:00");
    EXPECT_EQ(closes_for(2029), "2028-12-01T23:59:00+01:00");

    const auto moved = occurrences_for_intake(c, Scope{Level::master, Group::non_eu}, autumn(2028));
    ASSERT_EQ(moved.size(), 1u);
    EXPECT_EQ(moved[0].note, "Extended.");
    EXPECT_EQ(moved[0].date_confidence, Confidence::inferred);
    EXPECT_THAT(moved[0].sources, ElementsAre("https://example.org/extended"));
    const auto usual = occurrences_for_intake(c, Scope{Level::master, Group::non_eu}, autumn(2029));
    ASSERT_EQ(usual.size(), 1u);
    EXPECT_EQ(usual[0].note, "");
    // The fixture's rule states no year NTNU published, so every usual year is projected.
    EXPECT_EQ(usual[0].date_confidence, Confidence::projected);
    EXPECT_THAT(usual[0].sources, ElementsAre("https://example.org/deadline"));
}

TEST(YearlyException, KeepsTheIntakeOpenPastTheUsualDay) {
    const auto& c = catalog_with_exception();
    const auto extended = answers(c, Group::non_eu, "2027-12-05T00:00:00Z");
    ASSERT_EQ(extended.size(), 1u);
    EXPECT_EQ(extended[0].intake, autumn(2028));
    EXPECT_EQ(closes_utc(extended[0]), "2027-12-15T11:00:00Z");
    EXPECT_EQ(extended[0].remaining, 903600s);
    EXPECT_EQ(extended[0].status, Status::closing_soon);

    const auto at = answers(c, Group::non_eu, "2027-12-15T11:00:00Z");
    ASSERT_EQ(at.size(), 1u);
    EXPECT_EQ(at[0].intake, autumn(2029));
    EXPECT_EQ(closes_utc(at[0]), "2028-12-01T22:59:00Z");
    ASSERT_TRUE(at[0].previous.has_value());
    EXPECT_EQ(format_rfc3339_utc(at[0].previous->closes), "2027-12-15T11:00:00Z");
}

// Exchange-style milestones: nominate by 15 April, apply by 1 May, opening 1 February.
const Catalog& catalog_with_milestones() {
    const auto block = [](std::string_view id, std::string_view milestone, int month, int day) {
        return fmt::format(R"(
[[deadline]]
id = "{}"
levels = ["exchange"]
groups = ["eu-eea"]
milestone = "{}"
month = {}
day = {}
time = "23:59"
intake = "autumn"
intake_year_offset = 0
date_confidence = "confirmed"
time_confidence = "assumed"
sources = ["https://example.org/exchange"]
)",
                           id, milestone, month, day);
    };
    // Exchange students need a group rule of their own level.
    const std::string rule = R"(
[[rule]]
id = "exchange-everyone"
levels = ["exchange"]
group = "eu-eea"
when = "otherwise"
confidence = "confirmed"
sources = ["https://example.org/exchange"]
)";
    static const Catalog catalog = load(
        test_support::minimal_catalog_text() + rule + block("exchange-opens", "opens", 2, 1) +
        block("exchange-apply", "apply", 5, 1) + block("exchange-nominate", "nominate", 4, 15));
    return catalog;
}

TEST(Milestones, OneAnswerPerDeadlineMilestoneInClosingOrder) {
    const auto out = answers(catalog_with_milestones(), Group::eu_eea, "2027-03-01T00:00:00Z",
                             std::nullopt, Level::exchange);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].milestone, Milestone::nominate);
    EXPECT_EQ(closes_utc(out[0]), "2027-04-15T21:59:00Z");
    EXPECT_EQ(out[1].milestone, Milestone::apply);
    EXPECT_EQ(closes_utc(out[1]), "2027-05-01T21:59:00Z");
    EXPECT_EQ(out[0].intake, autumn(2027));
    EXPECT_EQ(out[1].intake, autumn(2027));
}

TEST(Milestones, TheLastMilestoneDecidesTheIntake) {
    // Nomination has closed but applications have not: still this year's intake.
    const auto out = answers(catalog_with_milestones(), Group::eu_eea, "2027-04-20T00:00:00Z",
                             std::nullopt, Level::exchange);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].milestone, Milestone::nominate);
    EXPECT_EQ(out[0].status, Status::closed);
    EXPECT_EQ(out[1].milestone, Milestone::apply);
    EXPECT_EQ(out[1].status, Status::closing_soon);
    EXPECT_EQ(out[1].intake, autumn(2027));
}

TEST(Milestones, OccurrencesIncludeTheOpeningDay) {
    const auto o = occurrences_for_intake(catalog_with_milestones(),
                                          Scope{Level::exchange, Group::eu_eea}, autumn(2027));
    ASSERT_EQ(o.size(), 3u);
    EXPECT_EQ(o[0].milestone, Milestone::opens);
    EXPECT_EQ(o[1].milestone, Milestone::nominate);
    EXPECT_EQ(o[2].milestone, Milestone::apply);
}

} // namespace
} // namespace ntnu

namespace ntnu {
namespace {

// ----------------------------------------------------------------------------------------------
// Every other track's boundaries in the shipped data: one second before, at and after each
// closing instant, through the same query a user's command makes.

struct TrackBoundary {
    const char* name;
    Level level;
    Group group;
    const char* programme; // empty: the level's general deadlines
    Milestone milestone;
    const char* closes; // UTC
    Intake intake;
};

void PrintTo(const TrackBoundary& b, std::ostream* os) {
    *os << b.name;
}

std::optional<Answer> answer_for(const TrackBoundary& b, Instant now,
                                 std::optional<Intake> intake) {
    Query q;
    q.level = b.level;
    q.group = b.group;
    q.now = now;
    q.intake = intake;
    q.programme = *b.programme ? shipped_catalog().programme(b.programme) : nullptr;
    for (const auto& a : answer(shipped_catalog(), q)) {
        if (a.milestone == b.milestone) {
            return a;
        }
    }
    return std::nullopt;
}

class TrackBoundaryTest : public ::testing::TestWithParam<TrackBoundary> {};

TEST_P(TrackBoundaryTest, OpenOneSecondBeforeClosedAtAndAfter) {
    const auto& b = GetParam();
    const Instant closes = instant(b.closes);
    const auto before = answer_for(b, closes - 1s, b.intake);
    ASSERT_TRUE(before && before->occurrence);
    EXPECT_EQ(format_rfc3339_utc(before->occurrence->closes), b.closes);
    EXPECT_EQ(before->remaining, 1s);
    EXPECT_EQ(before->status, Status::closing_soon);
    for (const auto now : {closes, closes + 1s}) {
        const auto after = answer_for(b, now, b.intake);
        ASSERT_TRUE(after && after->occurrence);
        EXPECT_EQ(after->status, Status::closed);
        EXPECT_EQ(after->remaining, closes - now);
    }
}

TEST_P(TrackBoundaryTest, TheNextIntakeIsThisOneUntilTheInstant) {
    const auto& b = GetParam();
    const Instant closes = instant(b.closes);
    const auto before = answer_for(b, closes - 1s, std::nullopt);
    ASSERT_TRUE(before.has_value());
    EXPECT_EQ(before->intake, b.intake);
    // At the instant the apply deadline has closed: the next answer is a later intake.
    if (b.milestone == Milestone::apply) {
        const auto at = answer_for(b, closes, std::nullopt);
        ASSERT_TRUE(at.has_value() && at->intake.has_value());
        EXPECT_GT(*at->intake, b.intake);
    }
}

INSTANTIATE_TEST_SUITE_P(
    ShippedData, TrackBoundaryTest,
    ::testing::Values(
        // Exchange, spring: everyone; 15 September and 1 October in summer time (UTC+2).
        TrackBoundary{"exchange_spring_nominate", Level::exchange, Group::non_eu, "",
                      Milestone::nominate, "2026-09-15T21:59:00Z", spring(2027)},
        TrackBoundary{"exchange_spring_apply", Level::exchange, Group::eu_eea, "", Milestone::apply,
                      "2026-10-01T21:59:00Z", spring(2027)},
        // The one-year extension: 15 October for spring 2025 only.
        TrackBoundary{"exchange_spring_2025_extension", Level::exchange, Group::non_eu, "",
                      Milestone::apply, "2024-10-15T21:59:00Z", spring(2025)},
        // Exchange, autumn: 15 March in winter time, 1 April after the change to summer time.
        TrackBoundary{"exchange_autumn_nominate_non_eu", Level::exchange, Group::non_eu, "",
                      Milestone::nominate, "2027-03-15T22:59:00Z", autumn(2027)},
        TrackBoundary{"exchange_autumn_apply_non_eu", Level::exchange, Group::non_eu, "",
                      Milestone::apply, "2027-04-01T21:59:00Z", autumn(2027)},
        // 15 April, disputed with the FAQ's 1 May: the earlier is met (issue 29 #7).
        TrackBoundary{"exchange_autumn_apply_eu_eea", Level::exchange, Group::eu_eea, "",
                      Milestone::apply, "2027-04-15T21:59:00Z", autumn(2027)},
        // Bachelor's: Samordna opptak's 1 March (early) and 15 April; an applicant who needs a
        // residence permit applies by 1 March.
        TrackBoundary{"bachelor_early", Level::bachelor, Group::eu_eea, "", Milestone::early,
                      "2027-03-01T22:59:00Z", autumn(2027)},
        TrackBoundary{"bachelor_apply", Level::bachelor, Group::eu_eea, "", Milestone::apply,
                      "2027-04-15T21:59:00Z", autumn(2027)},
        TrackBoundary{"bachelor_residence_permit", Level::bachelor, Group::non_eu, "",
                      Milestone::apply, "2027-03-01T22:59:00Z", autumn(2027)},
        // In 2022, 20 April at 14:00 (15 April was Good Friday).
        TrackBoundary{"bachelor_apply_2022", Level::bachelor, Group::eu_eea, "", Milestone::apply,
                      "2022-04-20T12:00:00Z", autumn(2022)},
        // Programmes with their own dates: Maritime Engineering, and the experience-based
        // Information Security for an international degree (no 1 December route).
        TrackBoundary{"msnmme_own_deadline", Level::master, Group::eu_eea, "msnmme",
                      Milestone::apply, "2027-01-15T22:59:00Z", autumn(2027)},
        TrackBoundary{"miseb_international_degree", Level::master, Group::non_eu, "miseb",
                      Milestone::apply, "2027-03-01T22:59:00Z", autumn(2027)},
        TrackBoundary{"miseb_nordic_degree", Level::master, Group::nordic, "miseb",
                      Milestone::apply, "2027-04-15T21:59:00Z", autumn(2027)},
        // A Norwegian-taught programme with two intakes: 15 November (winter time) for the
        // spring semester of the next year, 15 April (summer time) for the autumn semester.
        TrackBoundary{"mma_spring_intake", Level::master, Group::non_eu, "mma", Milestone::apply,
                      "2026-11-15T22:59:00Z", spring(2027)},
        TrackBoundary{"mma_autumn_intake", Level::master, Group::nordic, "mma", Milestone::apply,
                      "2027-04-15T21:59:00Z", autumn(2027)},
        // A Joint Nordic programme's own deadline replaces the general ones.
        TrackBoundary{"msisee_own_deadline", Level::master, Group::non_eu, "msisee",
                      Milestone::apply, "2027-01-15T22:59:00Z", autumn(2027)}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(OtherTracks, PhdIsRollingForEveryGroup) {
    EXPECT_THAT(shipped_catalog().groups_of(Level::phd), ElementsAre(Group::non_eu, Group::eu_eea));
    for (const Group group : shipped_catalog().groups_of(Level::phd)) {
        Query q;
        q.level = Level::phd;
        q.group = group;
        q.now = instant("2026-11-27T12:00:00Z");
        const auto out = answer(shipped_catalog(), q);
        ASSERT_EQ(out.size(), 1u);
        EXPECT_EQ(out[0].status, Status::rolling);
        EXPECT_FALSE(out[0].occurrence.has_value());
        ASSERT_NE(out[0].track, nullptr);
        EXPECT_EQ(out[0].track->url, "https://www.ntnu.edu/vacancies");
    }
}

TEST(OtherTracks, ExchangeHasNoEntryForRefugees) {
    Query q;
    q.level = Level::exchange;
    q.group = Group::refugee;
    q.now = instant("2026-11-27T12:00:00Z");
    const auto out = answer(shipped_catalog(), q);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].status, Status::none);
}

TEST(Programmes, ClosedToAGroupAnswersNoneForIt) {
    Query q;
    q.group = Group::non_eu;
    q.now = instant("2026-11-27T12:00:00Z");
    q.programme = shipped_catalog().programme("mixd");
    ASSERT_NE(q.programme, nullptr);
    const auto closed = answer(shipped_catalog(), q);
    ASSERT_EQ(closed.size(), 1u);
    EXPECT_TRUE(closed[0].closed_to_group);
    EXPECT_EQ(closed[0].status, Status::none);
    q.group = Group::eu_eea;
    const auto open = answer(shipped_catalog(), q);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_FALSE(open[0].closed_to_group);
    EXPECT_EQ(format_rfc3339_utc(open[0].occurrence->closes), "2027-03-01T22:59:00Z");
}

TEST(Programmes, OwnDeadlineWithoutADateIsNoneNotTheGeneralDate) {
    Query q;
    q.group = Group::eu_eea;
    q.now = instant("2026-11-27T12:00:00Z");
    q.programme = shipped_catalog().programme("msrem");
    ASSERT_NE(q.programme, nullptr);
    const auto out = answer(shipped_catalog(), q);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].status, Status::none);
    EXPECT_FALSE(out[0].occurrence.has_value());
}

// ----------------------------------------------------------------------------------------------
// The verdict of `ntnu check --within`.

// An answer whose deadline closes `remaining` from now (negative: closed that long ago).
Answer closing_in(std::chrono::seconds remaining) {
    Answer a;
    a.remaining = remaining;
    return a;
}

TEST(CheckVerdict, NoDatedDeadlineIsNoDeadline) {
    EXPECT_EQ(check_verdict({}, 24h), Verdict::no_deadline);
    EXPECT_EQ(check_verdict({Answer{}}, 24h), Verdict::no_deadline);
}

TEST(CheckVerdict, WindowBoundaryOneSecondEitherSide) {
    EXPECT_EQ(check_verdict({closing_in(24h - 1s)}, 24h), Verdict::within_window);
    EXPECT_EQ(check_verdict({closing_in(24h)}, 24h), Verdict::within_window);
    EXPECT_EQ(check_verdict({closing_in(24h + 1s)}, 24h), Verdict::outside_window);
}

TEST(CheckVerdict, ClosedAtTheInstantAndAfter) {
    EXPECT_EQ(check_verdict({closing_in(1s)}, 24h), Verdict::within_window);
    EXPECT_EQ(check_verdict({closing_in(0s)}, 24h), Verdict::closed);
    EXPECT_EQ(check_verdict({closing_in(-1s)}, 24h), Verdict::closed);
}

TEST(CheckVerdict, ALaterMilestoneStillOpenIsNotClosed) {
    // The nomination has closed, the application has not: the applicant can still act.
    EXPECT_EQ(check_verdict({closing_in(-3600s), closing_in(48h)}, 24h), Verdict::outside_window);
    EXPECT_EQ(check_verdict({closing_in(-3600s), closing_in(12h)}, 24h), Verdict::within_window);
    EXPECT_EQ(check_verdict({closing_in(-3600s), Answer{}}, 24h), Verdict::closed);
}

TEST(CheckVerdict, AnyOpenDeadlineInsideTheWindowDecides) {
    EXPECT_EQ(check_verdict({closing_in(12h), closing_in(30 * 24h)}, 24h), Verdict::within_window);
}

TEST(CheckVerdict, StableNames) {
    EXPECT_EQ(to_string(Verdict::within_window), "within_window");
    EXPECT_EQ(to_string(Verdict::outside_window), "outside_window");
    EXPECT_EQ(to_string(Verdict::closed), "closed");
    EXPECT_EQ(to_string(Verdict::no_deadline), "no_deadline");
}

// ----------------------------------------------------------------------------------------------
// A deadline missed recently enough to mention beside the next one.

TEST(RecentlyMissed, SixtyDaysOneSecondEitherSide) {
    Occurrence previous;
    previous.intake = autumn(2026);
    previous.closes = instant("2025-12-01T22:59:00Z");
    const auto sixty_days = std::chrono::seconds{60 * 24 * 3600};
    EXPECT_TRUE(recently_missed(previous, autumn(2027), previous.closes));
    EXPECT_TRUE(recently_missed(previous, autumn(2027), previous.closes + sixty_days - 1s));
    EXPECT_FALSE(recently_missed(previous, autumn(2027), previous.closes + sixty_days));
    EXPECT_FALSE(recently_missed(previous, autumn(2027), previous.closes + sixty_days + 1s));
}

// Issue 27, point 8: an intake years ahead, asked for by name, is no second chance for it.
TEST(RecentlyMissed, OnlyBesideTheIntakeThatFollowsIt) {
    Occurrence previous;
    previous.intake = autumn(2026);
    previous.closes = instant("2025-12-01T22:59:00Z");
    EXPECT_TRUE(recently_missed(previous, autumn(2027), previous.closes + 1s));
    EXPECT_FALSE(recently_missed(previous, autumn(2029), previous.closes + 1s));
}

TEST(RecentlyMissed, NotWhenItIsTheIntakeShown) {
    Occurrence previous;
    previous.intake = autumn(2026);
    previous.closes = instant("2025-12-01T22:59:00Z");
    EXPECT_FALSE(recently_missed(previous, autumn(2026), previous.closes + 24h));
    EXPECT_TRUE(recently_missed(previous, spring(2027), previous.closes + 24h));
}

TEST(RecentlyMissed, TheShippedOverviewJustAfterTheNonEuDeadline) {
    // The non-EU master's deadline for autumn 2027 closes on 1 December 2026 at 23:59 in Oslo.
    const Answer a = master(Group::non_eu, "2026-12-05T12:00:00Z");
    ASSERT_TRUE(a.previous.has_value());
    ASSERT_TRUE(a.occurrence.has_value());
    EXPECT_TRUE(
        recently_missed(*a.previous, a.occurrence->intake, instant("2026-12-05T12:00:00Z")));
    EXPECT_FALSE(
        recently_missed(*a.previous, a.occurrence->intake, instant("2027-03-01T12:00:00Z")));
}

} // namespace
} // namespace ntnu
