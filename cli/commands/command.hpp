// SPDX-License-Identifier: MIT
#pragma once
// A subcommand: its declaration (name, summary, what it needs, what defines its options), and
// what its definition gives back: its CLI11 app and the function that runs it.

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string_view>

namespace ntnu {

struct Command {
    CLI::App* app = nullptr;
    std::function<int(Context&)> run;
};

// What a command needs before it runs.
enum class Needs {
    context, // the catalogue, the clock and the zone, resolved from the global options
    nothing, // a light context whose data_source holds the raw --data value (completion)
};

// A command, declared once, at the end of its own commands/cmd_*.cpp, and named once in
// command_list.hpp. Everything that lists commands or options (--help, `__complete`, the --lang
// pre-scan, the tests) reads these declarations or the CLI11 tree their `define` builds.
struct CommandDefinition {
    std::string_view name;
    // Its line in the main --help, where the list's order puts it; none: hidden from --help and
    // from completion (the completion callback), its description set by `define`.
    std::optional<Msg> summary;
    Needs needs = Needs::context;
    // Adds the command's options to `sub` (its name and summary are set) in `lang`.
    Command (*define)(CLI::App* sub, const Language& lang) = nullptr;
};

// What Tab completes an option's value with: a KIND that `ntnu __complete KIND` answers
// (cmd_completion.cpp), or "file". Kept as the option's type name, which --help never shows for
// an option with a metavariable (option_text) or for a positional (app.cpp's formatter).
inline CLI::Option* completes(CLI::Option* option, std::string_view kind) {
    return option->type_name(std::string(kind));
}

} // namespace ntnu
