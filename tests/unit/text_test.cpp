#include "text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ntnu {
namespace {

TEST(FoldForLookup, DropsCaseAccentsAndPunctuation) {
    EXPECT_EQ(fold_for_lookup("Åland Islands"), "aland islands");
    EXPECT_EQ(fold_for_lookup("Korea, Republic of"), "korea republic of");
    EXPECT_EQ(fold_for_lookup("Côte d'Ivoire"), "cote d ivoire");
    EXPECT_EQ(fold_for_lookup("  Færøyene "), "faeroyene");
}

TEST(EditDistance, CountsASwapOfNeighboursAsOneEdit) {
    EXPECT_EQ(edit_distance("qiuet", "quiet"), 1u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(ClosestMatches, FindsTypos) {
    const std::vector<std::string> names{"Germany", "Norway", "Sweden"};
    ASSERT_EQ(closest_matches("Germny", names).size(), 1u);
    EXPECT_EQ(closest_matches("Germny", names)[0], "Germany");
    EXPECT_TRUE(closest_matches("Xyzzyx", names).empty());
}

// A huge argument (--tz with a megabyte of text) is no typo of a short name. The length gap
// rules it out before the edit-distance table, which would be a megabyte by the name's length.
TEST(ClosestMatches, HugeInputMatchesNothing) {
    const std::vector<std::string> names{"Europe/Oslo", "Asia/Kolkata"};
    EXPECT_TRUE(closest_matches(std::string(1 << 20, 'a'), names).empty());
    EXPECT_THAT(closest_matches("Europe/Osloo", names), ::testing::ElementsAre("Europe/Oslo"));
}

TEST(ClosestMatches, PrefixOfALongNameIsAHint) {
    const std::vector<std::string> names{"United Kingdom", "United States"};
    EXPECT_EQ(closest_matches("united k", names), std::vector<std::string>{"United Kingdom"});
}

} // namespace
} // namespace ntnu
