#pragma once
// The environment variables the program honours, read in one place.

#include <optional>
#include <string>

namespace ntnu {

// The value of an environment variable, or nullopt when it is unset or empty: an empty value
// means unset, for every variable but TZ.
std::optional<std::string> env(const char* name);

// The value of an environment variable, empty or not; nullopt only when it is unset. For TZ
// alone, where POSIX gives the empty value a meaning of its own (UTC).
std::optional<std::string> env_even_empty(const char* name);

} // namespace ntnu
