// SPDX-License-Identifier: MIT
#include "applicant_answers.hpp"

#include "test_support.hpp"
#include "time_text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using test_support::instant;
using test_support::shipped_catalog;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

ApplicantAnswers ask(const Profile& profile, std::string_view now, Level level = Level::master,
                     const char* programme = nullptr) {
    ApplicantQuery q;
    q.level = level;
    q.now = instant(now);
    q.programme = programme ? shipped_catalog().programme(programme) : nullptr;
    EXPECT_TRUE(programme == nullptr || q.programme != nullptr) << programme;
    return answer_applicant(shipped_catalog(), profile, q);
}

Profile refugee(std::vector<std::string> citizenships = {"UA"}) {
    Profile p;
    p.citizenships = std::move(citizenships);
    p.refugee = RefugeeStatus::yes;
    return p;
}

Profile citizen(std::string code) {
    Profile p;
    p.citizenships = {std::move(code)};
    return p;
}

std::string closes_utc(const Answer& a) {
    return a.occurrence ? format_rfc3339_utc(a.occurrence->closes) : "(no occurrence)";
}

// A refugee with no separate scheme gets the regular deadline of the rest of the profile, never
// status none (facts §9; the contract).
TEST(RefugeeWithoutAScheme, GetsTheRegularDeadlineOfTheNorwegianIdRule) {
    const auto out = ask(refugee(), "2026-11-27T12:00:00Z");
    ASSERT_EQ(out.groups.size(), 1u);
    EXPECT_EQ(out.groups[0].group, Group::refugee);
    const Answer& a = out.groups[0].answers.front();
    EXPECT_NE(a.status, Status::none);
    EXPECT_EQ(a.group, Group::eu_eea);
    EXPECT_EQ(closes_utc(a), "2027-03-01T22:59:00Z");
    ASSERT_TRUE(a.instead_of.has_value());
    EXPECT_EQ(a.instead_of->group, Group::refugee);
    // The explanation holds both passes: the refugee rule, then the regular route.
    ASSERT_TRUE(out.resolution.has_value());
    EXPECT_EQ(out.resolution->group, Group::refugee);
    EXPECT_EQ(out.resolution->steps.front().rule_id, "refugee-status");
    EXPECT_EQ(out.resolution->steps.back().rule_id, "refugee-norwegian-id");
    EXPECT_EQ(out.resolution->confidence(), Confidence::inferred);
}

TEST(RefugeeWithoutAScheme, WithANordicDegreeGetsTheNordicDeadline) {
    Profile p = refugee();
    p.degree_from = "SE";
    const auto out = ask(p, "2026-11-27T12:00:00Z");
    const Answer& a = out.groups[0].answers.front();
    EXPECT_EQ(a.group, Group::nordic);
    EXPECT_EQ(closes_utc(a), "2027-04-15T21:59:00Z");
}

TEST(RefugeeWithoutAScheme, WithAnEuCitizenshipGetsTheEuDeadline) {
    const auto out = ask(refugee({"DE"}), "2026-11-27T12:00:00Z");
    const Answer& a = out.groups[0].answers.front();
    EXPECT_EQ(a.group, Group::eu_eea);
    EXPECT_TRUE(a.instead_of.has_value());
}

TEST(RefugeeWithoutAScheme, TheOverviewRowIsTheRegularRoute) {
    const auto out = ask(Profile{}, "2026-11-27T12:00:00Z");
    ASSERT_EQ(out.groups.size(), 4u);
    EXPECT_FALSE(out.resolution.has_value());
    const auto& row = out.groups[3];
    EXPECT_EQ(row.group, Group::refugee);
    for (const auto& g : out.groups) {
        for (const auto& a : g.answers) {
            EXPECT_NE(a.status, Status::none) << to_string(g.group);
        }
    }
    EXPECT_EQ(row.answers.front().group, Group::eu_eea);
}

TEST(RefugeeWithAScheme, GetsTheSchemeWhileItIsOpen) {
    // Before the autumn 2024 scheme's 1 June 2024 deadline.
    const auto out = ask(refugee(), "2024-02-01T00:00:00Z");
    // The regular route first (issue 29 #1), then the scheme, marked.
    const auto& answers = out.groups[0].answers;
    ASSERT_EQ(answers.size(), 2u);
    EXPECT_EQ(answers[0].group, Group::eu_eea);
    EXPECT_TRUE(answers[0].instead_of->scheme_open);
    EXPECT_EQ(answers[1].group, Group::refugee);
    EXPECT_TRUE(answers[1].scheme);
    EXPECT_EQ(closes_utc(answers[1]), "2024-06-01T21:59:00Z");
}

