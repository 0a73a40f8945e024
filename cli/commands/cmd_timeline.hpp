// SPDX-License-Identifier: MIT
#pragma once
// `ntnu timeline`: every milestone of one admission cycle, drawn on a month axis.

#include "command.hpp"

namespace ntnu {

// Registers `timeline`: the cycle of the profile's next intake (or --intake), with now marked.
Command register_timeline(CLI::App* sub, const Language& lang);

} // namespace ntnu
