// SPDX-License-Identifier: MIT
#include "render_timeline.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace ntnu {
namespace {

using date::local_days;
using date::local_seconds;
using namespace date::literals;
using namespace std::chrono_literals;

local_seconds at(date::year_month_day day, std::chrono::minutes time = 0min) {
    return local_seconds{local_days{day}} + time;
}

// The display column where `needle` starts in a line, or npos: code points, not bytes.
std::size_t column_of(std::string_view line, std::string_view needle) {
    const auto byte = line.find(needle);
    if (byte == std::string_view::npos) {
        return std::string_view::npos;
    }
    return display_width(line.substr(0, byte));
}

// The index of the first line containing `needle`, or npos.
std::size_t line_of(const std::vector<std::string>& lines, std::string_view needle) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].find(needle) != std::string::npos) {
            return i;
        }
    }
    return std::string::npos;
}

TimelineMark mark(local_seconds when, std::string label, Applies applies = Applies::no,
                  Past past = Past::no) {
    TimelineMark m;
    m.at = when;
    m.label = std::move(label);
    m.applies = applies;
    m.past = past;
    return m;
}

// The master's cycle for autumn 2027, as `ntnu timeline` builds it, in a shuffled order.
std::vector<TimelineMark> master_cycle() {
    std::vector<TimelineMark> marks{
        mark(at(2027_y / date::April / 15, 23h + 59min), "15 Apr 23:59* Nordic deadline"),
        mark(at(2026_y / date::December / 1, 23h + 59min), "1 Dec 23:59* non-EU/EEA deadline",
             Applies::yes),
        mark(at(2027_y / date::March / 1, 23h + 59min), "1 Mar 23:59* EU/EEA/Swiss deadline"),
        mark(at(2026_y / date::October / 1), "~1 Oct 00:00* non-EU/EEA applications open",
             Applies::yes, Past::yes),
        mark(at(2027_y / date::February / 1), "1 Feb 00:00* Nordic applications open"),
    };
    marks[1].aside = "(2 Dec 04:29 IST)";
    TimelineMark start;
    start.at = at(2027_y / date::August / 1);
    start.span = MarkSpan::month;
    start.label = "Aug: autumn semester starts";
    marks.insert(marks.begin() + 2, start);
    return marks;
}

const NowMark now_27_nov{at(2026_y / date::November / 27, 13h), "Fri 27 Nov 2026 13:00 CET",
                         "(27 Nov 17:30 IST)"};

TEST(MonthStarts, EveryFirstDayBetweenBothEndsIncluded) {
    const auto months = month_starts(local_days{2026_y / date::October / 1},
                                     local_days{2027_y / date::September / 1});
    ASSERT_EQ(months.size(), 12u);
    EXPECT_EQ(months.front(), local_days{2026_y / date::October / 1});
    EXPECT_EQ(months[3], local_days{2027_y / date::January / 1}); // across the turn of the year
    EXPECT_EQ(months.back(), local_days{2027_y / date::September / 1});
}

TEST(MonthStarts, StartsAtTheNextFirstDayWhenFromIsMidMonth) {
    const auto months = month_starts(local_days{2026_y / date::November / 27},
                                     local_days{2027_y / date::January / 31});
    ASSERT_EQ(months.size(), 2u);
    EXPECT_EQ(months.front(), local_days{2026_y / date::December / 1});
}

TEST(TimelineSpan, WholeMonthsFromEarliestMarkToTheEndOfTheSemesterMonth) {
    const auto span = timeline_span(master_cycle(), now_27_nov.at);
    EXPECT_EQ(span.begin, local_days{2026_y / date::October / 1});
    EXPECT_EQ(span.end, local_days{2027_y / date::September / 1});
}

TEST(TimelineSpan, NowBeforeTheFirstMarkJoinsWhenTheAxisStaysWithinAYear) {
    std::vector<TimelineMark> marks{mark(at(2027_y / date::March / 1, 23h + 59min), "a"),
                                    mark(at(2027_y / date::April / 15, 23h + 59min), "b")};
    EXPECT_EQ(timeline_span(marks, now_27_nov.at).begin, local_days{2026_y / date::November / 1});
    // A year and more away: now stays off the axis rather than squeezing the cycle.
    EXPECT_EQ(timeline_span(marks, at(2025_y / date::November / 27)).begin,
              local_days{2027_y / date::March / 1});
}

TEST(AxisColumn, EndsAndMiddleAndClamping) {
    const AxisSpan span{local_days{2027_y / date::January / 1},
                        local_days{2027_y / date::March / 1}};
    EXPECT_EQ(axis_column(local_seconds{span.begin}, span, 79), 0u);
    EXPECT_EQ(axis_column(local_seconds{span.end}, span, 79), 78u);
    // 1 Feb is 31 of 59 days in: 31/59 * 78 = 40.98, rounded to 41.
    EXPECT_EQ(axis_column(at(2027_y / date::February / 1), span, 79), 41u);
    EXPECT_EQ(axis_column(at(2026_y / date::June / 1), span, 79), 0u);
    EXPECT_EQ(axis_column(at(2028_y / date::June / 1), span, 79), 78u);
}

