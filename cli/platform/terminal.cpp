// SPDX-License-Identifier: MIT
#include "terminal.hpp"

#include "errors.hpp"
#include "input_errors.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace ntnu {

Colour colour_choice(const std::optional<std::string>& color_option, const Environment& env,
                     const Language& lang) {
    const std::string mode = color_option.value_or("auto");
    if (mode == "always") {
        return Colour::on;
    }
    if (mode == "never") {
        return Colour::off;
    }
    if (mode != "auto") {
        const auto hint = closest_matches(mode, {"auto", "always", "never"});
        throw UsageError(lang.format(Msg::error_invalid_color, fmt::arg("value", mode),
                                     fmt::arg("hint", hint_text(hint, lang))));
    }
    // https://no-color.org: a set, non-empty NO_COLOR turns colour off unless asked for.
    if (env.no_color) {
        return Colour::off;
    }
    if (env.term == "dumb") {
        return Colour::off;
    }
    return env.stdout_is_terminal ? Colour::on : Colour::off;
}

std::size_t output_columns(const Environment& env) {
    constexpr std::size_t narrowest = 60;
    constexpr std::size_t widest = 80;
    std::size_t columns = 0;
    if (const auto& text = env.columns) {
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), columns);
        if (ec != std::errc{} || end != text->data() + text->size()) {
            columns = 0;
        }
    }
    if (columns == 0) {
        columns = env.terminal_columns;
    }
    return columns == 0 ? widest : std::clamp(columns, narrowest, widest);
}

Charset output_charset(const Environment& env) {
    // The locale that decides the character set, as setlocale(LC_CTYPE, "") would choose it.
    for (const auto* value : {&env.lc_all, &env.lc_ctype, &env.lang}) {
        if (*value) {
            const std::string locale = ascii_lower(**value);
            const bool plain = locale == "c" || locale == "posix";
            return plain ? Charset::ascii : Charset::unicode;
        }
    }
    return Charset::ascii; // no locale at all is the C locale
}

std::string to_ascii_glyphs(std::string_view line) {
    static constexpr std::array<std::pair<std::string_view, char>, 15> glyphs{{
        {"─", '-'},
        {"├", '|'},
        {"┤", '|'},
        {"┼", '+'},
        {"┊", ':'},
        {"═", '='},
        {"▲", '^'},
        {"●", '*'},
        {"○", 'o'},
        {"◆", '#'},
        {"◇", 'x'},
        {"◀", '<'},
        {"▶", '>'},
        {"…", '.'},
        {"│", '|'},
    }};
    std::string out;
    out.reserve(line.size());
    for (std::size_t i = 0; i < line.size();) {
        bool replaced = false;
        for (const auto& [glyph, ascii] : glyphs) {
            if (line.substr(i).starts_with(glyph)) {
                out += ascii;
                i += glyph.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            out += line[i++];
        }
    }
    return out;
}

} // namespace ntnu
