// SPDX-License-Identifier: MIT
#pragma once
// `ntnu validate [FILE...]`: checks data files and lists every problem as file:line:col: message.

#include "command.hpp"

namespace ntnu {

// Registers `validate` on the app. It reads each file itself, so it runs without the context:
// a broken file is what it reports, not a reason to stop before it starts.
Command register_validate(CLI::App* sub, const Language& lang);

} // namespace ntnu
