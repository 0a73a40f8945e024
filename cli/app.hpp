// SPDX-License-Identifier: MIT
#pragma once
// The command line: global options, the table of subcommands, and the context they share.

#include "environment.hpp"

#include <iosfwd>

namespace ntnu {

// Parses argv, resolves the context from it and `env` (read_environment()) and runs the chosen
// command; returns the exit status. Throws UsageError or RuntimeError, which main() reports.
int run(int argc, const char* const* argv, const Environment& env, std::ostream& out,
        std::ostream& err);

} // namespace ntnu
