// SPDX-License-Identifier: MIT
#include "render_timeline.hpp"

#include "render_time.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace ntnu {
namespace {

using date::local_days;
using date::local_seconds;

// A cycle is at most a year long; now stays off the axis when including it would stretch it.
constexpr date::days at_most_a_year{366};

constexpr std::string_view month_glyph = "═";
constexpr std::string_view now_glyph = "▲";
constexpr std::string_view now_guide = "┊";

local_days month_floor(local_seconds t) {
    const date::year_month_day ymd{date::floor<date::days>(t)};
    return local_days{ymd.year() / ymd.month() / 1};
}

local_days next_month(local_days day) {
    const date::year_month_day ymd{day};
    return local_days{(ymd.year() / ymd.month() + date::months{1}) / 1};
}

local_days month_ceil(local_seconds t) {
    const local_days floor = month_floor(t);
    return local_seconds{floor} == t ? floor : next_month(floor);
}

// Where a mark ends on the axis: a month mark covers its whole month.
local_seconds mark_end(const TimelineMark& mark) {
    return mark.span == MarkSpan::month ? local_seconds{next_month(month_floor(mark.at))} : mark.at;
}

std::vector<std::string> code_points(std::string_view text) {
    std::vector<std::string> out;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u || out.empty()) {
            out.emplace_back(1, c);
        } else {
            out.back() += c;
        }
    }
    return out;
}

// The text cut to `columns` columns, ending in "…" when something was cut. Columns as the
// terminal shows them: a wide character takes two, a combining mark none.
std::string fit(std::string_view text, std::size_t columns) {
    if (display_width(text) <= columns) {
        return std::string(text);
    }
    if (columns == 0) {
        return "";
    }
    std::string out;
    std::size_t used = 0;
    for (const auto& point : code_points(text)) {
        const std::size_t width = display_width(point);
        if (used + width + 1 > columns) {
            break;
        }
        out += point;
        used += width;
    }
    return out + "…";
}

// One line as a row of cells, so text can be placed by column before colour is added.
class Canvas {
public:
    explicit Canvas(std::size_t width) : glyphs_(width, " "), tones_(width, Tone::plain) {}

    std::size_t width() const { return glyphs_.size(); }

    // Writes text from `column` on; whatever falls beyond the right edge is dropped. A cell is
    // one terminal column: a wide character fills two (the second left empty), a combining
    // mark joins the character before it.
    void put(std::size_t column, std::string_view text, Tone tone) {
        for (auto& point : code_points(text)) {
            const std::size_t width = display_width(point);
            if (width == 0 && column > 0 && column <= glyphs_.size()) {
                glyphs_[column - 1] += point;
                continue;
            }
            if (column + std::max<std::size_t>(width, 1) > glyphs_.size()) {
                return;
            }
            glyphs_[column] = std::move(point);
            tones_[column] = tone;
            ++column;
            if (width == 2) {
                glyphs_[column].clear();
                tones_[column] = tone;
                ++column;
            }
        }
    }

    bool blank(std::size_t column) const {
        return column < glyphs_.size() && glyphs_[column] == " ";
    }

    // The line, without trailing blanks, each run of one tone painted once.
    std::string render(Colour colour) const {
        std::size_t end = glyphs_.size();
        while (end > 0 && glyphs_[end - 1] == " ") {
            --end;
        }
        std::string out;
        std::size_t i = 0;
        while (i < end) {
            std::size_t j = i;
            std::string run;
            while (j < end && (tones_[j] == tones_[i] || glyphs_[j] == " ")) {
                run += glyphs_[j];
                ++j;
            }
            // A run's trailing blanks stay unpainted, so colour never runs past the text.
            std::size_t text_end = run.size();
            while (text_end > 0 && run[text_end - 1] == ' ') {
                --text_end;
            }
            out += paint(std::string_view(run).substr(0, text_end), tones_[i], colour);
            out += run.substr(text_end);
            i = j;
        }
        return out;
    }

private:
    std::vector<std::string> glyphs_;
    std::vector<Tone> tones_;
};

enum class Side { right, left };

struct Placement {
    Side side = Side::right;
    std::vector<std::string> lines; // the label, wrapped onto more lines only when it must be
    std::string aside;              // empty when it does not fit
};

struct Rooms {
    std::size_t right = 0;
    std::size_t left = 0;
};

// The columns free for a label right and left of a marker occupying [first, last].
Rooms rooms_beside(std::size_t first, std::size_t last, std::size_t width) {
    return {last + 2 < width ? width - (last + 2) : 0,
            first >= timeline_gutter + 2 ? first - 1 - timeline_gutter : 0};
}

