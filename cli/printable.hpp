#pragma once
// Text that is safe to show on a terminal, whatever the user typed into it.

#include <string>
#include <string_view>

namespace ntnu {

// Control characters become '?', so they cannot reach the terminal as escape sequences, and
// each line is cut after 400 characters (bytes), so a huge argument cannot flood it.
std::string printable(std::string_view message);

} // namespace ntnu
