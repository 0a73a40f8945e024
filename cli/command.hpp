#pragma once
// A subcommand: its CLI11 definition and the function that runs it once the context is ready.

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>

namespace ntnu {

struct Command {
    CLI::App* app = nullptr;
    std::function<int(Context&)> run;
    // False for commands that need no catalogue, clock or zone (completion): they run at once,
    // with a light context whose data_source holds the raw --data value.
    bool needs_context = true;
    // For a command that needs only the programmes matching a text (programmes --search), that
    // text once the command line is parsed: a cached data file then reads just those
    // (load_catalog's only_matching). Unset, or returning nullopt: the whole catalogue.
    std::function<std::optional<std::string>()> programme_search = nullptr;
};

} // namespace ntnu
