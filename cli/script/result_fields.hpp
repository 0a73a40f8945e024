// SPDX-License-Identifier: MIT
#pragma once
// The --format fields of a result: its JSON keys, flattened to scalars, plus derived ones.

#include "format_template.hpp"
#include "json_output.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

// Flattens one JSON result: objects also give parent_child fields, arrays join with spaces.
FieldRecord fields_from_json(const Json& result);

// A deadline result's fields, with remaining_days, remaining_hours and remaining_human added.
FieldRecord deadline_fields(const Json& result, const Answer& answer);

// The names in a record, in order: the valid fields for --format.
std::vector<std::string> field_names_of(const FieldRecord& record);

// Prints each record through the template, one line each; checks every record first, so an
// error leaves nothing printed.
void print_formatted(const std::string& format, const std::vector<FieldRecord>& records,
                     const Output& context);

} // namespace ntnu
