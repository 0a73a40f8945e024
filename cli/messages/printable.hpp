// SPDX-License-Identifier: MIT
#pragma once
// Text that is safe to show on a terminal, whatever the user typed into it.

#include <string>
#include <string_view>

namespace ntnu {

// Control characters (C0, DEL and C1), bidirectional formatting characters and bytes that are
// not UTF-8 become '?', so they cannot
// reach the terminal as escape sequences, and each line is cut after 400 characters, so a huge
// argument cannot flood it. The result is valid UTF-8.
std::string printable(std::string_view message);

} // namespace ntnu
