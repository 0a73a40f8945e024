// SPDX-License-Identifier: MIT
#pragma once
// The language of human output: its messages (from i18n/*.po, built in) and the choice of it
// from --lang and the POSIX locale variables. JSON, --format values and exit statuses never
// depend on it.

#include "environment.hpp"
#include "messages.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

enum class Lang { en, nb };

class Language {
public:
    explicit Language(Lang lang = Lang::en) : lang_(lang) {}

    Lang code() const { return lang_; }

    // The message's text, or its fmt pattern.
    std::string_view text(Msg id) const;

    // The message's pattern with its named fields filled: format(Msg::x, fmt::arg("n", 3)).
    template <typename... Args> std::string format(Msg id, const Args&... args) const {
        return fmt::vformat(text(id), fmt::make_format_args(args...));
    }

    // The message for a count, by the language's plural rule.
    Msg plural(long long n, Msg one, Msg other) const;

    // The form for a count, by the language's plural rule; the pattern's field is {n}.
    std::string count(long long n, Msg one, Msg other) const;

    // "a, b and c": the language's list with its word for "and" (or "or").
    std::string join(const std::vector<std::string>& items, Msg conjunction) const;

private:
    Lang lang_;
};

// en, nb, or no (an alias for nb) in any letter case; nullopt for anything else.
std::optional<Lang> parse_lang(std::string_view text);

// The language the environment asks for, as gettext reads it: LC_ALL, else LC_MESSAGES, else
// LANG; a C or POSIX locale is English and ignores LANGUAGE; otherwise LANGUAGE's colon list
// comes first. nb, no and nn are bokmål; everything else is English.
Lang language_from_environment(const Environment& env);

// The value of --lang in argv ("--lang nb" or "--lang=nb"), looked for before the command line
// is parsed, so help texts and parse errors can be in that language. Stops at "--", and skips
// the value of every option in `taking_values` ("--format --lang" names no language): the
// options, of every command, that take a value, as argv spells them ("--format", "-o"); the
// command line's definitions give them (app.cpp).
std::optional<std::string> lang_argument(int argc, const char* const* argv,
                                         const std::vector<std::string>& taking_values);

// The language for this run: --lang if given (a usage error if unknown), else the environment.
Lang choose_language(int argc, const char* const* argv, const Environment& env,
                     const std::vector<std::string>& taking_values);

} // namespace ntnu
