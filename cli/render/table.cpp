// SPDX-License-Identifier: MIT
#include "table.hpp"

#include "unsafe_text.hpp"

#include <algorithm>

namespace ntnu {
namespace {

// A row whose text can go to a terminal: data text reaches it here, and no control or
// bidirectional character may (the loader refuses them; this catches what slips past).
Row shown_safely(const Row& row) {
    Row out = row;
    for (auto& cell : out) {
        if (find_unsafe_character(cell.text)) {
            cell.text = replace_unsafe_characters(cell.text);
        }
    }
    return out;
}

std::vector<Row> shown_safely(const std::vector<Row>& rows) {
    std::vector<Row> out;
    out.reserve(rows.size());
    for (const auto& row : rows) {
        out.push_back(shown_safely(row));
    }
    return out;
}

// Each column's width: its widest cell, the header's included.
std::vector<std::size_t> column_widths(const Row& header, const std::vector<Row>& rows) {
    std::vector<std::size_t> widths(header.size(), 0);
    const auto measure = [&](const Row& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i].text));
        }
    };
    measure(header);
    std::for_each(rows.begin(), rows.end(), measure);
    return widths;
}

// The table of rows already made safe to show, with the given column widths.
std::string render_safe_table(const Row& header, const std::vector<Row>& rows,
                              const std::vector<std::size_t>& widths, Colour colour,
                              std::size_t indent) {
    std::string out;
    const auto emit = [&](const Row& row, bool is_header) {
        std::string line(indent, ' ');
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            const bool last = i + 1 == row.size();
            line += paint(row[i].text, is_header ? Tone::heading : row[i].tone, colour);
            if (!last) {
                line += std::string(widths[i] - display_width(row[i].text) + 2, ' ');
            }
        }
        out += line + "\n";
    };
    emit(header, true);
    for (const auto& row : rows) {
        emit(row, false);
    }
    return out;
}

} // namespace

std::string render_table(const Row& given_header, const std::vector<Row>& given_rows, Colour colour,
                         std::size_t indent) {
    const Row header = shown_safely(given_header);
    const std::vector<Row> rows = shown_safely(given_rows);
    return render_safe_table(header, rows, column_widths(header, rows), colour, indent);
}

std::string render_fitted_table(const Row& given_header, const std::vector<Row>& given_rows,
                                const std::vector<Wrap>& wrap, Colour colour, std::size_t width,
                                std::size_t indent) {
    const Row header = shown_safely(given_header);
    const std::vector<Row> rows = shown_safely(given_rows);
    std::vector<std::size_t> widths = column_widths(header, rows);
    const auto wraps = [&](std::size_t i) { return i < wrap.size() && wrap[i] != Wrap::no; };
    const auto wraps_first = [&](std::size_t i) {
        return i < wrap.size() && wrap[i] == Wrap::first;
    };

    // Narrower than this, a wrapped column is harder to read than a wide table.
    constexpr std::size_t min_wrapped_width = 12;
    std::size_t total = indent + 2 * (widths.empty() ? 0 : widths.size() - 1);
    for (const auto w : widths) {
        total += w;
    }
    // A wrapped column is never narrower than its longest word, which wrapping keeps whole:
    // shrinking it below that would leave the table wider than measured here.
    std::vector<std::size_t> floors(widths.size(), min_wrapped_width);
    for (std::size_t i = 0; i < floors.size(); ++i) {
        if (wraps_first(i)) {
            floors[i] = 1;
        }
        // The header is never wrapped: a column is never narrower than its heading.
        if (i < header.size()) {
            floors[i] = std::max(floors[i], display_width(header[i].text));
        }
    }
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size() && i < floors.size(); ++i) {
            if (wraps(i)) {
                for (const auto& word : wrap_text(row[i].text, 1)) {
                    floors[i] = std::max(floors[i], display_width(word));
                }
            }
        }
    }
    while (total > width) {
        std::size_t widest = widths.size();
        // The Wrap::first columns give way first; only when none can, the others.
        for (const bool first : {true, false}) {
            for (std::size_t i = 0; i < widths.size(); ++i) {
                if (wraps(i) && wraps_first(i) == first && widths[i] > floors[i] &&
                    (widest == widths.size() || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest != widths.size()) {
                break;
            }
        }
        if (widest == widths.size()) {
            break;
        }
        --widths[widest];
        --total;
    }

    std::vector<Row> lines;
    for (const auto& row : rows) {
        std::vector<std::vector<std::string>> parts(row.size());
        std::size_t height = 1;
        for (std::size_t i = 0; i < row.size(); ++i) {
            parts[i] = wraps(i) && i < widths.size() ? wrap_text(row[i].text, widths[i])
                                                     : std::vector<std::string>{row[i].text};
            height = std::max(height, parts[i].size());
        }
        for (std::size_t line = 0; line < height; ++line) {
            Row out;
            for (std::size_t i = 0; i < row.size(); ++i) {
                out.push_back({line < parts[i].size() ? parts[i][line] : "", row[i].tone});
            }
            lines.push_back(std::move(out));
        }
    }
    // Empty trailing cells leave padding behind them; nobody wants to see it in a diff.
    // Measured again: a wrapped column is as wide as its widest piece, which may be narrower.
    const std::string table =
        render_safe_table(header, lines, column_widths(header, lines), colour, indent);
    std::string out;
    std::size_t start = 0;
    while (start < table.size()) {
        const auto end = table.find('\n', start);
        std::string line = table.substr(start, end - start);
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        out += line + "\n";
        start = end == std::string::npos ? table.size() : end + 1;
    }
    return out;
}

std::size_t widest_line(std::string_view text) {
    std::size_t widest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, display_width(text.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

std::string render_narrowed_table(Row header, std::vector<Row> rows, std::vector<Wrap> wrap,
                                  const std::vector<std::size_t>& expendable, Colour colour,
                                  std::size_t width, std::size_t indent) {
    // The original index of each column still shown.
    std::vector<std::size_t> shown(header.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        shown[i] = i;
    }
    std::string table = render_fitted_table(header, rows, wrap, colour, width, indent);
    for (const std::size_t column : expendable) {
        if (widest_line(table) <= width) {
            break;
        }
        const auto at = std::find(shown.begin(), shown.end(), column);
        if (at == shown.end()) {
            continue;
        }
        const auto i = static_cast<std::ptrdiff_t>(at - shown.begin());
        shown.erase(at);
        header.erase(header.begin() + i);
        for (auto& row : rows) {
            if (static_cast<std::size_t>(i) < row.size()) {
                row.erase(row.begin() + i);
            }
        }
        if (static_cast<std::size_t>(i) < wrap.size()) {
            wrap.erase(wrap.begin() + i);
        }
        table = render_fitted_table(header, rows, wrap, colour, width, indent);
    }
    return table;
}

} // namespace ntnu
