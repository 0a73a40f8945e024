// SPDX-License-Identifier: MIT
#pragma once
// Characters that must never reach a terminal or a calendar from a data file or an argument:
// control characters, which start escape sequences or forge lines, the bidirectional
// formatting characters, which reorder what is shown (U+202E turns "exe.txt" into "txt.exe"),
// the line and paragraph separators, and the characters that show nothing at all.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

// The length of the valid UTF-8 sequence starting at `at`, with its code point in `code`; 0 when
// the bytes there are not one (a stray continuation byte, a truncated or overlong sequence, a
// surrogate).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at, char32_t& code);

// True for C0 controls (newline and tab included), DEL, C1 controls (U+009B is CSI), the
// bidirectional formatting characters (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
// U+2069), the line and paragraph separators (U+2028, U+2029), and the characters that show
// nothing: zero-width ones (U+200B to U+200D, U+2060 to U+2064, U+180E, U+FEFF) and the tag
// characters (U+E0000 to U+E007F).
bool is_unsafe_character(char32_t code);

struct UnsafeCharacter {
    std::size_t offset = 0; // in bytes, from the start of the text
    char32_t code = 0;
};

// The first unsafe character in `text`, if any. Bytes that are not UTF-8 are not looked at.
std::optional<UnsafeCharacter> find_unsafe_character(std::string_view text);

// `text` with each unsafe character written as a TOML escape ("\u001B", "\u202E"), so it
// can be shown on one line and its reader still sees what was there.
std::string escape_unsafe_characters(std::string_view text);

// `text` with each unsafe character, and each byte that is not UTF-8, replaced by '?'.
std::string replace_unsafe_characters(std::string_view text);

// "control character U+001B", "bidirectional formatting character U+202E", "line or paragraph
// separator U+2028", "zero-width character U+200B" or "tag character U+E0041".
std::string describe_unsafe_character(char32_t code);

} // namespace ntnu