bool fits_beside(std::string_view label, std::size_t first, std::size_t last, std::size_t width) {
    const Rooms room = rooms_beside(first, last, width);
    return display_width(label) <= std::max(room.right, room.left);
}

// Puts a label beside a marker that occupies columns [first, last]: to the right where it
// fits, else to the left. When room runs short the aside goes first; then the label wraps
// onto continuation lines on the roomier side, losing no words.
Placement place_label(const std::string& label, const std::string& aside, std::size_t first,
                      std::size_t last, std::size_t width) {
    const Rooms room = rooms_beside(first, last, width);
    const std::size_t with_aside =
        display_width(label) + (aside.empty() ? 0 : 1 + display_width(aside));
    if (!aside.empty()) {
        if (with_aside <= room.right) {
            return {Side::right, {label}, aside};
        }
        if (with_aside <= room.left) {
            return {Side::left, {label}, aside};
        }
    }
    if (display_width(label) <= room.right) {
        return {Side::right, {label}, ""};
    }
    if (display_width(label) <= room.left) {
        return {Side::left, {label}, ""};
    }
    const Side side = room.right >= room.left ? Side::right : Side::left;
    const std::size_t widest = std::max<std::size_t>(std::max(room.right, room.left), 1);
    Placement p{side, wrap_text(label, widest), ""};
    for (auto& line : p.lines) {
        line = fit(line, widest); // a single word wider than the room
    }
    return p;
}

// Draws a placed label onto `rows`, adding continuation rows as needed.
void draw_label(std::vector<Canvas>& rows, const Placement& p, std::size_t first, std::size_t last,
                Tone tone, Tone aside_tone) {
    const std::size_t width = rows.front().width();
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
        if (i >= rows.size()) {
            rows.emplace_back(width);
        }
        const std::string& text = p.lines[i];
        const bool with_aside = i == 0 && !p.aside.empty();
        const std::size_t total =
            display_width(text) + (with_aside ? 1 + display_width(p.aside) : 0);
        const std::size_t start = p.side == Side::right ? last + 2 : first - 1 - total;
        rows[i].put(start, text, tone);
        if (with_aside) {
            rows[i].put(start + display_width(text) + 1, p.aside, aside_tone);
        }
    }
}

} // namespace

AxisSpan timeline_span(const std::vector<TimelineMark>& marks, local_seconds now) {
    local_seconds lo = now;
    local_seconds hi = now;
    if (!marks.empty()) {
        lo = marks.front().at;
        hi = mark_end(marks.front());
        for (const auto& mark : marks) {
            lo = std::min(lo, mark.at);
            hi = std::max(hi, mark_end(mark));
        }
        if (std::max(hi, now) - std::min(lo, now) <= at_most_a_year) {
            lo = std::min(lo, now);
            hi = std::max(hi, now);
        }
    }
    AxisSpan span{month_floor(lo), month_ceil(hi)};
    if (span.end <= span.begin) {
        span.end = next_month(span.begin);
    }
    return span;
}

std::vector<local_days> month_starts(local_days from, local_days to) {
    std::vector<local_days> out;
    for (local_days day = month_ceil(local_seconds{from}); day <= to; day = next_month(day)) {
        out.push_back(day);
    }
    return out;
}

std::size_t axis_column(local_seconds t, const AxisSpan& span, std::size_t columns) {
    if (columns == 0) {
        return 0;
    }
    const local_seconds begin{span.begin};
    const local_seconds end{span.end};
    if (t <= begin || end <= begin) {
        return 0;
    }
    if (t >= end) {
        return columns - 1;
    }
    const long long num = (t - begin).count() * static_cast<long long>(columns - 1);
    const long long den = (end - begin).count();
    return static_cast<std::size_t>((num + den / 2) / den);
}

