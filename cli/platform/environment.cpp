#include "environment.hpp"

#include <cstdlib>

namespace ntnu {

std::optional<std::string> env(const char* name) {
    const char* value = std::getenv(name);
    // `NTNU_NOW= ntnu` or `export NTNU_DATA=` clears a setting, as it does for most programs.
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

std::optional<std::string> env_even_empty(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::nullopt : std::optional<std::string>{value};
}

} // namespace ntnu
