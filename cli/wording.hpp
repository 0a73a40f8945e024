#pragma once
// The English words for the domain's values and for the group rules' explanations.

#include "catalog.hpp"
#include "group_resolution.hpp"

#include <string>

namespace ntnu {

// "non-EU/EEA", "EU/EEA and Swiss", "Nordic-degree", "refugee"
std::string group_title(Group group);

// "non-EU/EEA", "EU/EEA/Swiss", "Nordic", "refugee": for narrow table cells.
std::string short_group_title(Group group);

// "master's programmes"
std::string level_title(Level level);

// "application deadline", "nomination deadline"
std::string milestone_title(Milestone milestone);

// "autumn 2027"
std::string intake_title(const Intake& intake);

// "India (IN)"; the code alone if it is not a country.
std::string country_label(const std::string& alpha2);

// One sentence saying what a group rule found for this applicant.
std::string step_text(const ResolutionStep& step);

} // namespace ntnu
