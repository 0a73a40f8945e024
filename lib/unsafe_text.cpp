// SPDX-License-Identifier: MIT
#include "unsafe_text.hpp"

#include <fmt/format.h>

namespace ntnu {

std::size_t utf8_sequence_length(std::string_view text, std::size_t at, char32_t& code) {
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

namespace {

bool is_control(char32_t code) {
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

bool is_bidi_control(char32_t code) {
    return code == 0x061C || code == 0x200E || code == 0x200F ||
           (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069);
}

// U+2028 and U+2029 end a line in JavaScript, in some terminals and in calendar viewers: a
// forged line, as a newline would be.
bool is_separator(char32_t code) {
    return code == 0x2028 || code == 0x2029;
}

// Characters that show nothing: zero-width space, non-joiner and joiner, the word joiner and
// the invisible operators, the Mongolian vowel separator, the zero-width no-break space, and
// the tag characters (U+E0000 to U+E007F, which spell hidden ASCII). Text holding them reads
// the same as text without them, so two names that look alike can differ.
bool is_invisible(char32_t code) {
    return (code >= 0x200B && code <= 0x200D) || (code >= 0x2060 && code <= 0x2064) ||
           code == 0x180E || code == 0xFEFF || (code >= 0xE0000 && code <= 0xE007F);
}

} // namespace

bool is_unsafe_character(char32_t code) {
    return is_control(code) || is_bidi_control(code) || is_separator(code) || is_invisible(code);
}

std::optional<UnsafeCharacter> find_unsafe_character(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        // Printable ASCII is most of every data file: step over it without decoding.
        if (const auto byte = static_cast<unsigned char>(text[at]); byte >= 0x20 && byte < 0x7f) {
            ++at;
            continue;
        }
        char32_t code = 0;
        const std::size_t length = utf8_sequence_length(text, at, code);
        if (length != 0 && is_unsafe_character(code)) {
            return UnsafeCharacter{at, code};
        }
        at += length == 0 ? 1 : length;
    }
    return std::nullopt;
}

std::string escape_unsafe_characters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t code = 0;
        const std::size_t length = utf8_sequence_length(text, at, code);
        if (length != 0 && is_unsafe_character(code)) {
            // TOML's own escapes: \uXXXX, or \UXXXXXXXX beyond U+FFFF (a tag character).
            out += code > 0xFFFF ? fmt::format("\\U{:08X}", static_cast<std::uint32_t>(code))
                                 : fmt::format("\\u{:04X}", static_cast<std::uint32_t>(code));
        } else {
            out.append(text.substr(at, length == 0 ? 1 : length));
        }
        at += length == 0 ? 1 : length;
    }
    return out;
}

std::string replace_unsafe_characters(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t code = 0;
        const std::size_t length = utf8_sequence_length(text, at, code);
        if (length == 0 || is_unsafe_character(code)) {
            out += '?';
        } else {
            out.append(text.substr(at, length));
        }
        at += length == 0 ? 1 : length;
    }
    return out;
}

std::string describe_unsafe_character(char32_t code) {
    const char* kind = is_control(code)     ? "control character"
                       : is_separator(code) ? "line or paragraph separator"
                       : is_invisible(code)
                           ? (code >= 0xE0000 ? "tag character" : "zero-width character")
                           : "bidirectional formatting character";
    return fmt::format("{} U+{:04X}", kind, static_cast<std::uint32_t>(code));
}

} // namespace ntnu
