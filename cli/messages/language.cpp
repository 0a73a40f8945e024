// SPDX-License-Identifier: MIT
#include "language.hpp"

#include "errors.hpp"
#include "text.hpp"

#include <algorithm>

namespace ntnu {

std::string_view Language::text(Msg id) const {
    const auto index = static_cast<std::size_t>(id);
    return lang_ == Lang::nb ? messages_nb[index] : messages_en[index];
}

Msg Language::plural(long long n, Msg one, Msg other) const {
    // English and bokmål share the rule: singular for exactly one.
    return n == 1 ? one : other;
}

std::string Language::count(long long n, Msg one, Msg other) const {
    return format(plural(n, one, other), fmt::arg("n", n));
}

std::string Language::join(const std::vector<std::string>& items, Msg conjunction) const {
    if (items.size() <= 1) {
        return items.empty() ? "" : items.front();
    }
    const std::vector<std::string> head(items.begin(), items.end() - 1);
    return fmt::format("{} {} {}", fmt::join(head, ", "), text(conjunction), items.back());
}

std::optional<Lang> parse_lang(std::string_view text) {
    const std::string lower = ascii_lower(text);
    if (lower == "en") {
        return Lang::en;
    }
    // As for an nn locale: a nynorsk reader reads bokmål as a matter of course.
    if (lower == "nb" || lower == "no" || lower == "nn") {
        return Lang::nb;
    }
    return std::nullopt;
}

namespace {

// "nb_NO.UTF-8@euro" -> "nb"
std::string language_part(std::string_view locale) {
    const auto end = locale.find_first_of("_.@");
    return ascii_lower(locale.substr(0, end));
}

// nn readers read bokmål as a matter of course; English would serve them worse.
std::optional<Lang> known_language(std::string_view locale) {
    const std::string part = language_part(locale);
    if (part == "nb" || part == "no" || part == "nn") {
        return Lang::nb;
    }
    if (part == "en") {
        return Lang::en;
    }
    return std::nullopt;
}

bool is_c_locale(std::string_view locale) {
    return locale == "C" || locale == "POSIX" || locale.starts_with("C.");
}

} // namespace

Lang language_from_environment(const Environment& env) {
    std::string locale;
    for (const auto* value : {&env.lc_all, &env.lc_messages, &env.lang}) {
        if (*value) {
            locale = **value;
            break;
        }
    }
    if (locale.empty() || is_c_locale(locale)) {
        return Lang::en;
    }
    if (const auto& list = env.language) {
        std::size_t start = 0;
        while (start <= list->size()) {
            const auto colon = list->find(':', start);
            const auto item =
                list->substr(start, colon == std::string::npos ? colon : colon - start);
            if (auto lang = known_language(item)) {
                return *lang;
            }
            if (colon == std::string::npos) {
                break;
            }
            start = colon + 1;
        }
    }
    return known_language(locale).value_or(Lang::en);
}

const std::vector<std::string_view>& options_taking_values() {
    // Every option of every command that takes a value; a drift test (language_test.cpp)
    // compares this list with the options --help shows.
    static const std::vector<std::string_view> names{
        "--alarm",       "--campus", "--category", "--citizenship",  "--color",     "--data",
        "--degree-from", "--format", "--group",    "--home-country", "--intake",    "--lang",
        "--level",       "--now",    "--open-to",  "--output",       "--programme", "--search",
        "--tz",          "--within", "-o"};
    return names;
}

namespace {

// Whether `arg`, as written, is an option whose value is the next argument: "--format", or a
// cluster of short flags ending in one that takes a value ("-o", "-qo").
bool takes_next_argument(std::string_view arg) {
    if (arg.starts_with("--")) {
        const auto& names = options_taking_values();
        return std::find(names.begin(), names.end(), arg) != names.end();
    }
    return arg.size() >= 2 && arg[0] == '-' && arg.back() == 'o' &&
           arg.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) ==
               std::string_view::npos;
}

} // namespace

std::optional<std::string> lang_argument(int argc, const char* const* argv) {
    std::optional<std::string> found;
    constexpr std::string_view flag = "--lang";
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") {
            break;
        }
        if (arg == flag) {
            // A missing value is CLI11's to report, in the environment's language.
            if (i + 1 < argc) {
                found = argv[i + 1];
                ++i;
            }
        } else if (arg.starts_with("--lang=")) {
            found = std::string(arg.substr(flag.size() + 1));
        } else if (takes_next_argument(arg)) {
            // "--format --lang": "--lang" is the template, not an option.
            ++i;
        }
    }
    return found; // the last one wins, as for every single-value option
}

Lang choose_language(int argc, const char* const* argv, const Environment& env) {
    const Lang from_environment = language_from_environment(env);
    const auto argument = lang_argument(argc, argv);
    if (!argument) {
        return from_environment;
    }
    if (const auto lang = parse_lang(*argument)) {
        return *lang;
    }
    const Language words(from_environment);
    throw UsageError(words.format(Msg::error_bad_lang, fmt::arg("value", *argument)));
}

} // namespace ntnu
