// SPDX-License-Identifier: MIT
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

    // Every field, once (as the structs of catalog.hpp list theirs).
    template <typename Self, typename F> static void fields(Self& self, F&& f) {
        f("semester", self.semester);
        f("year", self.year);
    }

    // Chronological: by year, and spring comes before autumn of the same year. (A defaulted
    // <=> would compare the semester first, putting autumn-2027 after spring-2028.)
    friend constexpr std::strong_ordering operator<=>(const Intake& a, const Intake& b) {
        if (const auto by_year = a.year <=> b.year; by_year != 0) {
            return by_year;
        }
        return a.semester <=> b.semester;
    }
    friend constexpr bool operator==(const Intake&, const Intake&) = default;
};

// Parses "autumn-2027" or "spring-2027" (any letter case), also "fall-2027" and bokmål
// "høst-2027"/"vår-2028"; nullopt otherwise.
std::optional<Intake> parse_intake(std::string_view text);

// "autumn-2027": the spelling options and data files use.
std::string intake_id(const Intake& intake);

} // namespace ntnu
