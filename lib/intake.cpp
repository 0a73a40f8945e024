// SPDX-License-Identifier: MIT
#include "intake.hpp"

#include "text.hpp"

#include <charconv>

namespace ntnu {

std::optional<Intake> parse_intake(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string word = ascii_lower(text.substr(0, dash));
    // American English says "fall" for the autumn semester.
    const auto semester = word == "fall" ? Semester::autumn : parse_enum<Semester>(word);
    const auto digits = text.substr(dash + 1);
    if (!semester || digits.size() != 4) {
        return std::nullopt;
    }
    int year = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
    if (ec != std::errc{} || end != digits.data() + digits.size() || year < 1900) {
        return std::nullopt;
    }
    return Intake{*semester, year};
}

std::string intake_id(const Intake& intake) {
    return std::string(to_string(intake.semester)) + "-" + std::to_string(intake.year);
}

} // namespace ntnu
