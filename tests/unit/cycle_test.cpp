// SPDX-License-Identifier: MIT
#include "cycle.hpp"

#include "test_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using test_support::instant;
using test_support::shipped_catalog;

Cycle cycle_at(std::string_view now, std::optional<Group> own,
               std::optional<Intake> intake = std::nullopt, Level level = Level::master,
               const char* programme = nullptr) {
    CycleQuery q;
    q.level = level;
    q.own = own;
    q.intake = intake;
    q.now = instant(now);
    q.programme = programme ? shipped_catalog().programme(programme) : nullptr;
    return choose_cycle(shipped_catalog(), q);
}

constexpr Intake autumn(int year) {
    return {Semester::autumn, year};
}

TEST(ChooseCycle, OwnGroupsNextIntake) {
    const auto c = cycle_at("2026-11-27T12:00:00Z", Group::non_eu);
    ASSERT_TRUE(c.intake);
    EXPECT_EQ(*c.intake, autumn(2027));
    EXPECT_FALSE(c.own_has_no_upcoming);
    EXPECT_FALSE(c.missed);
    // Every group's milestones of that intake, the own group's marked, in closing order.
    EXPECT_TRUE(std::any_of(c.items.begin(), c.items.end(), [](const CycleItem& i) {
        return i.group == Group::non_eu && i.applies &&
               i.occurrence.deadline_id == "master-non-eu" && !i.past;
    }));
    EXPECT_TRUE(std::any_of(c.items.begin(), c.items.end(), [](const CycleItem& i) {
        return i.group == Group::nordic && !i.applies;
    }));
    EXPECT_TRUE(std::is_sorted(c.items.begin(), c.items.end(), [](const auto& a, const auto& b) {
        return a.occurrence.closes < b.occurrence.closes;
    }));
}

// The non-EU deadline of autumn 2027 closes 1 December 2026 at 23:59 in Oslo (22:59 UTC).
TEST(ChooseCycle, JustAfterTheDeadlineTheNextCycleNamesTheMissedOne) {
    const auto c = cycle_at("2026-12-01T22:59:00Z", Group::non_eu);
    ASSERT_TRUE(c.intake);
    EXPECT_EQ(*c.intake, autumn(2028));
    ASSERT_TRUE(c.missed);
    EXPECT_EQ(c.missed->deadline_id, "master-non-eu");
    EXPECT_EQ(c.missed->intake, autumn(2027));
}

TEST(ChooseCycle, MissedOnlyWithinTheRecentlyMissedWindow) {
    const Instant closed = instant("2026-12-01T22:59:00Z");
    const auto at = [&](Instant t) { return cycle_at(format_rfc3339_utc(t), Group::non_eu); };
    EXPECT_TRUE(at(closed + recently_missed_window - 1s).missed);
    EXPECT_FALSE(at(closed + recently_missed_window).missed);
}

TEST(ChooseCycle, AskedIntakeIsDrawnWithoutAMissedDeadline) {
    const auto c = cycle_at("2026-12-15T12:00:00Z", Group::non_eu, autumn(2020));
    ASSERT_TRUE(c.intake);
    EXPECT_EQ(*c.intake, autumn(2020));
    EXPECT_FALSE(c.missed);
    EXPECT_TRUE(
        std::all_of(c.items.begin(), c.items.end(), [](const CycleItem& i) { return i.past; }));
}

TEST(ChooseCycle, WithoutAProfileTheEarliestNextIntakeOfAnyGroup) {
    const auto c = cycle_at("2026-11-27T12:00:00Z", std::nullopt);
    ASSERT_TRUE(c.intake);
    EXPECT_EQ(*c.intake, autumn(2027));
    EXPECT_FALSE(c.own);
    EXPECT_TRUE(
        std::none_of(c.items.begin(), c.items.end(), [](const CycleItem& i) { return i.applies; }));
}

TEST(ChooseCycle, ProgrammeClosedToTheOwnGroupDrawsTheOthers) {
    const auto c =
        cycle_at("2026-11-27T12:00:00Z", Group::non_eu, std::nullopt, Level::master, "mixd");
    EXPECT_EQ(std::count(c.groups.begin(), c.groups.end(), Group::non_eu), 0);
    ASSERT_TRUE(c.intake);
    EXPECT_EQ(*c.intake, autumn(2027));
    EXPECT_FALSE(c.own_has_no_upcoming);
    EXPECT_TRUE(closed_to(c.programme, Group::non_eu));
    EXPECT_FALSE(closed_to(c.programme, Group::eu_eea));
    EXPECT_FALSE(closed_to(nullptr, Group::non_eu));
}

TEST(ChooseCycle, RollingLevelHasNoCycle) {
    const auto c = cycle_at("2026-11-27T12:00:00Z", Group::non_eu, std::nullopt, Level::phd);
    EXPECT_FALSE(c.intake);
    EXPECT_FALSE(c.own_has_no_upcoming);
    EXPECT_TRUE(c.items.empty());
}

} // namespace
} // namespace ntnu
