// SPDX-License-Identifier: MIT
#include "table.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace ntnu {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

TEST(RenderFittedTable, ANarrowTableIsLeftAsItIs) {
    const std::string table =
        render_fitted_table({{"ID"}, {"Name"}}, {{{"a"}, {"Short name"}}, {{"bb"}, {"Other"}}},
                            {Wrap::no, Wrap::yes}, Colour::off, 80);
    EXPECT_EQ(table, "  ID  Name\n"
                     "  a   Short name\n"
                     "  bb  Other\n");
}

TEST(RenderFittedTable, WrapsTheWrappableColumnToFitTheWidth) {
    const std::string long_name = "Innovative Sustainable Energy Engineering (Joint Nordic)";
    const std::string table = render_fitted_table({{"ID"}, {"Name"}, {"Kind"}},
                                                  {{{"msisee"}, {long_name}, {"Joint Nordic"}}},
                                                  {Wrap::no, Wrap::yes, Wrap::no}, Colour::off, 40);
    const auto lines = lines_of(table);
    ASSERT_GT(lines.size(), 2u);
    for (const auto& line : lines) {
        EXPECT_LE(display_width(line), 40u) << line;
    }
    EXPECT_EQ(lines[1].substr(0, 10), "  msisee  ");
    // Continuation lines leave the other columns empty and carry no trailing spaces.
    EXPECT_EQ(lines[2].substr(0, 10), std::string(10, ' '));
    for (const auto& line : lines) {
        EXPECT_NE(line.back(), ' ') << line;
    }
}

TEST(RenderFittedTable, NoWrappableColumnMeansNoWrapping) {
    const std::string wide(100, 'x');
    const std::string table = render_fitted_table({{"A"}}, {{{wide}}}, {Wrap::no}, Colour::off, 40);
    EXPECT_EQ(lines_of(table).size(), 2u);
}

TEST(RenderFittedTable, TrailingEmptyCellsLeaveNoSpaces) {
    const std::string table =
        render_fitted_table({{"A"}, {"B"}}, {{{"x"}, {""}}}, {Wrap::no, Wrap::no}, Colour::off, 80);
    EXPECT_EQ(table, "  A  B\n  x\n");
}

// Issue 17: data text reaches the terminal through tables; no escape sequence may.
// Issue 27: in a narrow table the programme's name keeps its room; the kind gives way first
// (with Wrap::yes on both, the wider name would).
TEST(RenderFittedTable, AWrapFirstColumnGivesWayBeforeTheOthers) {
    const std::string name = "Innovative Sustainable Energy Engineering";
    const std::string table = render_fitted_table(
        {{"ID"}, {"Name"}, {"Kind"}}, {{{"msisee"}, {name}, {"Joint Nordic programme"}}},
        {Wrap::no, Wrap::yes, Wrap::first}, Colour::off, 64);
    const auto lines = lines_of(table);
    ASSERT_GE(lines.size(), 2u);
    EXPECT_NE(lines[1].find(name), std::string::npos) << "the name is not wrapped:\n" << table;
    for (const auto& line : lines) {
        EXPECT_LE(display_width(line), 64u) << line;
    }
}

// Where wrapping cannot fit the width, the expendable columns go, in their order.
TEST(RenderNarrowedTable, DropsExpendableColumnsUntilItFits) {
    const Row header{{"Code"}, {"Closes"}, {"Your time"}, {"Left"}};
    const std::vector<Row> rows{{{"AAAA"}, {"1 Dec 2027 23:59"}, {"2 Dec 04:29 IST"}, {"359d"}}};
    const std::string wide = render_narrowed_table(header, rows, {}, {2}, Colour::off, 80);
    EXPECT_NE(wide.find("Your time"), std::string::npos) << "it fits: nothing goes";
    const std::string narrow = render_narrowed_table(header, rows, {}, {2}, Colour::off, 40);
    EXPECT_EQ(narrow.find("Your time"), std::string::npos) << narrow;
    EXPECT_LE(widest_line(narrow), 40u) << narrow;
    EXPECT_NE(narrow.find("359d"), std::string::npos) << "only the expendable column goes";
}

TEST(RenderTable, ShowsNoControlOrBidiCharacter) {
    const std::string table = render_table({{"ID"}, {"Name"}},
                                           {{{"a\x1b[2J"},
                                             {"x\xc2\x9b"
                                              "31m\xe2\x80\xae"}}},
                                           Colour::off);
    EXPECT_EQ(table, "  ID     Name\n"
                     "  a?[2J  x?31m?\n");
    const std::string fitted =
        render_fitted_table({{"ID"}}, {{{"b\r\nc"}}}, {Wrap::no}, Colour::off, 80);
    EXPECT_EQ(fitted, "  ID\n  b??c\n");
}

} // namespace
} // namespace ntnu
