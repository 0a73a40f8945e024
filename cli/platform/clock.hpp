// SPDX-License-Identifier: MIT
#pragma once
// The real clock. Only the CLI reads it; the library takes `now` as a parameter.

#include "time_text.hpp"

namespace ntnu {

// The current instant, truncated to whole seconds.
Instant system_now();

} // namespace ntnu
