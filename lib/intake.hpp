#pragma once
// An intake: the semester a student starts in, such as autumn 2027.

#include "types.hpp"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

struct Intake {
    Semester semester = Semester::autumn;
    int year = 0;

    // Chronological: spring comes before autumn of the same year.
    friend constexpr auto operator<=>(const Intake&, const Intake&) = default;
};

// Parses "autumn-2027" or "spring-2027" (any letter case); nullopt otherwise.
std::optional<Intake> parse_intake(std::string_view text);

// "autumn-2027": the spelling options and data files use.
std::string intake_id(const Intake& intake);

} // namespace ntnu
