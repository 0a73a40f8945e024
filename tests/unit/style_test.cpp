// SPDX-License-Identifier: MIT
// Columns as a terminal shows them: wide characters take two, combining marks none.
#include "style.hpp"
#include "table.hpp"

#include <gtest/gtest.h>

namespace ntnu {
namespace {

TEST(DisplayWidth, AsciiAndLatinTakeOneColumnEach) {
    EXPECT_EQ(display_width(""), 0u);
    EXPECT_EQ(display_width("Trondheim"), 9u);
    EXPECT_EQ(display_width("Gjøvik Ålesund"), 14u);
}

TEST(DisplayWidth, CjkTakesTwoColumns) {
    EXPECT_EQ(display_width("中国"), 4u);        // China, two wide characters
    EXPECT_EQ(display_width("日本 Japan"), 10u); // 2 + 2 + 1 + 5
    EXPECT_EQ(display_width("한국"), 4u);        // Hangul syllables are wide too
}

TEST(DisplayWidth, CombiningMarksTakeNoColumn) {
    EXPECT_EQ(display_width("e\u0301"), 1u);     // e and a combining acute: é
    EXPECT_EQ(display_width("Bjo\u0308rn"), 5u); // ö spelt with a combining diaeresis
    EXPECT_EQ(display_width("\u00e9"), 1u);      // the precomposed é, the same on screen
}

TEST(DisplayWidth, TimelineGlyphsTakeOneColumn) {
    // East Asian "ambiguous": one column in a Western locale, where the timeline is drawn.
    EXPECT_EQ(display_width("●○◆◇│─"), 6u);
}

TEST(DisplayWidth, BytesThatAreNotUtf8CountOneEach) {
    EXPECT_EQ(display_width("a\xff"
                            "b"),
              3u);
}

TEST(WrapText, CountsWideCharactersAsTwo) {
    // Six CJK characters are twelve columns: they do not fit ten beside another word.
    const auto lines = wrap_text("ab 中文中文中文", 10);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "ab");
}

TEST(Table, AlignsColumnsAfterWideAndCombiningText) {
    const std::string table =
        render_table({{"name"}, {"x"}},
                     {{{"中国"}, {"1"}}, {{"e\u0301e"}, {"2"}}, {{"abcd"}, {"3"}}}, Colour::off);
    // Indent 2, the first column 4 wide ("name", "中国" and "abcd"), 2 between, then one: the
    // second column starts at the same screen column on every line.
    std::size_t lines = 0;
    for (std::size_t start = 0; start < table.size();) {
        const auto end = table.find('\n', start);
        const std::string line = table.substr(start, end - start);
        EXPECT_EQ(display_width(line), 9u) << line;
        ++lines;
        start = end + 1;
    }
    EXPECT_EQ(lines, 4u);
}

} // namespace
} // namespace ntnu
