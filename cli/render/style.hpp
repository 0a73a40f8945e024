// SPDX-License-Identifier: MIT
#pragma once
// Colour for people: a small palette of tones, applied only when colour is on.

#include "terminal.hpp"
#include "types.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

enum class Tone { plain, heading, good, warn, bad, dim, emphasis };

// The text wrapped in the tone's escape codes, or unchanged when colour is off.
std::string paint(std::string_view text, Tone tone, Colour colour);

// The tone that shows a deadline status at a glance.
Tone tone_of(Status status);

// The number of terminal columns a UTF-8 string takes: two for a wide character (CJK), none for
// a combining mark, one for the rest (utf8proc's widths).
std::size_t display_width(std::string_view text);

// Splits text into lines of at most `width` columns at spaces; a longer word stands alone.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

// The width human output is laid out for: fits an 80-column terminal.
inline constexpr std::size_t output_width = 80;

} // namespace ntnu
