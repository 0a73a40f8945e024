// SPDX-License-Identifier: MIT
#include "journey.hpp"

#include "test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

namespace ntnu {
namespace {

using test_support::instant;
using test_support::shipped_catalog;

Profile citizen(std::vector<std::string> codes) {
    Profile p;
    p.citizenships = std::move(codes);
    return p;
}

std::vector<JourneyEntry> steps(Level level, Group group, Intake intake, const Profile* profile,
                                std::string_view now = "2026-11-27T12:00:00Z",
                                const char* programme = nullptr) {
    JourneyQuery q;
    q.level = level;
    q.group = group;
    q.intake = intake;
    q.profile = profile;
    q.now = instant(now);
    q.programme = programme ? shipped_catalog().programme(programme) : nullptr;
    return journey(shipped_catalog(), q);
}

const JourneyEntry* find(const std::vector<JourneyEntry>& entries, std::string_view id) {
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const JourneyEntry& e) { return e.step->id == id; });
    return it == entries.end() ? nullptr : &*it;
}

constexpr Intake autumn_2027{Semester::autumn, 2027};

TEST(Tuition, NonEuCitizenPays) {
    const auto p = citizen({"IN"});
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::non_eu, nullptr),
              Concerns::yes);
}

TEST(Tuition, EuEeaAndSwissCitizensAreExempt) {
    for (const char* code : {"DE", "NO", "IS", "LI", "CH"}) {
        const auto p = citizen({code});
        EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::eu_eea, nullptr),
                  Concerns::no)
            << code;
    }
}

TEST(Tuition, DualCitizenWithOneEuCitizenshipIsExempt) {
    const auto p = citizen({"IN", "DE"});
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::non_eu, nullptr),
              Concerns::no);
}

TEST(Tuition, TerritoryReadsAsItsPeoplesCitizenship) {
    const auto p = citizen({"GL"}); // Greenlanders are Danish citizens
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::non_eu, nullptr),
              Concerns::no);
}

TEST(Tuition, NordicDegreeDoesNotExemptANonEuCitizen) {
    Profile p = citizen({"IN"});
    p.degree_from = "SE";
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::nordic, nullptr),
              Concerns::yes);
}

TEST(Tuition, NordicDegreeWithoutCitizenshipDepends) {
    Profile p;
    p.degree_from = "SE";
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::nordic, nullptr),
              Concerns::maybe);
}

TEST(Tuition, ExchangeAndPhdAreExempt) {
    const auto p = citizen({"IN"});
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::exchange, Group::non_eu, nullptr),
              Concerns::no);
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::phd, Group::non_eu, nullptr), Concerns::no);
}

TEST(Tuition, ErasmusMundusAndJointNordicAreExempt) {
    const auto p = citizen({"IN"});
    for (const auto& programme : shipped_catalog().programmes) {
        if (programme.kind == ProgrammeKind::erasmus_mundus ||
            programme.kind == ProgrammeKind::joint_nordic) {
            EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::non_eu, &programme),
                      Concerns::no)
                << programme.id;
        }
    }
}

// lib resolves a refugee with no separate scheme to a regular group (instead_of): the
// exemption must follow the applicant's own status, not the group.
TEST(Tuition, RefugeeWithProtectionIsExemptWhateverTheGroup) {
    Profile p = citizen({"UA"});
    p.refugee = RefugeeStatus::yes;
    for (const Group g : {Group::non_eu, Group::eu_eea, Group::refugee}) {
        EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, g, nullptr), Concerns::no);
        EXPECT_EQ(applies_for_fee_exemption(shipped_catalog(), p, Level::master, g, nullptr),
                  Concerns::yes);
    }
}

TEST(Tuition, RefugeeWithoutCitizenshipAppliesForExemptionInTheNorwegianIdGroup) {
    Profile p;
    p.refugee = RefugeeStatus::yes;
    EXPECT_EQ(
        applies_for_fee_exemption(shipped_catalog(), p, Level::master, Group::eu_eea, nullptr),
        Concerns::yes);
    EXPECT_EQ(pays_tuition(shipped_catalog(), p, Level::master, Group::eu_eea, nullptr),
              Concerns::no);
}

TEST(Permit, NeededOnlyByNonEuCitizensWithoutProtectionOrId) {
    const auto& c = shipped_catalog();
    EXPECT_EQ(needs_permit(c, citizen({"IN"}), Level::master, Group::non_eu), Concerns::yes);
    EXPECT_EQ(needs_permit(c, citizen({"DE"}), Level::master, Group::eu_eea), Concerns::no);
    Profile id = citizen({"US"});
    id.norwegian_id = HasNorwegianId::yes;
    EXPECT_EQ(needs_permit(c, id, Level::master, Group::eu_eea), Concerns::no);
    Profile refugee = citizen({"SY"});
    refugee.refugee = RefugeeStatus::yes;
    EXPECT_EQ(needs_permit(c, refugee, Level::master, Group::non_eu), Concerns::no);
}

