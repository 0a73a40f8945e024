#include "text.hpp"

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

} // namespace
} // namespace ntnu
