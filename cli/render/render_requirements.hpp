// SPDX-License-Identifier: MIT
#pragma once
// `ntnu requirements` for a reader: one line per requirement, worst first, with the day it is
// due; --explain adds the rule that fired and the sources, with NTNU's words.

#include "context.hpp"
#include "requirements.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

// Who the answer is for, as the heading names it.
struct RequirementsHeading {
    Level level = Level::master;
    std::optional<Group> group; // none: no profile
    const Programme* programme = nullptr;
    std::optional<date::year_month_day> deadline;
};

enum class ExplainRequirements { brief, full };

void render_requirements(const RequirementsHeading& heading,
                         const std::vector<RequirementItem>& items, ExplainRequirements explain,
                         Context& context);

// The line `deadline` and `programme ID` end with: how many requirements apply (required, or
// for the programme to decide), and the command that lists them.
void render_requirements_count(const std::vector<RequirementItem>& items, Context& context);

// "required", "exempt", … in the output language.
std::string requirement_status_title(RequirementStatus status, const Language& lang);

} // namespace ntnu