std::vector<std::string> layout_timeline(const std::vector<TimelineMark>& unsorted,
                                         const NowMark& now, std::size_t width, Colour colour,
                                         const Language& lang) {
    std::vector<TimelineMark> marks = unsorted;
    std::stable_sort(marks.begin(), marks.end(),
                     [](const TimelineMark& a, const TimelineMark& b) { return a.at < b.at; });
    const AxisSpan span = timeline_span(marks, now.at);
    const std::size_t columns = width > timeline_gutter ? width - timeline_gutter : 1;
    const auto column = [&](local_seconds t) {
        return timeline_gutter + axis_column(t, span, columns);
    };

    // Years above the first month and above each January; month names above their ticks.
    Canvas years(width);
    Canvas names(width);
    Canvas axis(width);
    std::size_t years_free = 0;
    std::size_t names_free = 0;
    const auto ticks = month_starts(span.begin, span.end);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const std::size_t c = column(local_seconds{ticks[i]});
        const date::year_month_day ymd{ticks[i]};
        if (ticks[i] == span.end) {
            continue; // the end tick closes the last month; it starts nothing shown
        }
        const std::string year = fmt::format("{}", static_cast<int>(ymd.year()));
        if ((i == 0 || ymd.month() == date::January) && c >= years_free &&
            c + year.size() <= width) {
            years.put(c, year, Tone::dim);
            years_free = c + year.size() + 1;
        }
        const std::string name = short_month(ymd.month(), lang);
        if (c >= names_free && c + display_width(name) <= width) {
            names.put(c, name, Tone::heading);
            names_free = c + display_width(name) + 1;
        }
    }
    for (std::size_t c = timeline_gutter; c < width; ++c) {
        axis.put(c, "─", Tone::dim);
    }
    for (const auto& tick : ticks) {
        axis.put(column(local_seconds{tick}), "┼", Tone::dim);
    }
    axis.put(timeline_gutter, "├", Tone::dim);
    axis.put(width - 1, "┤", Tone::dim);

    // You are here: under the axis, or at an edge with words when now is outside the cycle.
    std::vector<Canvas> here{Canvas(width)};
    const bool now_on_axis =
        local_seconds{span.begin} <= now.at && now.at <= local_seconds{span.end};
    const std::size_t now_column = column(now.at);
    if (now_on_axis) {
        here.front().put(now_column, now_glyph, Tone::warn);
        draw_label(here,
                   place_label(lang.format(Msg::timeline_now, fmt::arg("time", now.label)),
                               now.aside, now_column, now_column, width),
                   now_column, now_column, Tone::warn, Tone::dim);
    } else if (now.at < local_seconds{span.begin}) {
        here.front().put(
            timeline_gutter,
            fit(lang.format(Msg::timeline_now_before, fmt::arg("time", now.label)), columns),
            Tone::warn);
    } else {
        const std::string text =
            fit(lang.format(Msg::timeline_now_after, fmt::arg("time", now.label)), columns);
        here.front().put(width - display_width(text), text, Tone::warn);
    }

    std::vector<std::string> lines{years.render(colour), names.render(colour), axis.render(colour)};
    for (const auto& canvas : here) {
        lines.push_back(canvas.render(colour));
    }
    const auto marker_columns = [&](const TimelineMark& mark) {
        const std::size_t first = column(mark.at);
        const std::size_t last =
            mark.span == MarkSpan::month
                ? std::max(first, column(local_seconds{next_month(month_floor(mark.at))}))
                : first;
        return std::pair{first, last};
    };
    const std::string past_words = lang.format(Msg::timeline_past);
    const auto suffix = [&](const TimelineMark& mark) {
        return mark.past == Past::yes ? " " + past_words : std::string();
    };
    // Where one row needs its short label, every row takes its own: one wording throughout.
    bool use_short = false;
    for (const auto& mark : marks) {
        const auto [first, last] = marker_columns(mark);
        use_short = use_short || (!mark.short_label.empty() &&
                                  !fits_beside(mark.label + suffix(mark), first, last, width));
    }
    for (const auto& mark : marks) {
        std::vector<Canvas> rows{Canvas(width)};
        const bool past = mark.past == Past::yes;
        const bool applies = mark.applies == Applies::yes;
        const bool step = mark.kind == MarkKind::step;
        const Tone tone = past      ? Tone::dim
                          : applies ? Tone::emphasis
                          : step    ? Tone::good
                                    : Tone::plain;
        if (applies) {
            rows.front().put(0, ">", Tone::emphasis);
        }
        const auto [first, last] = marker_columns(mark);
        if (mark.span == MarkSpan::month) {
            for (std::size_t c = first; c <= last; ++c) {
                rows.front().put(c, month_glyph, tone);
            }
        } else {
            rows.front().put(
                first,
                step ? (past ? timeline_past_step_glyph : timeline_step_glyph)
                     : (past ? timeline_past_milestone_glyph : timeline_milestone_glyph),
                tone);
        }
        // A past mark's other clock matters no more; "(past)" says enough.
        const std::string& label =
            use_short && !mark.short_label.empty() ? mark.short_label : mark.label;
        draw_label(rows,
                   place_label(label + suffix(mark), past ? "" : mark.aside, first, last, width),
                   first, last, tone, Tone::dim);
        for (auto& row : rows) {
            // The guide keeps clear of neighbours, so it never touches a marker or a word.
            if (now_on_axis && row.blank(now_column) &&
                (now_column == 0 || row.blank(now_column - 1)) &&
                (now_column + 1 >= width || row.blank(now_column + 1))) {
                row.put(now_column, now_guide, Tone::dim);
            }
            lines.push_back(row.render(colour));
        }
    }
    return lines;
}

} // namespace ntnu
