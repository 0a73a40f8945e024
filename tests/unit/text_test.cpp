// SPDX-License-Identifier: MIT
#include "text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// The distance keeps only three rows of the table (a long --country once allocated a row per
// character); these cases need the row two back (swaps) and both argument orders.
TEST(EditDistance, SwapsInsertionsAndDeletionsAnywhere) {
    EXPECT_EQ(edit_distance("abc", ""), 3u);
    EXPECT_EQ(edit_distance("", ""), 0u);
    EXPECT_EQ(edit_distance("ab", "ba"), 1u);
    EXPECT_EQ(edit_distance("abcdef", "badcfe"), 3u);
    EXPECT_EQ(edit_distance("ca", "abc"), 3u); // optimal string alignment edits a swap no further
    EXPECT_EQ(edit_distance("norway", "norwya"), 1u);
    EXPECT_EQ(edit_distance("norwya", "norway"), 1u);
    EXPECT_EQ(edit_distance("sweden", "swedenx"), 1u);
    EXPECT_EQ(edit_distance("xsweden", "sweden"), 1u);
    EXPECT_EQ(edit_distance(std::string(1000, 'a'), "aaa"), 997u);
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

// Found by fuzz/country_lookup as well (4 KB of --country took 19 s): skipping by length gap
// gives the same answers at the edge of the limit.
TEST(ClosestMatches, LengthGapAtTheLimit) {
    const std::vector<std::string> names{"Germany", "Norway", "United Kingdom"};
    EXPECT_TRUE(closest_matches("Germanyyyyy", names).empty()); // 4 extra letters; the limit is 3
    EXPECT_EQ(closest_matches("Germanyyy", names), std::vector<std::string>{"Germany"});
    EXPECT_EQ(closest_matches("Nor", names), std::vector<std::string>{"Norway"}); // a prefix
}

TEST(ClosestTies, EveryCandidateAtTheBestDistanceOrNoneWhenTooMany) {
    EXPECT_THAT(closest_ties("Nigera", {"Niger", "Nigeria", "Algeria"}),
                ::testing::ElementsAre("Niger", "Nigeria"));
    EXPECT_THAT(closest_ties("abc", {"abd", "abe", "abf", "abg", "abh"}), ::testing::IsEmpty());
    EXPECT_THAT(closest_ties("xyzzyx", {"Germany"}), ::testing::IsEmpty());
}

TEST(ChoiceHint, TheOneNameTheTextBeginsElseTheClosest) {
    EXPECT_THAT(choice_hint("eu", {"non-eu", "eu-eea", "nordic"}),
                ::testing::ElementsAre("eu-eea"));
    EXPECT_THAT(choice_hint("nordc", {"non-eu", "eu-eea", "nordic"}),
                ::testing::ElementsAre("nordic"));
}

} // namespace
} // namespace ntnu
