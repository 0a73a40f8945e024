// SPDX-License-Identifier: MIT
#pragma once
// The timeline's layout: milestones on a month axis, as lines that fit a terminal. Pure: the
// caller turns instants into the axis' local time (Norwegian time) and decides what is past.

#include "language.hpp"
#include "style.hpp"

#include <date/date.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

enum class Applies { no, yes };          // the milestone is the applicant's own: highlighted
enum class Past { no, yes };             // already closed (or opened): dimmed and marked
enum class MarkSpan { at, month };       // an instant, or a whole month whose day is not known
enum class MarkKind { milestone, step }; // a deadline, or a dated step after the application

// The markers of the rows below the axis, upcoming and past: a deadline, a step.
inline constexpr std::string_view timeline_milestone_glyph = "●";
inline constexpr std::string_view timeline_past_milestone_glyph = "○";
inline constexpr std::string_view timeline_step_glyph = "◆";
inline constexpr std::string_view timeline_past_step_glyph = "◇";

// One row of the timeline below the axis.
struct TimelineMark {
    date::local_seconds at{}; // on the axis' clock; a month mark gives its first day
    MarkSpan span = MarkSpan::at;
    std::string label;       // "1 Dec 23:59 non-EU/EEA deadline"
    std::string aside;       // shown after the label only where it fits: "(2 Dec 04:29 IST)"
    std::string short_label; // for every row, when one row's label fits on neither side
    Applies applies = Applies::no;
    Past past = Past::no;
    MarkKind kind = MarkKind::milestone; // a step's marker has its own glyph and tone
};

// The "you are here" mark.
struct NowMark {
    date::local_seconds at{};
    std::string label; // "Fri 27 Nov 13:00"
    std::string aside; // "(18:30 IST)", where it fits
};

// The whole months the axis covers: [begin, end), both first days of a month.
struct AxisSpan {
    date::local_days begin{};
    date::local_days end{};
};

// The columns left of the axis: "> " marks a highlighted row there.
inline constexpr std::size_t timeline_gutter = 2;

// The months from the earliest mark to the end of the latest; now joins them when the axis
// then still spans at most a year, so a cycle far from now is not squeezed into a corner.
AxisSpan timeline_span(const std::vector<TimelineMark>& marks, date::local_seconds now);

// The first day of every month from `from` to `to`, both included.
std::vector<date::local_days> month_starts(date::local_days from, date::local_days to);

// The column (0 to columns - 1) of a time on an axis of `columns` columns; clamped to the ends.
std::size_t axis_column(date::local_seconds t, const AxisSpan& span, std::size_t columns);

// The timeline: year and month labels, the axis, the now mark, then one row per mark in time
// order. Every line is at most `width` columns; without colour, ">" and the marker glyphs
// still show what applies, what is past, and which rows are steps rather than deadlines.
std::vector<std::string> layout_timeline(const std::vector<TimelineMark>& marks, const NowMark& now,
                                         std::size_t width, Colour colour,
                                         const Language& lang = Language{});

} // namespace ntnu
