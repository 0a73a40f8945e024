// SPDX-License-Identifier: MIT
#pragma once
// `ntnu calendar`: the deadlines that apply, as an iCalendar (.ics) file.

#include "command.hpp"

namespace ntnu {

// Registers `calendar`: writes the next intake's deadlines to stdout or to -o FILE.
Command register_calendar(CLI::App* sub, const Language& lang);

} // namespace ntnu
