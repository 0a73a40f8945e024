#pragma once
// A subcommand: its CLI11 definition and the function that runs it once the context is ready.

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <functional>

namespace ntnu {

struct Command {
    CLI::App* app = nullptr;
    std::function<int(Context&)> run;
};

} // namespace ntnu
