// SPDX-License-Identifier: MIT
#pragma once
// Aligned columns for human output, padding by display width before colour is applied.

#include "style.hpp"

#include <string>
#include <vector>

namespace ntnu {

struct Cell {
    std::string text;
    Tone tone = Tone::plain;
};

using Row = std::vector<Cell>;

// Renders rows under a header, each column as wide as its widest cell, indented by `indent`.
std::string render_table(const Row& header, const std::vector<Row>& rows, Colour colour,
                         std::size_t indent = 2);

// Wrap::first: the column wraps before the Wrap::yes ones do, down to its longest word, so a
// column that matters more (a programme's name) keeps its room at narrow widths.
enum class Wrap { no, yes, first };

// Like render_table, but fits `width` columns: the cells of columns marked Wrap::first, then
// Wrap::yes, wrap onto continuation lines, the widest such column giving way first. Lines
// carry no trailing spaces.
std::string render_fitted_table(const Row& header, const std::vector<Row>& rows,
                                const std::vector<Wrap>& wrap, Colour colour,
                                std::size_t width = output_width, std::size_t indent = 2);

// The widest line of `text`, in terminal columns.
std::size_t widest_line(std::string_view text);

// Like render_fitted_table; where wrapping is not enough, the columns of `expendable` go, in
// its order, until the table fits `width` (or none is left to drop). For a narrow terminal:
// what goes is shown elsewhere (`ntnu programme ID` has a programme's years and kind).
std::string render_narrowed_table(Row header, std::vector<Row> rows, std::vector<Wrap> wrap,
                                  const std::vector<std::size_t>& expendable, Colour colour,
                                  std::size_t width = output_width, std::size_t indent = 2);

} // namespace ntnu
