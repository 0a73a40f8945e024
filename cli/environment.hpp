#pragma once
// The environment variables the program honours, read in one place.

#include <optional>
#include <string>

namespace ntnu {

// The value of an environment variable, or nullopt when it is unset.
std::optional<std::string> env(const char* name);

} // namespace ntnu
