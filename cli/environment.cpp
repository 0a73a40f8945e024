#include "environment.hpp"

#include <cstdlib>

namespace ntnu {

std::optional<std::string> env(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::nullopt : std::optional<std::string>{value};
}

} // namespace ntnu
