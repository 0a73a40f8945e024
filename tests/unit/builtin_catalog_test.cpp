// SPDX-License-Identifier: MIT
// The built-in data is precompiled at build time (tools/precompile_catalog.cpp); it must be
// exactly what parsing data/ntnu.toml gives, or a start-up optimisation would change answers.

#include "builtin_catalog.hpp"
#include "data_source.hpp"
#include "test_support.hpp"
#include "zone_lookup.hpp"

#include <gtest/gtest.h>

namespace ntnu {
namespace {

using test_support::shipped_catalog;

TEST(BuiltinCatalog, EqualsAFreshParseOfTheDataFile) {
    Catalog built_in = builtin_catalog();
    const Catalog& parsed = shipped_catalog();
    ASSERT_EQ(built_in.meta.zone, nullptr);
    built_in.meta.zone = &ntnu::require_zone(built_in.meta.zone_name);
    // Section by section, so a failure names the part that differs.
    EXPECT_TRUE(built_in.meta == parsed.meta);
    EXPECT_TRUE(built_in.country_sets == parsed.country_sets);
    EXPECT_TRUE(built_in.rules == parsed.rules);
    EXPECT_TRUE(built_in.territories == parsed.territories);
    EXPECT_TRUE(built_in.tracks == parsed.tracks);
    EXPECT_TRUE(built_in.yearly == parsed.yearly);
    EXPECT_TRUE(built_in.dated == parsed.dated);
    EXPECT_TRUE(built_in.programmes == parsed.programmes);
    EXPECT_TRUE(built_in.steps == parsed.steps);
    EXPECT_TRUE(built_in == parsed);
    EXPECT_FALSE(parsed.yearly.empty());
    EXPECT_FALSE(parsed.programmes.empty());
}

TEST(BuiltinCatalog, LooksUpItsZoneOnlyWhenTimesAreNeeded) {
    const auto for_times = load_catalog(std::nullopt, Language{});
    ASSERT_NE(for_times.catalog.meta.zone, nullptr);
    EXPECT_EQ(for_times.catalog.meta.zone->name(), "Europe/Oslo");
    EXPECT_EQ(for_times.source_name, "built-in data (data/ntnu.toml)");
    const auto for_names = load_catalog(std::nullopt, Language{}, CatalogUse::names_only);
    EXPECT_EQ(for_names.catalog.meta.zone, nullptr);
    EXPECT_EQ(for_names.catalog.programmes, for_times.catalog.programmes);
}

} // namespace
} // namespace ntnu