TEST(Journey, NonEuMasterHasSourcedStepsAfterTheDeadline) {
    const auto p = citizen({"IN"});
    const auto entries = steps(Level::master, Group::non_eu, autumn_2027, &p);
    int after = 0;
    for (const auto& e : entries) {
        EXPECT_FALSE(e.sources.empty()) << e.step->id;
        if (!e.step->at_deadline) {
            ++after;
        }
    }
    EXPECT_GE(after, 3);
    ASSERT_NE(find(entries, "tuition-fee"), nullptr);
    ASSERT_NE(find(entries, "residence-permit"), nullptr);
    EXPECT_EQ(find(entries, "tuition-fee-exemption"), nullptr);
    // Results for non-EU master's applicants are "TBA": undated, never a made-up day.
    ASSERT_NE(find(entries, "master-results"), nullptr);
    EXPECT_EQ(find(entries, "master-results")->precision, StepPrecision::undated);
    // The July dates belong to the Nordic track only.
    EXPECT_EQ(find(entries, "master-nordic-results"), nullptr);
}

TEST(Journey, NoTuitionFeeBeforeTheAutumn2023Intake) {
    const auto p = citizen({"IN"});
    EXPECT_EQ(
        find(steps(Level::master, Group::non_eu, {Semester::autumn, 2022}, &p), "tuition-fee"),
        nullptr);
    EXPECT_NE(
        find(steps(Level::master, Group::non_eu, {Semester::autumn, 2023}, &p), "tuition-fee"),
        nullptr);
}

TEST(Journey, EuCitizenHasNoFeeOrPermitStep) {
    const auto p = citizen({"DE"});
    const auto entries = steps(Level::master, Group::eu_eea, autumn_2027, &p);
    EXPECT_EQ(find(entries, "tuition-fee"), nullptr);
    EXPECT_EQ(find(entries, "residence-permit"), nullptr);
}

TEST(Journey, RefugeeOnTheRegularRouteAppliesForExemption) {
    Profile p = citizen({"UA"});
    p.refugee = RefugeeStatus::yes;
    const auto entries = steps(Level::master, Group::non_eu, autumn_2027, &p);
    EXPECT_EQ(find(entries, "tuition-fee"), nullptr);
    EXPECT_NE(find(entries, "tuition-fee-exemption"), nullptr);
    EXPECT_EQ(find(entries, "residence-permit"), nullptr);
}

TEST(Journey, NordicDatesBelongToTheirYearOnly) {
    Profile p;
    p.degree_from = "SE";
    const auto in_2020 = steps(Level::master, Group::nordic, {Semester::autumn, 2020}, &p);
    const auto* results = find(in_2020, "master-nordic-results");
    ASSERT_NE(results, nullptr);
    EXPECT_EQ(results->precision, StepPrecision::day);
    EXPECT_EQ(results->day, date::year{2020} / 7 / 13);
    EXPECT_TRUE(results->past);

    const auto in_2027 = steps(Level::master, Group::nordic, autumn_2027, &p);
    results = find(in_2027, "master-nordic-results");
    ASSERT_NE(results, nullptr);
    EXPECT_EQ(results->precision, StepPrecision::undated);
    ASSERT_TRUE(results->last_dated);
    EXPECT_EQ(results->last_dated->intake_year, 2020);
    // Without a citizenship the fee depends on it.
    ASSERT_NE(find(in_2027, "tuition-fee"), nullptr);
    EXPECT_EQ(find(in_2027, "tuition-fee")->concerns, Concerns::maybe);
}

TEST(Journey, SemesterStartComesFromTheData) {
    const auto p = citizen({"IN"});
    const auto autumn = steps(Level::master, Group::non_eu, autumn_2027, &p);
    const auto* start = find(autumn, "semester-start-autumn");
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->precision, StepPrecision::month);
    EXPECT_EQ(start->month, date::year{2027} / date::August);
    const auto in_2020 = steps(Level::master, Group::non_eu, {Semester::autumn, 2020}, &p);
    start = find(in_2020, "semester-start-autumn");
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->precision, StepPrecision::day);
    EXPECT_EQ(start->day, date::year{2020} / 8 / 17);
    EXPECT_TRUE(starts_semester(*start->step));
    ASSERT_NE(find(autumn, "tuition-fee"), nullptr);
    EXPECT_FALSE(starts_semester(*find(autumn, "tuition-fee")->step));
}

