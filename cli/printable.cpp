#include "printable.hpp"

namespace ntnu {
namespace {

// The length of the valid UTF-8 sequence starting at `at`, with its code point in `code`; 0 when
// the bytes there are not one (a stray continuation byte, a truncated or overlong sequence, a
// surrogate).
std::size_t utf8_length(std::string_view text, std::size_t at, char32_t& code) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    const unsigned char lead = byte(0);
    std::size_t length = 0;
    code = lead;
    if (lead < 0x80) {
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07u;
    } else {
        return 0;
    }
    if (at + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(k) & 0xC0u) != 0x80u) {
            return 0;
        }
        code = (code << 6) | (byte(k) & 0x3Fu);
    }
    const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return length;
}

} // namespace

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
        const std::size_t length = utf8_length(message, at, code);
        if (line_length == max_line) {
            out += "…";
        }
        if (++line_length <= max_line) {
            // C1 controls (U+0080..U+009F) can start escape sequences too: U+009B is CSI.
            const bool control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
            out += length == 0 || control ? std::string_view("?") : message.substr(at, length);
        }
        at += length == 0 ? 1 : length;
    }
    return out;
}

} // namespace ntnu
