#pragma once
// Whether to colour: --color, NO_COLOR and whether stdout is a terminal.

#include "language.hpp"

#include <optional>
#include <string>

namespace ntnu {

enum class Colour { off, on };

// Decides colour from --color (auto|always|never). Throws UsageError for other values.
Colour colour_choice(const std::optional<std::string>& color_option, const Language& lang);

} // namespace ntnu
