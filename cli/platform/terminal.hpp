// SPDX-License-Identifier: MIT
#pragma once
// Whether to colour: --color, NO_COLOR and whether stdout is a terminal.

#include "environment.hpp"
#include "language.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace ntnu {

enum class Colour { off, on };

// Decides colour from --color (auto|always|never), else NO_COLOR, TERM and whether stdout is a
// terminal. Throws UsageError for other values.
Colour colour_choice(const std::optional<std::string>& color_option, const Environment& env,
                     const Language& lang);

// The columns human output may use: COLUMNS, else the terminal's width, else 80; never under 60
// (narrower would break words) nor over 80 (the layout's own width).
std::size_t output_columns(const Environment& env);

// Whether the terminal can show box-drawing characters: not in a C or POSIX locale, which
// promises ASCII alone.
enum class Charset { unicode, ascii };
Charset output_charset(const Environment& env);

// `line` with the timeline's box-drawing and marker glyphs in ASCII ("├──●" is "|--*"), each
// one column as before.
std::string to_ascii_glyphs(std::string_view line);

} // namespace ntnu
