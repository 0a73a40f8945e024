// SPDX-License-Identifier: MIT
#include "style.hpp"

#include <fmt/color.h>

#include <algorithm>
#include <utf8proc.h>

namespace ntnu {

std::string paint(std::string_view text, Tone tone, Colour colour) {
    if (colour == Colour::off || tone == Tone::plain || text.empty()) {
        return std::string(text);
    }
    // Basic ANSI colours follow the user's terminal theme; 24-bit colours would not.
    fmt::text_style style;
    switch (tone) {
    case Tone::heading: style = fmt::emphasis::bold; break;
    case Tone::good: style = fmt::fg(fmt::terminal_color::green); break;
    case Tone::warn: style = fmt::fg(fmt::terminal_color::yellow) | fmt::emphasis::bold; break;
    case Tone::bad: style = fmt::fg(fmt::terminal_color::red); break;
    case Tone::dim: style = fmt::emphasis::faint; break;
    case Tone::emphasis: style = fmt::fg(fmt::terminal_color::cyan) | fmt::emphasis::bold; break;
    case Tone::plain: break;
    }
    return fmt::format(style, "{}", text);
}

Tone tone_of(Status status) {
    switch (status) {
    case Status::open: return Tone::good;
    case Status::closing_soon: return Tone::warn;
    case Status::closed: return Tone::bad;
    case Status::rolling: return Tone::plain;
    case Status::none: return Tone::dim;
    case Status::paused: return Tone::bad;
    }
    return Tone::plain;
}

std::size_t display_width(std::string_view text) {
    // utf8proc's widths come from Unicode's East Asian Width and general categories: a wide
    // character (CJK) takes two columns, a combining mark none, an ambiguous one (the
    // timeline's ● and ◆) one, as terminals in a Western locale show them.
    std::size_t width = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    auto left = static_cast<utf8proc_ssize_t>(text.size());
    while (left > 0) {
        utf8proc_int32_t code_point = 0;
        const utf8proc_ssize_t length = utf8proc_iterate(bytes, left, &code_point);
        if (length <= 0) {
            // A byte that is not UTF-8 (printable() makes it '?' before it is shown): one column.
            ++width;
            ++bytes;
            --left;
            continue;
        }
        width += static_cast<std::size_t>(std::max(0, utf8proc_charwidth(code_point)));
        bytes += length;
        left -= length;
    }
    return width;
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string current;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto space = text.find(' ', pos);
        const auto word =
            text.substr(pos, space == std::string_view::npos ? text.npos : space - pos);
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) {
            continue;
        }
        if (!current.empty() && display_width(current) + 1 + display_width(word) > width) {
            lines.push_back(std::move(current));
            current.clear();
        }
        current += current.empty() ? std::string(word) : " " + std::string(word);
    }
    if (!current.empty() || lines.empty()) {
        lines.push_back(std::move(current));
    }
    return lines;
}

} // namespace ntnu
