// SPDX-License-Identifier: MIT
#include "cmd_completion.hpp"

#include "country_table.hpp"
#include "data_source.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "profile_options.hpp"
#include "text.hpp"
#include "types.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ntnu {

// Generated at build time from completions/ by tools/embed.py.
extern const std::string_view completion_bash;
extern const std::string_view completion_zsh;
extern const std::string_view completion_fish;

namespace {

struct CompletionOptions {
    std::string shell;
};

// `ntnu help COMMAND`, which is `ntnu COMMAND --help` (app.cpp).
constexpr std::string_view help_command = "help";

template <typename E> void print_names(std::ostream& out) {
    for (const auto& [value, name] : EnumNames<E>::names) {
        out << name << '\n';
    }
}

// Zone names, by walking the system zoneinfo: no tz database parse (cheaper than date's tzdb).
void print_zones(std::ostream& out) {
    namespace fs = std::filesystem;
    const fs::path root = "/usr/share/zoneinfo";
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const auto relative = it->path().lexically_relative(root).generic_string();
        if (relative.empty() || !std::isupper(static_cast<unsigned char>(relative.front())) ||
            relative.find('.') != std::string::npos) {
            if (it->is_directory(ec)) {
                it.disable_recursion_pending(); // posix/, right/
            }
            continue;
        }
        if (it->is_directory(ec) || relative == "Factory") {
            continue;
        }
        names.push_back(relative);
    }
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
        out << name << '\n';
    }
}

// Codes, English and Norwegian names, each described by the other: "NO\tNorway", "Norway\tNO",
// "Tyskland\tDE". The scripts offer codes for a word typed like a code, names otherwise.
void print_countries(std::ostream& out) {
    for (const auto& country : country_table()) {
        out << country.alpha2 << '\t' << country.name << '\n';
    }
    for (const auto& country : country_table()) {
        out << country.name << '\t' << country.alpha2 << '\n';
    }
    for (const auto& country : country_table()) {
        if (!country.nb_name.empty() && country.nb_name != country.name) {
            out << country.nb_name << '\t' << country.alpha2 << '\n';
        }
    }
}

// What Tab completes each option's value with, by the option's long name or the positional's
// name: a kind of `__complete KIND`, or "file" for file names. Options missing here take a
// value Tab cannot complete ("text"), or none ("flag"). completion.options_agree_per_command
// fails when an option whose --help names such a value (COUNTRY, ZONE, FILE...) is missing.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> value_kinds{{
    {"--tz", "zones"},
    {"--data", "file"},
    {"--color", "colors"},
    {"--lang", "languages"},
    {"--level", "levels"},
    {"--citizenship", "countries"},
    {"--degree-from", "countries"},
    {"--home-country", "countries"},
    {"--category", "categories"},
    {"--programme", "programmes"},
    {"--campus", "campuses"},
    {"--open-to", "categories"},
    {"--group", "groups"},
    {"--output", "file"},
    {"ID", "programmes"}, // programme ID
    {"SHELL", "shells"},  // completion SHELL
    {"FILE", "file"},     // validate FILE...
}};

// "flag" for an option without a value, else what value_kinds gives, else "text".
std::string_view value_kind(const CLI::Option& option) {
    if (option.get_expected_max() == 0) {
        return "flag";
    }
    const auto& long_names = option.get_lnames();
    const std::string name = option.get_positional() ? option.get_name()
                             : long_names.empty()    ? "-" + option.get_snames().front()
                                                     : "--" + long_names.front();
    for (const auto& [key, kind] : value_kinds) {
        if (key == name) {
            return kind;
        }
    }
    return "text";
}

// A description on one line, as a shell's menu shows it.
std::string one_line(std::string text) {
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == '\n' || c == '\t'; }, ' ');
    return text;
}

// "Admission track: master, exchange, phd or bachelor" is "Admission track": an option's help
// text up to its first clause, short enough for a shell's menu.
std::string first_clause(const std::string& text) {
    std::size_t end = text.size();
    for (const std::string_view mark : {": ", "; ", " ("}) {
        end = std::min(end, text.find(mark));
    }
    return one_line(text.substr(0, end));
}

// Every command `ntnu` takes, as `name<TAB>summary`: the visible subcommands, then `help`,
// which app.cpp turns into --help before parsing.
void print_commands(const CLI::App& root, std::ostream& out) {
    for (const CLI::App* sub : root.get_subcommands({})) {
        if (!sub->get_group().empty()) {
            out << sub->get_name() << '\t' << one_line(sub->get_description()) << '\n';
        }
    }
    out << help_command << '\t' << first_clause(root.get_help_ptr()->get_description()) << '\n';
}

// "-q,--quiet", or a positional's name ("FILE"); with a '*' before it when it may be repeated.
std::string option_names(const CLI::Option& option) {
    std::string names;
    if (option.get_positional()) {
        names = option.get_name();
    } else {
        for (const auto& name : option.get_snames()) {
            names += (names.empty() ? "-" : ",-") + name;
        }
        for (const auto& name : option.get_lnames()) {
            names += (names.empty() ? "--" : ",--") + name;
        }
    }
    const bool repeated = option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll ||
                          option.get_items_expected_max() > 1;
    return repeated ? "*" + names : names;
}

// The options of `app` and then those of the apps above it (the global options), each once, as
// `names<TAB>kind<TAB>description`.
void print_options(CLI::App& app, std::ostream& out) {
    std::vector<std::string> seen;
    for (CLI::App* level = &app; level != nullptr; level = level->get_parent()) {
        for (CLI::Option* option : level->get_options()) {
            auto names = option_names(*option);
            if (std::find(seen.begin(), seen.end(), names) != seen.end()) {
                continue;
            }
            out << names << '\t' << value_kind(*option) << '\t'
                << first_clause(option->get_description()) << '\n';
            seen.push_back(std::move(names));
        }
    }
}

