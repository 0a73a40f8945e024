// SPDX-License-Identifier: MIT
#include "intake.hpp"

#include "text.hpp"

#include <charconv>
#include <utility>

namespace ntnu {
namespace {

// The semester word of an intake: the data's ("autumn", "spring"), American English's "fall",
// and bokmål's "høst"/"vår" (also "høsten"/"våren"), as a Norwegian applicant types them.
std::optional<Semester> semester_word(std::string word) {
    for (const auto& [upper, lower] :
         {std::pair{"\u00d8", "\u00f8"}, std::pair{"\u00c5", "\u00e5"}}) {
        for (auto at = word.find(upper); at != std::string::npos; at = word.find(upper, at)) {
            word.replace(at, std::string_view(upper).size(), lower);
        }
    }
    if (word == "fall" || word == "h\u00f8st" || word == "h\u00f8sten") {
        return Semester::autumn;
    }
    if (word == "v\u00e5r" || word == "v\u00e5ren") {
        return Semester::spring;
    }
    return parse_enum<Semester>(word);
}

} // namespace

std::optional<Intake> parse_intake(std::string_view text) {
    const auto dash = text.find('-');
    if (dash == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string word = ascii_lower(text.substr(0, dash));
    const auto semester = semester_word(word);
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
