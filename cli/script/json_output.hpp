// SPDX-License-Identifier: MIT
#pragma once
// The machine-readable output: one object with "schema_version": 1 (see cli-contract.md).

#include "context.hpp"
#include "deadlines.hpp"
#include "group_resolution.hpp"

#include <nlohmann/json.hpp>

#include <optional>

namespace ntnu {

using Json = nlohmann::ordered_json; // keys keep the order the contract shows

// The envelope every --json output shares: schema_version, now, time_zone, and the data
// version with its staleness flag.
Json json_envelope(const Context& context);

// One entry of "results" for a deadline answer, with the rules that chose its group.
Json json_result(const Answer& answer, const std::optional<Resolution>& resolution,
                 const Context& context);

// [{"url", "quote", "as_of"}] for a list of sources, null where the data gives no quote or
// age: the `*_details` beside each `sources` list of URLs (docs/data-sources.md).
Json source_details_json(const std::vector<Source>& sources);

// Writes the document, pretty-printed, followed by a newline.
void write_json(const Json& document, const Output& context);

} // namespace ntnu