TEST(Exchange, GroupedByCitizenshipAlone) {
    Profile p = citizen("IN");
    p.degree_from = "SE";
    const auto out = ask(p, "2026-11-27T12:00:00Z", Level::exchange);
    ASSERT_EQ(out.groups[0].answers.size(), 2u);
    EXPECT_EQ(out.groups[0].group, Group::non_eu);
    EXPECT_EQ(closes_utc(out.groups[0].answers[0]), "2027-03-15T22:59:00Z");
    EXPECT_EQ(closes_utc(out.groups[0].answers[1]), "2027-04-01T21:59:00Z");
    Profile us = citizen("US");
    us.norwegian_id = HasNorwegianId::yes;
    EXPECT_EQ(ask(us, "2026-11-27T12:00:00Z", Level::exchange).groups[0].group, Group::non_eu);
}

TEST(Programme, MisebHasNoDecemberRoute) {
    const auto out = ask(citizen("US"), "2026-11-27T12:00:00Z", Level::master, "miseb");
    const Answer& a = out.groups[0].answers.front();
    EXPECT_EQ(closes_utc(a), "2027-03-01T22:59:00Z");
    EXPECT_THAT(a.programme->requirement, HasSubstr("Norwegian"));
}

TEST(Programme, MaritimeEngineeringClosesOnFifteenthJanuary) {
    const auto out = ask(citizen("IN"), "2026-11-27T12:00:00Z", Level::master, "msnmme");
    EXPECT_EQ(closes_utc(out.groups[0].answers.front()), "2027-01-15T22:59:00Z");
}

TEST(Programme, DisputedDatesKeepTheEarlierAndSaySo) {
    const auto out = ask(citizen("DE"), "2026-11-27T12:00:00Z", Level::master, "msisee");
    const Answer& a = out.groups[0].answers.front();
    EXPECT_EQ(closes_utc(a), "2027-01-15T22:59:00Z");
    ASSERT_TRUE(a.occurrence.has_value());
    EXPECT_THAT(a.occurrence->disputed_note, HasSubstr("16 January"));
    EXPECT_THAT(a.occurrence->disputed_sources,
                ElementsAre("https://www.ntnu.edu/studies/nordic-master-programmes"));
}

TEST(Programme, ClosedToAGroupIsNotRoutedElsewhere) {
    const auto out = ask(citizen("IN"), "2026-11-27T12:00:00Z", Level::master, "mixd");
    const Answer& a = out.groups[0].answers.front();
    EXPECT_TRUE(a.closed_to_group);
    EXPECT_FALSE(a.instead_of.has_value());
}

TEST(Territory, GreenlandersGetTheEuDeadline) {
    const auto out = ask(citizen("GL"), "2026-11-27T12:00:00Z");
    const Answer& a = out.groups[0].answers.front();
    EXPECT_EQ(a.group, Group::eu_eea);
    EXPECT_EQ(closes_utc(a), "2027-03-01T22:59:00Z");
}

// A yearly date for a cycle NTNU has not published is projected, never confirmed: the seconds
// around the 1 December 2026 closing instant (22:59:00 UTC).
TEST(Projected, TheNextCycleAfterTheLastPublishedOne) {
    const auto before =
        ask(citizen("IN"), "2026-12-01T22:58:59Z").groups[0].answers.front(); // a copy
    EXPECT_EQ(closes_utc(before), "2026-12-01T22:59:00Z");
    EXPECT_EQ(before.remaining, 1s);
    EXPECT_EQ(before.occurrence->date_confidence, Confidence::confirmed);
    for (const auto* now : {"2026-12-01T22:59:00Z", "2026-12-01T22:59:01Z"}) {
        const auto after = ask(citizen("IN"), now).groups[0].answers.front();
        EXPECT_EQ(closes_utc(after), "2027-12-01T22:59:00Z") << now;
        EXPECT_EQ(after.occurrence->date_confidence, Confidence::projected) << now;
        // The time of day stays as assumed as it was.
        EXPECT_EQ(after.occurrence->time_confidence, Confidence::assumed) << now;
    }
}

TEST(Projected, AnInferredDateStaysInferred) {
    // The non-EU opening day is inferred; projecting it cannot make it surer.
    EXPECT_EQ(weakest(Confidence::inferred, Confidence::projected), Confidence::inferred);
    EXPECT_EQ(weakest(Confidence::confirmed, Confidence::projected), Confidence::projected);
}

