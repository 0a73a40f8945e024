// SPDX-License-Identifier: MIT
#pragma once
// The shapes human output is made of, each wrapped to fit an 80-column terminal.

#include "context.hpp"
#include "style.hpp"

#include <string>
#include <string_view>

namespace ntnu {

// The width of a card's label column ("Deadline", "Time left").
inline constexpr std::size_t label_width = 11;

// A labelled line of a card, its value wrapped under the value column.
void card_line(Output& c, std::string_view label, std::string_view value, Tone tone = Tone::plain);

// A footnote, wrapped with a hanging indent.
void footnote(Output& c, std::string_view text, Tone tone);

// A heading, wrapped to the terminal.
void heading(Output& c, std::string_view text);

} // namespace ntnu
