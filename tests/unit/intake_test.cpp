// SPDX-License-Identifier: MIT
#include "intake.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ntnu {
namespace {

TEST(ParseIntake, SemesterAndYear) {
    EXPECT_EQ(parse_intake("autumn-2027"), (Intake{Semester::autumn, 2027}));
    EXPECT_EQ(parse_intake("spring-2025"), (Intake{Semester::spring, 2025}));
}

TEST(ParseIntake, AnyLetterCase) {
    EXPECT_EQ(parse_intake("AUTUMN-2027"), (Intake{Semester::autumn, 2027}));
    EXPECT_EQ(parse_intake("Spring-2028"), (Intake{Semester::spring, 2028}));
}

TEST(ParseIntake, FallIsAutumn) {
    EXPECT_EQ(parse_intake("fall-2027"), (Intake{Semester::autumn, 2027}));
    EXPECT_EQ(parse_intake("Fall-2028"), (Intake{Semester::autumn, 2028}));
}

// Issue 32: a Norwegian applicant types the semester in bokmål.
TEST(ParseIntake, BokmalSemesterWords) {
    EXPECT_EQ(parse_intake("høst-2027"), (Intake{Semester::autumn, 2027}));
    EXPECT_EQ(parse_intake("HØST-2027"), (Intake{Semester::autumn, 2027}));
    EXPECT_EQ(parse_intake("høsten-2027"), (Intake{Semester::autumn, 2027}));
    EXPECT_EQ(parse_intake("vår-2028"), (Intake{Semester::spring, 2028}));
    EXPECT_EQ(parse_intake("Våren-2028"), (Intake{Semester::spring, 2028}));
    EXPECT_EQ(parse_intake("vinter-2028"), std::nullopt);
}

TEST(ParseIntake, RefusesEverythingElse) {
    for (const auto* text : {"", "autumn", "autumn2027", "autumn-27", "autumn-02027", "autumn-20x7",
                             "autumn-+027", "autumn-2027-", "winter-2027", "fal-2027", "-2027",
                             "autumn-1899", " autumn-2027", "autumn_2027"}) {
        EXPECT_FALSE(parse_intake(text).has_value()) << text;
    }
}

TEST(IntakeId, RoundTrips) {
    EXPECT_EQ(intake_id({Semester::autumn, 2027}), "autumn-2027");
    EXPECT_EQ(intake_id({Semester::spring, 2025}), "spring-2025");
    EXPECT_EQ(parse_intake(intake_id({Semester::spring, 2031})), (Intake{Semester::spring, 2031}));
}

TEST(IntakeOrder, SpringComesBeforeAutumnOfTheSameYear) {
    const Intake spring27{Semester::spring, 2027};
    const Intake autumn27{Semester::autumn, 2027};
    const Intake spring28{Semester::spring, 2028};
    EXPECT_LT(spring27, autumn27);
    EXPECT_LT(autumn27, spring28);
    EXPECT_EQ(autumn27, (Intake{Semester::autumn, 2027}));
    EXPECT_NE(autumn27, spring27);
}

TEST(IntakeOrder, SortsChronologically) {
    std::vector<Intake> intakes{{Semester::autumn, 2027},
                                {Semester::spring, 2028},
                                {Semester::autumn, 2025},
                                {Semester::spring, 2027}};
    std::sort(intakes.begin(), intakes.end());
    std::vector<std::string> ids;
    for (const auto& intake : intakes) {
        ids.push_back(intake_id(intake));
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"autumn-2025", "spring-2027", "autumn-2027",
                                             "spring-2028"}));
}

} // namespace
} // namespace ntnu