TEST(Projected, TheTurnOfTheYear) {
    // New Year's Eve 2026 to 2027: the EU/EEA deadline of 1 March 2027 is the published cycle.
    for (const auto* now :
         {"2026-12-31T22:59:59Z", "2026-12-31T23:00:00Z", "2027-01-01T00:00:00Z"}) {
        const auto out = ask(citizen("DE"), now);
        const Answer& a = out.groups[0].answers.front();
        EXPECT_EQ(closes_utc(a), "2027-03-01T22:59:00Z") << now;
        EXPECT_EQ(a.occurrence->date_confidence, Confidence::confirmed) << now;
    }
}

// The front page given on 2026-11-26 dates the refugees' temporary places: 1 December 2026
// (facts §12). They are a scheme, not a programme's admission: the regular route stays first,
// and `check` decides on it alone.
TEST(RefugeeSchemeOpen, RegularRouteFirstThenTheSchemeMarked) {
    const auto out = ask(refugee(), "2026-11-26T12:00:00Z");
    const auto& answers = out.groups.at(0).answers;
    ASSERT_EQ(answers.size(), 2u);
    EXPECT_FALSE(answers[0].scheme);
    EXPECT_EQ(answers[0].group, Group::eu_eea);
    ASSERT_TRUE(answers[0].instead_of.has_value());
    EXPECT_TRUE(answers[0].instead_of->scheme_open);
    EXPECT_TRUE(answers[1].scheme);
    EXPECT_EQ(closes_utc(answers[1]), "2026-12-01T22:59:00Z");
    EXPECT_EQ(answers[1].occurrence->intake_confidence, Confidence::inferred);
    EXPECT_EQ(answers[1].occurrence->intake, (Intake{Semester::spring, 2027}));
    EXPECT_TRUE(answers[1].occurrence->offers.empty()); // what is offered: not stated
    // Within 10 days only the scheme closes: the regular route decides, so not within.
    EXPECT_EQ(check_verdict(answers, 10 * 24h), Verdict::outside_window);
}

TEST(RefugeeSchemeOpen, AskedAboutAProgrammeOnlyTheRegularRoute) {
    const auto out = ask(refugee(), "2026-11-26T12:00:00Z", Level::master, "mixd");
    for (const auto& a : out.groups.at(0).answers) {
        EXPECT_FALSE(a.scheme);
    }
}

TEST(RefugeeSchemeOpen, AfterItClosesNoSchemeIsShown) {
    const auto out = ask(refugee(), "2026-12-07T12:00:00Z");
    const auto& answers = out.groups.at(0).answers;
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_FALSE(answers[0].scheme);
    EXPECT_FALSE(answers[0].instead_of->scheme_open);
}

// Exchange nomination is the earlier of citizenship and the home university's country (issue 29
// #6): partners outside the EU/EEA, Swiss ones among them, nominate by 15 March.
TEST(ExchangeNomination, EuCitizenWithoutAHomeCountryMeetsTheFifteenthOfMarch) {
    const auto out = ask(citizen("FR"), "2026-12-07T12:00:00Z", Level::exchange);
    const auto& answers = out.groups.at(0).answers;
    ASSERT_EQ(answers.size(), 2u);
    EXPECT_EQ(answers[0].milestone, Milestone::nominate);
    EXPECT_EQ(closes_utc(answers[0]), "2027-03-15T22:59:00Z");
    ASSERT_TRUE(answers[0].occurrence->if_home_in.has_value());
    EXPECT_EQ(format_rfc3339_utc(answers[0].occurrence->if_home_in->closes),
              "2027-04-15T21:59:00Z");
    // The application (issue 29 #7): 15 April, disputed against the FAQ's 1 May.
    EXPECT_EQ(closes_utc(answers[1]), "2027-04-15T21:59:00Z");
    EXPECT_FALSE(answers[1].occurrence->disputed_note.empty());
}

TEST(ExchangeNomination, TheHomeUniversitysCountryDecides) {
    Profile swiss = citizen("DE");
    swiss.home_country = "CH";
    EXPECT_EQ(closes_utc(ask(swiss, "2026-12-07T12:00:00Z", Level::exchange).groups[0].answers[0]),
              "2027-03-15T22:59:00Z");
    Profile german = citizen("DE");
    german.home_country = "DE";
    const auto at_home = ask(german, "2026-12-07T12:00:00Z", Level::exchange).groups[0].answers;
    EXPECT_EQ(closes_utc(at_home[0]), "2027-04-15T21:59:00Z");
    EXPECT_FALSE(at_home[0].occurrence->if_home_in.has_value());
    Profile brazilian = citizen("BR");
    brazilian.home_country = "DE";
    EXPECT_EQ(
        closes_utc(ask(brazilian, "2026-12-07T12:00:00Z", Level::exchange).groups[0].answers[0]),
        "2027-03-15T22:59:00Z");
}

} // namespace
} // namespace ntnu
