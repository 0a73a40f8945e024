#include "table.hpp"

#include <algorithm>

namespace ntnu {

std::string render_table(const Row& header, const std::vector<Row>& rows, Colour colour,
                         std::size_t indent) {
    std::vector<std::size_t> widths(header.size(), 0);
    const auto measure = [&](const Row& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i].text));
        }
    };
    measure(header);
    std::for_each(rows.begin(), rows.end(), measure);

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

} // namespace ntnu
