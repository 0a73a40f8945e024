// SPDX-License-Identifier: MIT
#include "printable.hpp"

#include "unsafe_text.hpp"

namespace ntnu {

std::string printable(std::string_view message) {
    constexpr std::size_t max_line = 400;
    std::string out;
    std::size_t line_length = 0; // characters, not bytes
    for (std::size_t at = 0; at < message.size();) {
        const char c = message[at];
        if (c == '\n') {
            out += c;
            line_length = 0;
            ++at;
            continue;
        }
        char32_t code = 0;
        const std::size_t length = utf8_sequence_length(message, at, code);
        if (line_length == max_line) {
            out += "…";
        }
        if (++line_length <= max_line) {
            // C1 controls can start escape sequences too (U+009B is CSI), and a bidirectional
            // override (U+202E) reorders what follows it.
            const bool unsafe = is_unsafe_character(code);
            out += length == 0 || unsafe ? std::string_view("?") : message.substr(at, length);
        }
        at += length == 0 ? 1 : length;
    }
    return out;
}

} // namespace ntnu
