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

enum class Wrap { no, yes };

// Like render_table, but fits `width` columns: the cells of columns marked Wrap::yes wrap onto
// continuation lines, the widest such column giving way first. Lines carry no trailing spaces.
std::string render_fitted_table(const Row& header, const std::vector<Row>& rows,
                                const std::vector<Wrap>& wrap, Colour colour,
                                std::size_t width = output_width, std::size_t indent = 2);

} // namespace ntnu
