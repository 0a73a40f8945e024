// SPDX-License-Identifier: MIT
#pragma once
// Every command, named once, in the order the main --help lists them. Each is declared at the
// end of its own commands/cmd_*.cpp as `const CommandDefinition NAME_command{...}`: adding a
// command is that file and one line here (and its source line in cli/CMakeLists.txt).
// A list rather than self-registration: a command missing from a static library's link would
// be dropped without a word, and a test walking the registry would still pass.

#include "command.hpp"

#include <array>

// clang-format off
#define NTNU_COMMANDS(X) \
    X(deadline)          \
    X(check)             \
    X(requirements)      \
    X(programmes)        \
    X(programme)         \
    X(countries)         \
    X(timeline)          \
    X(calendar)          \
    X(completion)        \
    X(validate)          \
    X(complete_callback)
// clang-format on

namespace ntnu {

#define NTNU_DECLARE_COMMAND(id) extern const CommandDefinition id##_command;
NTNU_COMMANDS(NTNU_DECLARE_COMMAND)
#undef NTNU_DECLARE_COMMAND

// The declarations, in the order of the main --help. The first (deadline) is what runs when no
// command is named.
#define NTNU_COMMAND_ROW(id) &id##_command,
inline constexpr std::array command_definitions{NTNU_COMMANDS(NTNU_COMMAND_ROW)};
#undef NTNU_COMMAND_ROW

} // namespace ntnu
