// SPDX-License-Identifier: MIT
#pragma once
// The journey after the application, for scripts: the entries of lib/journey.hpp as the
// "journey" array of `ntnu timeline --json`.

#include "journey.hpp"
#include "json_output.hpp"
#include "render_journey.hpp"

#include <vector>

namespace ntnu {

// The entries as JSON objects, each naming its group; `mine`: the applicant's own steps.
Json journey_json(const std::vector<JourneyEntry>& entries, Group group, Mine mine);

} // namespace ntnu
