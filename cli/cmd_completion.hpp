#pragma once
// `ntnu completion bash|zsh|fish`: prints a shell completion script; and the hidden
// `ntnu __complete KIND` those scripts call back for values from the data actually loaded.

#include "command.hpp"

namespace ntnu {

// Registers `completion` on the app. Needs no catalogue or zone: runs without the context.
Command register_completion(CLI::App& app);

// Registers the hidden `__complete KIND` callback. Loads the catalogue only for programmes.
Command register_complete_callback(CLI::App& app);

} // namespace ntnu
