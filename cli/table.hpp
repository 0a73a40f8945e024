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

} // namespace ntnu
