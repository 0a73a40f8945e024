// SPDX-License-Identifier: MIT
// The language object: every catalogue pattern formats, the locale rules, and the bokmål
// forms of dates, durations and plurals that the issue names.

#include "app.hpp"
#include "command_list.hpp"
#include "environment.hpp"
#include "language.hpp"
#include "render_time.hpp"
#include "zone_lookup.hpp"

#include <fmt/args.h>
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

namespace ntnu {
namespace {

TEST(Language, EveryPatternFormatsWithItsFields) {
    const std::regex field(R"(\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^}]*)?\})");
    for (const Lang lang : {Lang::en, Lang::nb}) {
        const Language l(lang);
        for (std::size_t i = 0; i < message_count; ++i) {
            const std::string pattern(l.text(static_cast<Msg>(i)));
            std::set<std::string> names;
            for (std::sregex_iterator it(pattern.begin(), pattern.end(), field), end; it != end;
                 ++it) {
                names.insert((*it)[1]);
            }
            fmt::dynamic_format_arg_store<fmt::format_context> store;
            for (const auto& name : names) {
                // Numbers fit every spec the catalogue uses ({hour:02}); text fields take them.
                store.push_back(fmt::arg(name.c_str(), 7));
            }
            EXPECT_NO_THROW((void)fmt::vformat(pattern, store))
                << "message " << i << " in " << (lang == Lang::en ? "en" : "nb") << ": " << pattern;
        }
    }
}

// The pre-scan's own rules, with a list of options that take a value; the program's list is
// its command line's (OptionsTakingValues below).
const std::vector<std::string> taking_values{"--format", "--search", "--tz", "--lang", "-o"};

TEST(Language, LangArgumentAndAliases) {
    EXPECT_EQ(parse_lang("nb"), Lang::nb);
    EXPECT_EQ(parse_lang("NO"), Lang::nb);
    EXPECT_EQ(parse_lang("en"), Lang::en);
    EXPECT_EQ(parse_lang("nn"), Lang::nb);     // as an nn locale: nynorsk readers read bokmål
    EXPECT_EQ(parse_lang("se"), std::nullopt); // an explicit choice must be one we have
    EXPECT_EQ(parse_lang(""), std::nullopt);
    const char* argv[] = {"ntnu", "--lang", "nb", "deadline", "--lang=en", "--", "--lang", "nb"};
    EXPECT_EQ(lang_argument(8, argv, taking_values), "en");
}

// Issue 17: "--format --lang" made the pre-scan read "--lang" as an option and the next
// argument as its value.
TEST(Language, LangArgumentSkipsTheValuesOfOtherOptions) {
    const char* format[] = {"ntnu", "deadline", "--format", "--lang", "--tz", "UTC"};
    EXPECT_EQ(lang_argument(6, format, taking_values), std::nullopt);
    const char* search[] = {"ntnu", "--lang", "nb", "programmes", "--search", "--lang"};
    EXPECT_EQ(lang_argument(6, search, taking_values), "nb");
    const char* output[] = {"ntnu", "calendar", "-o", "--lang", "--lang", "en"};
    EXPECT_EQ(lang_argument(6, output, taking_values), "en");
    const char* cluster[] = {"ntnu", "calendar", "-qo", "--lang", "--lang", "en"};
    EXPECT_EQ(lang_argument(6, cluster, taking_values), "en");
    const char* attached[] = {"ntnu", "deadline", "--format={x}", "--lang", "nb"};
    EXPECT_EQ(lang_argument(5, attached, taking_values), "nb");
}

// Issue 30: the program's pre-scan knows every value-taking option of every command in the
// registry (command_list.hpp), as `__complete options COMMAND` reports them from the command
// line itself: "ntnu COMMAND OPTION --lang --lang nb" is in bokmål, "--lang" being OPTION's
// value. A list of its own once missed a new command's option.
TEST(Language, OptionsTakingValues) {
    std::size_t checked = 0;
    for (const CommandDefinition* command : command_definitions) {
        const std::string name(command->name);
        const char* list[] = {"ntnu", "__complete", "options", name.c_str()};
        std::ostringstream out;
        std::ostringstream err;
        ASSERT_EQ(run(4, list, Environment{}, out, err), 0) << name;
        std::istringstream lines(out.str());
        for (std::string line; std::getline(lines, line);) {
            const auto names = line.substr(0, line.find('\t'));
            const auto kind =
                line.substr(names.size() + 1, line.find('\t', names.size() + 1) - names.size() - 1);
            if (kind == "flag" || (!names.starts_with("-") && !names.starts_with("*-"))) {
                continue;
            }
            std::istringstream each(names.substr(names.find('-')));
            for (std::string option; std::getline(each, option, ',');) {
                const char* argv[] = {"ntnu",   name.c_str(), option.c_str(),
                                      "--lang", "--lang",     "nb"};
                EXPECT_EQ(chosen_language(6, argv, Environment{}), Lang::nb)
                    << "ntnu " << name << " " << option << " --lang --lang nb";
                ++checked;
            }
        }
    }
    // The global options, --format and -o among the rest.
    EXPECT_GT(checked, 40U);
}

TEST(Language, EnvironmentFollowsGettextPrecedence) {
    {
        Environment env;
        env.lang = "nb_NO.UTF-8";
        EXPECT_EQ(language_from_environment(env), Lang::nb);
        env.lc_messages = "C";
        EXPECT_EQ(language_from_environment(env), Lang::en);
        env.lc_all = "nb_NO.UTF-8";
        EXPECT_EQ(language_from_environment(env), Lang::nb);
    }
    {
        Environment env;
        env.lang = "C.UTF-8";
        env.language = "nb";
        EXPECT_EQ(language_from_environment(env), Lang::en); // a C locale ignores LANGUAGE
    }
    {
        Environment env;
        env.lang = "fr_FR.UTF-8";
        EXPECT_EQ(language_from_environment(env), Lang::en);
        env.language = "fr:nn:en";
        EXPECT_EQ(language_from_environment(env), Lang::nb);
    }
    EXPECT_EQ(language_from_environment(Environment{}), Lang::en); // no locale: the C locale
}

TEST(Language, ChosenByTheArgumentBeforeTheEnvironment) {
    Environment env;
    env.lang = "nb_NO.UTF-8";
    const char* plain[] = {"ntnu", "deadline"};
    EXPECT_EQ(choose_language(2, plain, env, taking_values), Lang::nb);
    const char* english[] = {"ntnu", "--lang", "en", "deadline"};
    EXPECT_EQ(choose_language(4, english, env, taking_values), Lang::en);
}

TEST(Language, BokmaalDatesAndDurations) {
    const Language nb(Lang::nb);
    const auto& oslo = ntnu::require_zone("Europe/Oslo");
    const Instant closes = date::sys_days{date::year{2026} / 12 / 1} + std::chrono::hours{22} +
                           std::chrono::minutes{59};
    EXPECT_EQ(long_datetime(closes, oslo, nb),
              "tirsdag 1. desember 2026 kl. 23.59 CET (UTC+01:00)");
    EXPECT_EQ(compact_datetime(closes, oslo, WithYear::yes, nb), "1.12.2026 23.59");
    EXPECT_EQ(long_duration(std::chrono::hours{4 * 24 + 10}, nb), "4 dager, 10 timer, 0 minutter");
    EXPECT_EQ(long_duration(std::chrono::hours{25} + std::chrono::minutes{1}, nb),
              "1 dag, 1 time, 1 minutt");
    EXPECT_EQ(short_duration(std::chrono::hours{94 * 24 + 10}, nb), "94d 10t");
    EXPECT_EQ(long_duration(std::chrono::hours{25} + std::chrono::minutes{1}, Language(Lang::en)),
              "1 day, 1 hour, 1 minute");
}

TEST(Language, ListsUseTheLanguagesConjunction) {
    EXPECT_EQ(Language(Lang::nb).join({"a", "b", "c"}, Msg::list_and), "a, b og c");
    EXPECT_EQ(Language(Lang::en).join({"a", "b"}, Msg::list_or), "a or b");
    EXPECT_EQ(Language(Lang::en).join({}, Msg::list_or), "");
}

} // namespace
} // namespace ntnu
