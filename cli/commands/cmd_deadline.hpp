// SPDX-License-Identifier: MIT
#pragma once
// `ntnu deadline`: which deadline applies to this applicant, and how long remains.

#include "command.hpp"

namespace ntnu {

// Registers `deadline` on the app. The returned run function also serves the bare `ntnu`.
Command register_deadline(CLI::App* sub, const Language& lang);

} // namespace ntnu