TEST(LayoutTimeline, EveryLineFitsEightyColumns) {
    for (const Colour colour : {Colour::off, Colour::on}) {
        const auto lines = layout_timeline(master_cycle(), now_27_nov, 80, colour);
        for (const auto& line : lines) {
            if (colour == Colour::off) {
                EXPECT_LE(display_width(line), 80u) << line;
            }
            EXPECT_EQ(line.find('\n'), std::string::npos);
        }
    }
}

TEST(LayoutTimeline, WideAndCombiningCharactersTakeTheirColumns) {
    // A programme's name in the data may be Chinese: 44 wide characters are 88 columns, one word
    // that must be shortened by its columns, not its characters.
    auto marks = master_cycle();
    std::string wide = "20 May ";
    for (int i = 0; i < 22; ++i) {
        wide += "中文";
    }
    marks.push_back(mark(at(2027_y / date::May / 20), wide));
    marks.push_back(mark(at(2027_y / date::June / 1), "1 Jun Bjo\u0308rn's ste\u0301p"));
    const auto lines = layout_timeline(marks, now_27_nov, 80, Colour::off);
    for (const auto& line : lines) {
        EXPECT_LE(display_width(line), 80u) << line;
    }
    const auto row = line_of(lines, "Bjo\u0308rn");
    ASSERT_NE(row, std::string::npos);
    // The combining marks stay with their letters and the row ends where its width says.
    EXPECT_NE(lines[row].find("ste\u0301p"), std::string::npos);
    EXPECT_NE(line_of(lines, "中文"), std::string::npos);
}

TEST(LayoutTimeline, LongLabelsStillFitByWrappingOrShortening) {
    std::vector<TimelineMark> marks;
    for (int month = 1; month <= 12; ++month) {
        auto m = mark(at(2027_y / date::month(month) / 15, 23h + 59min),
                      "15 Xxx 23:59* a label long enough that it fits on neither side of its "
                      "marker at all");
        m.aside = "(16 Xxx 04:29 IST)";
        marks.push_back(m);
    }
    marks[3].short_label = "short";
    const auto lines = layout_timeline(marks, now_27_nov, 80, Colour::off);
    for (const auto& line : lines) {
        EXPECT_LE(display_width(line), 80u) << line;
    }
    EXPECT_NE(line_of(lines, "short"), std::string::npos);
    // No word is lost: the long labels wrap onto continuation lines.
    EXPECT_NE(line_of(lines, "marker at all"), std::string::npos);
}

TEST(LayoutTimeline, NowMarkSitsAtNowsColumn) {
    const auto marks = master_cycle();
    const auto lines = layout_timeline(marks, now_27_nov, 80, Colour::off);
    const auto span = timeline_span(marks, now_27_nov.at);
    const std::size_t expected = timeline_gutter + axis_column(now_27_nov.at, span, 80 - 2);
    const auto row = line_of(lines, "▲");
    ASSERT_NE(row, std::string::npos);
    EXPECT_EQ(column_of(lines[row], "▲"), expected);
    EXPECT_NE(lines[row].find("now, Fri 27 Nov 2026 13:00 CET"), std::string::npos);
    // 27 Nov lies between the Nov and Dec ticks of the axis line just above.
    const auto axis = lines[row - 1];
    EXPECT_LT(column_of(lines[row - 2], "Nov"), expected);
    EXPECT_GT(column_of(lines[row - 2], "Dec"), expected);
    EXPECT_NE(axis.find("┼"), std::string::npos);
}

TEST(LayoutTimeline, NowOutsideTheCycleIsSaidInWords) {
    const NowMark early{at(2025_y / date::March / 3, 12h), "Mon 3 Mar 2025 12:00 CET", ""};
    const auto lines = layout_timeline(master_cycle(), early, 80, Colour::off);
    EXPECT_NE(line_of(lines, "◀ now, Mon 3 Mar 2025 12:00 CET: before this cycle"),
              std::string::npos);
    EXPECT_EQ(line_of(lines, "▲"), std::string::npos);

    const NowMark late{at(2028_y / date::October / 3, 12h), "Tue 3 Oct 2028 12:00 CEST", ""};
    const auto after = layout_timeline(master_cycle(), late, 80, Colour::off);
    const auto row = line_of(after, "after this cycle");
    ASSERT_NE(row, std::string::npos);
    EXPECT_EQ(display_width(after[row]), 80u); // flush with the right edge
}

