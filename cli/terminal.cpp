#include "terminal.hpp"

#include "environment.hpp"
#include "errors.hpp"
#include "profile_options.hpp"
#include "text.hpp"

#include <fmt/format.h>
#include <unistd.h>

namespace ntnu {

Colour colour_choice(const std::optional<std::string>& color_option, const Language& lang) {
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
    const auto no_color = env("NO_COLOR");
    if (no_color && !no_color->empty()) {
        return Colour::off;
    }
    const auto term = env("TERM");
    if (term && *term == "dumb") {
        return Colour::off;
    }
    return ::isatty(STDOUT_FILENO) ? Colour::on : Colour::off;
}

} // namespace ntnu
