// SPDX-License-Identifier: MIT
// Issue 30: every command of the registry (command_list.hpp) is wired everywhere a user meets
// it, so a half-wired command fails here: its line in the main --help, its own --help, `ntnu
// help NAME`, the man page's COMMANDS and SYNOPSIS, and its completion. The options agree across
// --help, completion and the man page in completion.options_agree_per_command, which reads the
// commands from the binary's own --help; Language.OptionsTakingValues walks the registry for
// the --lang pre-scan.

#include "app.hpp"
#include "command_list.hpp"
#include "environment.hpp"
#include "errors.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace ntnu {
namespace {

struct Result {
    int status = 0;
    std::string out;
};

Result ntnu(std::vector<const char*> args) {
    args.insert(args.begin(), "ntnu");
    std::ostringstream out;
    std::ostringstream err;
    Result result;
    result.status = run(static_cast<int>(args.size()), args.data(), Environment{}, out, err);
    result.out = out.str();
    return result;
}

// The first words of each line that starts "  NAME  " in a --help's command list, or of each
// `__complete commands` line.
std::set<std::string> first_words(const std::string& text, const std::string& indent) {
    std::set<std::string> words;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with(indent) && line.size() > indent.size() && line[indent.size()] != ' ') {
            const auto word = line.substr(indent.size());
            words.insert(word.substr(0, word.find_first_of(" \t")));
        }
    }
    return words;
}

std::string man_page() {
    std::ifstream file(NTNU_SOURCE_DIR "/docs/ntnu.1.scd");
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

// The lines of one "# SECTION" of the man page's source.
std::string man_section(const std::string& page, const std::string& name) {
    const auto start = page.find("\n# " + name + "\n");
    if (start == std::string::npos) {
        return "";
    }
    const auto body = start + name.size() + 4;
    return page.substr(body, page.find("\n# ", body) - body);
}

TEST(CommandRegistry, NamesAreUniqueAndTheFirstIsTheDefault) {
    std::set<std::string_view> names;
    for (const CommandDefinition* command : command_definitions) {
        EXPECT_TRUE(names.insert(command->name).second) << command->name;
        EXPECT_NE(command->define, nullptr) << command->name;
    }
    // `ntnu` alone runs the first: the overview of every group.
    EXPECT_EQ(command_definitions.front()->name, "deadline");
}

TEST(CommandRegistry, EveryCommandIsWiredEverywhere) {
    const auto main_help = ntnu({"--lang", "en", "--help"});
    ASSERT_EQ(main_help.status, 0);
    const auto listed = first_words(main_help.out, "  ");
    const auto completed = ntnu({"__complete", "commands"});
    ASSERT_EQ(completed.status, 0);
    const auto completed_names = first_words(completed.out, "");
    const std::string page = man_page();
    ASSERT_FALSE(page.empty());
    const auto commands_section = man_section(page, "COMMANDS");
    const auto synopsis = man_section(page, "SYNOPSIS");
    for (const CommandDefinition* command : command_definitions) {
        const std::string name(command->name);
        const bool shown = command->summary.has_value();
        EXPECT_EQ(listed.count(name), shown ? 1U : 0U) << name << " in ntnu --help";
        EXPECT_EQ(completed_names.count(name), shown ? 1U : 0U)
            << name << " in ntnu __complete commands";
        // Its options are there to complete, hidden or not.
        EXPECT_EQ(ntnu({"__complete", "options", name.c_str()}).status, 0) << name;
        if (!shown) {
            continue;
        }
        const auto own = ntnu({"--lang", "en", name.c_str(), "--help"});
        EXPECT_EQ(own.status, 0) << name;
        EXPECT_NE(own.out.find("ntnu " + name + " [OPTIONS]"), std::string::npos)
            << name << " --help:\n"
            << own.out;
        const auto via_help = ntnu({"--lang", "en", "help", name.c_str()});
        EXPECT_EQ(via_help.out, own.out) << "ntnu help " << name;
        EXPECT_NE(commands_section.find("\n*" + name + "*"), std::string::npos)
            << name << ": no entry in the man page's COMMANDS";
        EXPECT_NE(synopsis.find("*" + name + "*"), std::string::npos)
            << name << ": no line in the man page's SYNOPSIS";
    }
}

// Issue 30 point 6 and issue 27 point 18: help for a command that does not exist is the same
// usage error as the command itself, with its "did you mean", not the main help.
TEST(CommandRegistry, HelpForAnUnknownCommandIsAUsageError) {
    const auto message = [](std::vector<const char*> args) {
        try {
            (void)ntnu(std::move(args));
        } catch (const UsageError& e) {
            return std::string(e.what());
        }
        return std::string("no usage error");
    };
    const auto plain = message({"--lang", "en", "deadlin"});
    EXPECT_NE(plain.find("deadline"), std::string::npos) << plain;
    EXPECT_EQ(message({"--lang", "en", "deadlin", "--help"}), plain);
    EXPECT_EQ(message({"--lang", "en", "help", "deadlin"}), plain);
}

// Issue 30 point 2: every command's options are defined on every run, so one given without its
// command is placed.
TEST(CommandRegistry, AnOptionWithoutItsCommandIsPlaced) {
    try {
        (void)ntnu({"--lang", "en", "--within", "3d"});
        FAIL() << "no usage error";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("ntnu check"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace ntnu
