// SPDX-License-Identifier: MIT
#include "programme_deadlines.hpp"
#include "zone_lookup.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace ntnu {
namespace {

using test_support::instant;
using test_support::shipped_catalog;

constexpr Intake autumn(int year) {
    return {Semester::autumn, year};
}

Profile citizen_of(std::string code) {
    Profile p;
    p.citizenships.push_back(std::move(code));
    return p;
}

ProgrammeDeadline row(std::string_view id, const Profile& profile, std::string_view now,
                      Intake intake = autumn(2027)) {
    const Catalog& catalog = shipped_catalog();
    const Programme* p = catalog.programme(std::string(id));
    EXPECT_NE(p, nullptr) << id;
    if (p == nullptr) {
        return {};
    }
    ProgrammeDeadlineQuery q;
    q.now = instant(now);
    q.intake = intake;
    const auto rows = programme_deadlines(catalog, {p}, profile, q);
    EXPECT_EQ(rows.size(), 1u);
    return rows.empty() ? ProgrammeDeadline{} : rows.front();
}

// Erasmus Mundus CoMEM+ closes 1 February 23:59 in Oslo (22:59 UTC): its own date, for an
// Indian applicant whose general date (1 December) has passed.
TEST(ProgrammeDeadlines, OwnDateOneSecondBeforeAtAndAfterItsClosingInstant) {
    const Profile in = citizen_of("IN");
    const auto before = row("mscomema", in, "2027-02-01T22:58:59Z");
    EXPECT_EQ(before.status, ProgrammeStatus::closing_soon);
    EXPECT_TRUE(still_open(before));
    EXPECT_TRUE(before.own_date);
    ASSERT_TRUE(before.remaining);
    EXPECT_EQ(before.remaining->count(), 1);
    EXPECT_EQ(format_rfc3339_utc(before.occurrence->closes), "2027-02-01T22:59:00Z");

    const auto at = row("mscomema", in, "2027-02-01T22:59:00Z");
    EXPECT_EQ(at.status, ProgrammeStatus::closed);
    EXPECT_FALSE(still_open(at));
    EXPECT_EQ(at.remaining->count(), 0);

    const auto after = row("mscomema", in, "2027-02-01T22:59:01Z");
    EXPECT_EQ(after.status, ProgrammeStatus::closed);
    EXPECT_EQ(after.remaining->count(), -1);
}

// A programme on the general dates: an Indian applicant meets 1 December 23:59 (22:59 UTC).
TEST(ProgrammeDeadlines, GeneralDateOfTheGroupAtItsBoundary) {
    const Profile in = citizen_of("IN");
    const auto before = row("mis", in, "2026-12-01T22:58:59Z");
    EXPECT_TRUE(still_open(before));
    EXPECT_FALSE(before.own_date);
    EXPECT_EQ(before.applies_as, Group::non_eu);
    EXPECT_EQ(row("mis", in, "2026-12-01T22:59:00Z").status, ProgrammeStatus::closed);
    EXPECT_EQ(row("mis", in, "2026-12-01T22:59:01Z").status, ProgrammeStatus::closed);
    // A German on the same day still has until 1 March.
    const auto de = row("mis", citizen_of("DE"), "2026-12-01T22:59:01Z");
    EXPECT_EQ(de.applies_as, Group::eu_eea);
    EXPECT_EQ(de.status, ProgrammeStatus::open);
    EXPECT_EQ(format_rfc3339_utc(de.occurrence->closes), "2027-03-01T22:59:00Z");
}

TEST(ProgrammeDeadlines, ClosedToTheGroupHasNoDate) {
    const auto cn = row("mixd", citizen_of("CN"), "2026-11-01T12:00:00Z");
    EXPECT_EQ(cn.status, ProgrammeStatus::closed_to_group);
    EXPECT_FALSE(cn.occurrence);
    EXPECT_FALSE(still_open(cn));
    EXPECT_EQ(row("mixd", citizen_of("DE"), "2026-11-01T12:00:00Z").status, ProgrammeStatus::open);
}

TEST(ProgrammeDeadlines, SoonestFirstThenClosedThenClosedToTheGroup) {
    const Catalog& catalog = shipped_catalog();
    std::vector<const Programme*> programmes;
    for (const auto* id : {"mixd", "mis", "mscomema", "msisee"}) {
        programmes.push_back(catalog.programme(id));
    }
    ProgrammeDeadlineQuery q;
    q.now = instant("2026-12-07T12:00:00Z");
    q.intake = autumn(2027);
    const auto rows = programme_deadlines(catalog, programmes, citizen_of("IN"), q);
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].programme->id, "msisee");   // 15 January
    EXPECT_EQ(rows[1].programme->id, "mscomema"); // 1 February
    EXPECT_EQ(rows[2].programme->id, "mis");      // closed 1 December
    EXPECT_EQ(rows[3].programme->id, "mixd");     // not open to non-EU applicants
}

// The coming autumn turns over when the autumn semester starts, 1 August in Oslo.
TEST(ProgrammeDeadlines, ComingIntakeTurnsOnTheFirstOfAugustInOslo) {
    const auto& oslo = require_zone("Europe/Oslo");
    EXPECT_EQ(coming_intake(instant("2026-12-07T12:00:00Z"), oslo), autumn(2027));
    EXPECT_EQ(coming_intake(instant("2027-07-31T21:59:59Z"), oslo), autumn(2027));
    EXPECT_EQ(coming_intake(instant("2027-07-31T22:00:00Z"), oslo), autumn(2028));
}

} // namespace
} // namespace ntnu
