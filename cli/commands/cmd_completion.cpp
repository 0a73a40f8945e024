// SPDX-License-Identifier: MIT
#include "cmd_completion.hpp"

#include "command_list.hpp"
#include "completion_values.hpp"

#include "errors.hpp"
#include "input_errors.hpp"
#include "profile_options.hpp"
#include "text.hpp"
#include "types.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
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

// The shells `completion` writes a script for, with the script.
struct Shell {
    std::string_view name;
    const std::string_view* script;
};
constexpr std::array<Shell, 3> shells{{
    {"bash", &completion_bash},
    {"zsh", &completion_zsh},
    {"fish", &completion_fish},
}};

// Every kind of value `__complete KIND` answers, with what prints it: an option tagged with a
// kind (completes()) completes with its values, and the callback's help lists them from here.
struct ValueKind {
    std::string_view name;
    void (*print)(const Context& context);
};
constexpr std::array<ValueKind, 11> value_kinds{{
    {"categories", [](const Context& c) { print_names<Group>(c.out); }},
    // The groups of `countries --group`: refugee status is not a matter of country.
    {"groups",
     [](const Context& c) {
         for (const auto& [value, name] : EnumNames<Group>::names) {
             if (value != Group::refugee) {
                 c.out << name << '\n';
             }
         }
     }},
    {"levels", [](const Context& c) { print_names<Level>(c.out); }},
    {"campuses", [](const Context& c) { print_names<Campus>(c.out); }},
    {"colors", [](const Context& c) { c.out << "auto\nalways\nnever\n"; }},
    {"languages", [](const Context& c) { c.out << "en\nnb\n"; }},
    {"shells",
     [](const Context& c) {
         for (const auto& shell : shells) {
             c.out << shell.name << '\n';
         }
     }},
    {"zones", [](const Context& c) { print_zones(c.out); }},
    {"countries", [](const Context& c) { print_countries(c.out); }},
    {"programmes", print_programmes},
    {"english-tests", print_english_tests},
}};

// "flag" for an option without a value; else the kind it was tagged with (completes() in
// command.hpp) when `__complete` answers that kind; else "text", a value Tab cannot complete.
std::string_view value_kind(const CLI::Option& option) {
    if (option.get_expected_max() == 0) {
        return "flag";
    }
    const std::string tag = option.get_type_name();
    if (tag == "file") {
        return "file";
    }
    for (const auto& kind : value_kinds) {
        if (kind.name == tag) {
            return kind.name;
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
// the app's own definitions, every command's options among them (app.cpp defines them all).
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

const Shell& find_shell(const std::string& name, const Language& l) {
    if (name.empty()) {
        throw UsageError(std::string(l.text(Msg::error_which_shell)));
    }
    std::vector<std::string> names;
    for (const auto& shell : shells) {
        if (shell.name == name) {
            return shell;
        }
        names.emplace_back(shell.name);
    }
    throw UsageError(l.format(Msg::error_unknown_shell, fmt::arg("value", name),
                              fmt::arg("hint", hint_text(closest_matches(name, names), l))));
}

} // namespace

int run_completion_callback(const std::string& kind, Context& context) {
    for (const auto& value_kind : value_kinds) {
        if (value_kind.name == kind) {
            value_kind.print(context);
            return exit_ok;
        }
    }
    throw UsageError(
        context.lang.format(Msg::error_unknown_completion_kind, fmt::arg("kind", kind)));
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

namespace {

Command register_completion(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CompletionOptions>();
    completes(sub->add_option("SHELL", options->shell, help(l, Msg::help_shell)), "shells");
    return {sub, [options](Context& context) {
                context.out << *find_shell(options->shell, context.lang).script;
                return exit_ok;
            }};
}

// "commands, options, categories, ... or programmes": what KIND may be.
std::string kinds_text() {
    std::string text = "commands, options";
    for (std::size_t i = 0; i < value_kinds.size(); ++i) {
        text += i + 1 < value_kinds.size() ? ", " : " or ";
        text += value_kinds[i].name;
    }
    return text;
}

Command register_complete_callback(CLI::App* sub, const Language& /*hidden: never shown*/) {
    struct Request {
        std::string kind;
        std::optional<std::string> command;
    };
    auto request = std::make_shared<Request>();
    // Hidden, so never translated.
    sub->description("Values for shell completion, one a line");
    sub->add_option("KIND", request->kind, kinds_text())->required();
    sub->add_option("COMMAND", request->command, "for options: the command whose options to list");
    return {sub, [sub, request](Context& context) {
                const auto& [kind, command] = *request;
                if (kind == "commands" || kind == "options") {
                    return describe_command_line(*sub->get_parent(), kind, command, context);
                }
                if (command) {
                    throw UsageError(unexpected_argument_error(*command, {}, context.lang));
                }
                return run_completion_callback(kind, context);
            }};
}

} // namespace

const CommandDefinition completion_command{"completion", Msg::help_completion, Needs::nothing,
                                           register_completion};
const CommandDefinition complete_callback_command{"__complete", std::nullopt, Needs::nothing,
                                                  register_complete_callback};

} // namespace ntnu