TEST(Journey, YearlyDaysAfterTheLastPublishedYearAreProjected) {
    const auto p = citizen({"IN"});
    const auto entries = steps(Level::bachelor, Group::non_eu, autumn_2027, &p);
    const auto* reply = find(entries, "bachelor-reply");
    ASSERT_NE(reply, nullptr);
    EXPECT_EQ(reply->day, date::year{2027} / 7 / 24);
    EXPECT_EQ(reply->confidence, Confidence::projected);
    // No source in the data names the year of its 24 July (the 2023 news quote does not), so
    // even 2023's day is projected from the yearly rule.
    const auto in_2023 = steps(Level::bachelor, Group::non_eu, {Semester::autumn, 2023}, &p);
    EXPECT_EQ(find(in_2023, "bachelor-reply")->confidence, Confidence::projected);
    // A dated year replaces the yearly day.
    const auto in_2016 = steps(Level::bachelor, Group::non_eu, {Semester::autumn, 2016}, &p);
    EXPECT_EQ(find(in_2016, "bachelor-reply")->day, date::year{2016} / 7 / 26);
}

TEST(Journey, PastIsJudgedOnTheDayInOslo) {
    const auto p = citizen({"IN"});
    // 24 July 2027 in Oslo begins at 22:00 UTC on the 23rd.
    auto entries = steps(Level::bachelor, Group::non_eu, autumn_2027, &p, "2027-07-23T21:59:59Z");
    EXPECT_FALSE(find(entries, "bachelor-reply")->past);
    entries = steps(Level::bachelor, Group::non_eu, autumn_2027, &p, "2027-07-24T22:00:00Z");
    EXPECT_TRUE(find(entries, "bachelor-reply")->past);
}

TEST(Journey, NextAfterDeadlineSkipsTheStepDueWithIt) {
    const auto p = citizen({"IN"});
    const auto entries = steps(Level::master, Group::non_eu, autumn_2027, &p);
    const auto* next = next_after_deadline(entries);
    ASSERT_NE(next, nullptr);
    EXPECT_FALSE(next->step->at_deadline);
    EXPECT_TRUE(entries.front().step->at_deadline);
}

// NTNU dates no exchange answer: "8 weeks from after the official deadline", "on a rolling
// basis". Undated, with its source; the end of June fits the autumn deadlines only.
TEST(Journey, ExchangeAnswerIsUndatedWithItsSource) {
    for (const Group g : {Group::non_eu, Group::eu_eea}) {
        const auto autumn = steps(Level::exchange, g, autumn_2027, nullptr);
        const auto* a = find(autumn, "exchange-results-autumn");
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->precision, StepPrecision::undated);
        EXPECT_EQ(a->confidence, Confidence::confirmed);
        EXPECT_EQ(a->sources,
                  std::vector<std::string>{"https://www.ntnu.edu/studies/faq-exchange"});
        EXPECT_NE(a->step->rule.find("end of June"), std::string::npos);
        EXPECT_EQ(find(autumn, "exchange-results-spring"), nullptr);
        EXPECT_EQ(next_after_deadline(autumn), a);

        const auto spring = steps(Level::exchange, g, {Semester::spring, 2028}, nullptr);
        const auto* s = find(spring, "exchange-results-spring");
        ASSERT_NE(s, nullptr);
        EXPECT_EQ(s->step->rule.find("June"), std::string::npos);
        EXPECT_EQ(find(spring, "exchange-results-autumn"), nullptr);
    }
    EXPECT_EQ(
        find(steps(Level::master, Group::non_eu, autumn_2027, nullptr), "exchange-results-autumn"),
        nullptr);
}
// A programme's own study start wins (issue 29 #3): msisee "Study start in September only."
TEST(SemesterStart, AProgrammesOwnStartMonthWins) {
    const auto own =
        steps(Level::master, Group::eu_eea, autumn_2027, nullptr, "2026-12-07T12:00:00Z", "msisee");
    const auto it = std::find_if(own.begin(), own.end(),
                                 [](const JourneyEntry& e) { return starts_semester(*e.step); });
    ASSERT_NE(it, own.end());
    EXPECT_EQ(it->precision, StepPrecision::month);
    EXPECT_EQ(it->month, date::year{2027} / date::September);
    // Another programme keeps the level's start.
    const auto general =
        steps(Level::master, Group::eu_eea, autumn_2027, nullptr, "2026-12-07T12:00:00Z", "mixd");
    const auto start = std::find_if(general.begin(), general.end(),
                                    [](const JourneyEntry& e) { return starts_semester(*e.step); });
    ASSERT_NE(start, general.end());
    EXPECT_NE(start->month, date::year{2027} / date::September);
}

} // namespace
} // namespace ntnu
