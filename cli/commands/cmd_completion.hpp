// SPDX-License-Identifier: MIT
#pragma once
// `ntnu completion bash|zsh|fish`: prints a shell completion script; and the hidden
// `ntnu __complete KIND` those scripts call back for values from the data actually loaded, and
// for the command line itself: `__complete commands` prints `name<TAB>summary` lines;
// `__complete options [COMMAND]` prints the command's options and then the global ones
// (without COMMAND: the global ones), each as `names<TAB>kind<TAB>summary`: names as
// "-q,--quiet" or a positional's "FILE", with a '*' before them when repeatable; kind "flag",
// "text", "file" or a KIND to ask for the values. Both commands are declared in the .cpp.

#include "command.hpp"

#include <optional>
#include <string>

namespace ntnu {

// The callback's arguments, when argv is exactly what the completion scripts send:
// `__complete KIND` or `__complete KIND --data FILE`.
struct CompletionRequest {
    std::string kind;
    std::string data; // the raw --data value; empty: NTNU_DATA or the built-in data
};

// The request, if argv has one of those shapes and asks for values; any other argv (and
// `commands` or `options`, which read the parser) goes through the full parser.
// The callback runs on every Tab press, and building the parser is a third of its run time.
std::optional<CompletionRequest> plain_completion_request(int argc, const char* const* argv);

// Prints the values of one kind, as `__complete KIND` does; context.data_source names the
// data file (--data, else NTNU_DATA), or is empty for the built-in data.
int run_completion_callback(const std::string& kind, Context& context);

} // namespace ntnu
