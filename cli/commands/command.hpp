// SPDX-License-Identifier: MIT
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
};

} // namespace ntnu
