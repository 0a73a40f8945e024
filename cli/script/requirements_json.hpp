// SPDX-License-Identifier: MIT
#pragma once
// `ntnu requirements --json`: each requirement with its stable id, status, due date and sources
// (docs/ntnu.schema.json, "requirements").

#include "format_template.hpp"
#include "json_output.hpp"
#include "requirements.hpp"

#include <vector>

namespace ntnu {

Json requirements_json(const std::vector<RequirementItem>& items);

// One requirement's --format fields: the same for every item, empty where a value is absent,
// so one template fits every line.
FieldRecord requirement_fields(const RequirementItem& item);

// Their names, for checking a template when no requirement is listed.
std::vector<std::string> requirement_field_names();

} // namespace ntnu
