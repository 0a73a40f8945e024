// SPDX-License-Identifier: MIT
#include "clock.hpp"

namespace ntnu {

Instant system_now() {
    return date::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace ntnu
