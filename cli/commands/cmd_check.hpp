// SPDX-License-Identifier: MIT
#pragma once
// `ntnu check --within DURATION`: the exit status says whether the deadline closes in time.

#include "command.hpp"

namespace ntnu {

// Registers `check`: exit 0 outside the window, 3 inside it, 4 once the intake has closed.
Command register_check(CLI::App* sub, const Language& lang);

} // namespace ntnu