TEST(LayoutTimeline, MarksAreRowsInTimeOrderWithTheirMarkersAtTheirColumns) {
    const auto marks = master_cycle();
    const auto lines = layout_timeline(marks, now_27_nov, 80, Colour::off);
    const auto span = timeline_span(marks, now_27_nov.at);
    const std::vector<std::string_view> in_order{"applications open",        "non-EU/EEA deadline",
                                                 "Nordic applications open", "EU/EEA/Swiss",
                                                 "Nordic deadline",          "semester starts"};
    std::size_t previous = 0;
    for (const auto label : in_order) {
        const auto row = line_of(lines, label);
        ASSERT_NE(row, std::string::npos) << label;
        EXPECT_GT(row, previous) << label;
        previous = row;
    }
    const auto dec = lines[line_of(lines, "non-EU/EEA deadline")];
    EXPECT_EQ(column_of(dec, "●"),
              timeline_gutter + axis_column(at(2026_y / date::December / 1, 23h + 59min), span,
                                            80 - timeline_gutter));
}

TEST(LayoutTimeline, HighlightAndPastShowWithoutColour) {
    const auto lines = layout_timeline(master_cycle(), now_27_nov, 80, Colour::off);
    const auto dec = lines[line_of(lines, "non-EU/EEA deadline")];
    EXPECT_EQ(dec.rfind("> ", 0), 0u) << dec;
    EXPECT_NE(dec.find("●"), std::string::npos);
    EXPECT_NE(dec.find("(2 Dec 04:29 IST)"), std::string::npos);
    const auto opens = lines[line_of(lines, "applications open (past)")];
    EXPECT_EQ(opens.rfind("> ", 0), 0u);
    EXPECT_NE(opens.find("○"), std::string::npos);
    const auto eu = lines[line_of(lines, "EU/EEA/Swiss")];
    EXPECT_NE(eu.rfind("> ", 0), 0u);
    EXPECT_EQ(eu.find("(past)"), std::string::npos);
    for (const auto& line : lines) {
        EXPECT_EQ(line.find('\x1b'), std::string::npos) << line;
    }
}

TEST(LayoutTimeline, ColourOnlyAddsEscapesAroundTheSameText) {
    const auto plain = layout_timeline(master_cycle(), now_27_nov, 80, Colour::off);
    const auto coloured = layout_timeline(master_cycle(), now_27_nov, 80, Colour::on);
    ASSERT_EQ(plain.size(), coloured.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        std::string stripped;
        for (std::size_t j = 0; j < coloured[i].size(); ++j) {
            if (coloured[i][j] == '\x1b') {
                j = coloured[i].find('m', j);
                continue;
            }
            stripped += coloured[i][j];
        }
        EXPECT_EQ(stripped, plain[i]);
    }
}

TEST(LayoutTimeline, AMonthMarkCoversItsWholeMonth) {
    const auto marks = master_cycle();
    const auto lines = layout_timeline(marks, now_27_nov, 80, Colour::off);
    const auto span = timeline_span(marks, now_27_nov.at);
    const auto row = lines[line_of(lines, "semester starts")];
    const std::size_t from = timeline_gutter + axis_column(at(2027_y / date::August / 1), span, 78);
    EXPECT_EQ(column_of(row, "═"), from);
    EXPECT_EQ(display_width(row), 80u); // to the end of August, the end of the axis
}

// A dated step after the application: its own marker, never the applicant's ">" (that marks
// the deadlines), hollow once past; upcoming steps are green where colour is on.
TEST(LayoutTimeline, StepsHaveTheirOwnMarkerDistinctFromDeadlines) {
    auto marks = master_cycle();
    auto step = mark(at(2027_y / date::July / 20), "~20 Jul: Main admission: the answer");
    step.kind = MarkKind::step;
    auto past =
        mark(at(2026_y / date::October / 20), "20 Oct: an earlier step", Applies::no, Past::yes);
    past.kind = MarkKind::step;
    marks.push_back(step);
    marks.push_back(past);
    const auto lines = layout_timeline(marks, now_27_nov, 80, Colour::off);
    const auto span = timeline_span(marks, now_27_nov.at);
    const auto row = lines[line_of(lines, "Main admission")];
    EXPECT_EQ(column_of(row, timeline_step_glyph),
              timeline_gutter + axis_column(at(2027_y / date::July / 20), span, 78));
    EXPECT_EQ(row.find(timeline_milestone_glyph), std::string::npos);
    EXPECT_NE(row.rfind("> ", 0), 0u);
    const auto earlier = lines[line_of(lines, "an earlier step (past)")];
    EXPECT_NE(earlier.find(timeline_past_step_glyph), std::string::npos);
    for (const auto& line : lines) {
        EXPECT_LE(display_width(line), 80u) << line;
    }
    const auto coloured = layout_timeline(marks, now_27_nov, 80, Colour::on);
    EXPECT_NE(coloured[line_of(coloured, "Main admission")].find("\x1b[32m"), std::string::npos);
}
} // namespace
} // namespace ntnu
