// SPDX-License-Identifier: MIT
#include "layout.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {

void card_line(Output& c, std::string_view label, std::string_view value, Tone tone) {
    const auto wrapped = wrap_text(value, c.width - 2 - label_width);
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        c.out << fmt::format("  {:<{}}{}\n", i == 0 ? label : "", label_width,
                             paint(wrapped[i], tone, c.colour));
    }
}

void footnote(Output& c, std::string_view text, Tone tone) {
    const auto wrapped = wrap_text(text, c.width - 4);
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        c.out << (i == 0 ? "  " : "    ") << paint(wrapped[i], tone, c.colour) << "\n";
    }
}

void heading(Output& c, std::string_view text) {
    for (const auto& part : wrap_text(text, c.width)) {
        c.out << paint(part, Tone::heading, c.colour) << "\n";
    }
}

} // namespace ntnu
