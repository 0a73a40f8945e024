// SPDX-License-Identifier: MIT
#include "catalog.hpp"

#include "test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using test_support::instant;
using test_support::shipped_catalog;

TEST(Catalog, FindsCountrySetsByExactId) {
    ASSERT_NE(shipped_catalog().country_set("switzerland"), nullptr);
    EXPECT_EQ(shipped_catalog().country_set("switzerland")->countries,
              std::vector<std::string>{"CH"});
    EXPECT_EQ(shipped_catalog().country_set("Switzerland"), nullptr);
    EXPECT_EQ(shipped_catalog().country_set(""), nullptr);
}

TEST(Catalog, FindsRulesByExactId) {
    const GroupRule* rule = shipped_catalog().rule("norwegian-id");
    ASSERT_NE(rule, nullptr);
    EXPECT_EQ(rule->group, Group::eu_eea);
    EXPECT_EQ(rule->condition, RuleCondition::norwegian_id);
    // NTNU's own programme pages state it, with a visa condition the tool cannot check.
    EXPECT_EQ(rule->provenance.confidence, Confidence::confirmed);
    EXPECT_THAT(rule->note, ::testing::HasSubstr("visa"));
    EXPECT_EQ(shipped_catalog().rule("no-such-rule"), nullptr);
}

TEST(Catalog, FindsTracksByLevelAndGroup) {
    const Track* track = shipped_catalog().track(Level::master, Group::refugee);
    ASSERT_NE(track, nullptr);
    EXPECT_EQ(track->kind, TrackKind::scheme);
    EXPECT_EQ(shipped_catalog().track(Level::master, Group::non_eu), nullptr);
    const Track* phd = shipped_catalog().track(Level::phd, Group::non_eu);
    ASSERT_NE(phd, nullptr);
    EXPECT_EQ(phd->kind, TrackKind::rolling);
    EXPECT_EQ(shipped_catalog().track(Level::exchange, Group::non_eu), nullptr);
}

Meta checked_on(date::year_month_day day) {
    Meta meta;
    meta.last_checked = day;
    return meta;
}

TEST(DataIsStale, AfterAFullYear) {
    const auto meta = checked_on(date::year{2026} / 11 / 27);
    EXPECT_FALSE(data_is_stale(meta, instant("2026-11-27T00:00:00Z")));
    EXPECT_FALSE(data_is_stale(meta, instant("2027-11-27T23:59:59Z")));
    EXPECT_TRUE(data_is_stale(meta, instant("2027-11-28T00:00:00Z")));
}

TEST(DataIsStale, CheckedOnALeapDay) {
    const auto meta = checked_on(date::year{2024} / 2 / 29);
    EXPECT_FALSE(data_is_stale(meta, instant("2025-02-28T23:59:59Z")));
    EXPECT_TRUE(data_is_stale(meta, instant("2025-03-01T00:00:00Z")));
}

} // namespace
} // namespace ntnu
