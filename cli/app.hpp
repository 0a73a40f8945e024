// SPDX-License-Identifier: MIT
#pragma once
// The command line: global options, the table of subcommands, and the context they share.

#include "environment.hpp"
#include "language.hpp"

#include <iosfwd>

namespace ntnu {

// Parses argv, resolves the context from it and `env` (read_environment()) and runs the chosen
// command; returns the exit status. Throws UsageError or RuntimeError, which main() reports.
int run(int argc, const char* const* argv, const Environment& env, std::ostream& out,
        std::ostream& err);

// The language run() chooses for this argv: --lang, its value found as the command line's
// options say (every command's), else the environment's. Throws UsageError for an unknown one.
Lang chosen_language(int argc, const char* const* argv, const Environment& env);

} // namespace ntnu
