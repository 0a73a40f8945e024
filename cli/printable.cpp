#include "printable.hpp"

namespace ntnu {

std::string printable(std::string_view message) {
    constexpr std::size_t max_line = 400;
    std::string out;
    std::size_t line_length = 0;
    for (const char c : message) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') {
            out += c;
            line_length = 0;
            continue;
        }
        if (line_length == max_line) {
            out += "…";
        }
        if (++line_length > max_line) {
            continue;
        }
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return out;
}

} // namespace ntnu