// `__complete commands`, and `__complete options [COMMAND]`: the command line itself, read from
// the app's own definitions. A command's options are defined only when its name is in argv
// (app.cpp), and COMMAND is: so every one of them is there.
int describe_command_line(CLI::App& root, const std::string& kind,
                          const std::optional<std::string>& command, Context& context) {
    if (kind == "commands") {
        if (command) {
            throw UsageError(unexpected_argument_error(*command, {}, context.lang));
        }
        print_commands(root, context.out);
        return exit_ok;
    }
    if (!command) {
        print_options(root, context.out);
        return exit_ok;
    }
    if (*command == help_command) {
        context.out << "COMMAND\tcommands\tA command\n";
        print_options(root, context.out);
        return exit_ok;
    }
    std::vector<std::string> names;
    for (CLI::App* sub : root.get_subcommands({})) {
        if (sub->get_name() == *command) {
            print_options(*sub, context.out);
            return exit_ok;
        }
        if (!sub->get_group().empty()) {
            names.push_back(sub->get_name());
        }
    }
    throw UsageError(unexpected_argument_error(*command, names, context.lang));
}

void check_shell(const std::string& shell, const Language& l) {
    const std::vector<std::string> shells{"bash", "zsh", "fish"};
    if (shell.empty()) {
        throw UsageError(std::string(l.text(Msg::error_which_shell)));
    }
    if (std::find(shells.begin(), shells.end(), shell) == shells.end()) {
        throw UsageError(l.format(Msg::error_unknown_shell, fmt::arg("value", shell),
                                  fmt::arg("hint", hint_text(closest_matches(shell, shells), l))));
    }
}

} // namespace

int run_completion_callback(const std::string& kind, Context& context) {
    auto& out = context.out;
    if (kind == "categories") {
        print_names<Group>(out);
    } else if (kind == "groups") {
        // The groups of `countries --group`: refugee status is not a matter of country.
        for (const auto& [value, name] : EnumNames<Group>::names) {
            if (value != Group::refugee) {
                out << name << '\n';
            }
        }
    } else if (kind == "levels") {
        print_names<Level>(out);
    } else if (kind == "campuses") {
        print_names<Campus>(out);
    } else if (kind == "colors") {
        out << "auto\nalways\nnever\n";
    } else if (kind == "languages") {
        out << "en\nnb\n";
    } else if (kind == "shells") {
        out << "bash\nzsh\nfish\n";
    } else if (kind == "zones") {
        print_zones(out);
    } else if (kind == "countries") {
        print_countries(out);
    } else if (kind == "programmes") {
        // The light context names the data file (--data, else NTNU_DATA); empty: built-in.
        std::optional<std::string> path;
        if (!context.data_source.empty()) {
            path = context.data_source;
        }
        const auto loaded = load_catalog(path, context.lang, CatalogUse::names_only);
        for (const auto& programme : loaded.catalog.programmes) {
            out << programme.id << '\t' << programme.name << '\n';
        }
    } else {
        throw UsageError(
            context.lang.format(Msg::error_unknown_completion_kind, fmt::arg("kind", kind)));
    }
    return exit_ok;
}

std::optional<CompletionRequest> plain_completion_request(int argc, const char* const* argv) {
    // An empty value, or one starting with '-' (CLI11 may read it as an option), is left to
    // CLI11, which owns those messages.
    const auto plain = [](const char* arg) { return arg[0] != '\0' && arg[0] != '-'; };
    if ((argc != 3 && argc != 5) || std::string_view(argv[1]) != "__complete" || !plain(argv[2])) {
        return std::nullopt;
    }
    // The command line's own commands and options are read from the parser, so it is built.
    if (std::string_view(argv[2]) == "commands" || std::string_view(argv[2]) == "options") {
        return std::nullopt;
    }
    if (argc == 3) {
        return CompletionRequest{argv[2], ""};
    }
    if (std::string_view(argv[3]) != "--data" || !plain(argv[4])) {
        return std::nullopt;
    }
    return CompletionRequest{argv[2], argv[4]};
}

Command register_completion(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CompletionOptions>();
    sub->add_option("SHELL", options->shell, help(l, Msg::help_shell))
        ->type_name(help(l, Msg::metavar_text));
    return {sub,
            [options](Context& context) {
                const auto& shell = options->shell;
                check_shell(shell, context.lang);
                context.out << (shell == "bash"  ? completion_bash
                                : shell == "zsh" ? completion_zsh
                                                 : completion_fish);
                return exit_ok;
            },
            false};
}

Command register_complete_callback(CLI::App* sub, const Language& /*hidden: never shown*/) {
    struct Request {
        std::string kind;
        std::optional<std::string> command;
    };
    auto request = std::make_shared<Request>();
    sub->add_option("KIND", request->kind,
                    "commands, options, categories, groups, levels, campuses, colors, languages, "
                    "shells, zones, countries or programmes")
        ->required();
    sub->add_option("COMMAND", request->command, "for options: the command whose options to list");
    return {sub,
            [sub, request](Context& context) {
                const auto& [kind, command] = *request;
                if (kind == "commands" || kind == "options") {
                    return describe_command_line(*sub->get_parent(), kind, command, context);
                }
                if (command) {
                    throw UsageError(unexpected_argument_error(*command, {}, context.lang));
                }
                return run_completion_callback(kind, context);
            },
            false};
}

} // namespace ntnu
