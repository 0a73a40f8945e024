// SPDX-License-Identifier: MIT
#include "group_resolution.hpp"

#include "test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ntnu {
namespace {

using test_support::shipped_catalog;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

Resolution resolve(const Profile& profile, Level level = Level::master) {
    return resolve_group(profile, shipped_catalog(), level);
}

Profile citizen_of(std::vector<std::string> codes) {
    Profile p;
    p.citizenships = std::move(codes);
    return p;
}

// "rule-id:fired" for each step, so a whole explanation compares in one line.
std::vector<std::string> trail(const Resolution& r) {
    std::vector<std::string> out;
    for (const auto& step : r.steps) {
        out.push_back(step.rule_id + (step.fired ? ":fired" : ":checked"));
    }
    return out;
}

TEST(ResolveGroup, EuCitizenIsEuEea) {
    const auto r = resolve(citizen_of({"DE"}));
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:fired"));
    EXPECT_EQ(r.confidence(), Confidence::confirmed);
}

TEST(ResolveGroup, DualCitizenWithOneEuCitizenshipIsEuEea) {
    const auto r = resolve(citizen_of({"IN", "DE"}));
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "dual-citizenship:fired"));
    EXPECT_THAT(r.steps[1].countries, ElementsAre("DE"));
    // NTNU states no rule for dual citizens, so the answer is only inferred.
    EXPECT_EQ(r.steps[1].confidence, Confidence::inferred);
    EXPECT_EQ(r.confidence(), Confidence::inferred);
}

TEST(ResolveGroup, DualEuCitizenNeedsNoDualCitizenshipRule) {
    // Both citizenships qualify on their own, so nothing rests on the inferred dual rule.
    const auto r = resolve(citizen_of({"DE", "FR"}));
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:fired"));
    EXPECT_EQ(r.confidence(), Confidence::confirmed);
}

TEST(ResolveGroup, SwissCitizenIsEuEea) {
    const auto r = resolve(citizen_of({"CH"}));
    EXPECT_EQ(r.group, Group::eu_eea);
    ASSERT_EQ(r.steps.size(), 2u);
    EXPECT_EQ(r.steps[1].rule_id, "eu-eea-citizen");
    EXPECT_THAT(r.steps[1].countries, ElementsAre("CH"));
    // The Swiss country set's own source is cited alongside the rule's.
    EXPECT_THAT(r.steps[1].sources, ::testing::Contains("https://ntnu.edu/studies/tuition-fee"));
}

TEST(ResolveGroup, LiechtensteinCitizenIsEuEea) {
    const auto r = resolve(citizen_of({"LI"}));
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(r.steps[1].sources, ::testing::Contains("https://www.efta.int/eea"));
}

TEST(ResolveGroup, GreenlandDegreeIsNordic) {
    Profile p = citizen_of({"US"});
    p.degree_from = "GL";
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::nordic);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:fired"));
    EXPECT_THAT(r.steps[0].countries, ElementsAre("GL"));
    // The Nordic country list itself is inferred (NTNU's own list is unconfirmed).
    EXPECT_EQ(r.confidence(), Confidence::inferred);
}

TEST(ResolveGroup, AalandDegreeIsNordic) {
    Profile p;
    p.degree_from = "AX";
    EXPECT_EQ(resolve(p).group, Group::nordic);
}

TEST(ResolveGroup, NordicDegreeBeatsNonEuCitizenship) {
    Profile p = citizen_of({"IN"});
    p.degree_from = "SE";
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::nordic);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:fired"));
}

TEST(ResolveGroup, NordicDegreeBeatsEuCitizenship) {
    Profile p = citizen_of({"DE"});
    p.degree_from = "NO";
    EXPECT_EQ(resolve(p).group, Group::nordic);
}

TEST(ResolveGroup, NorwegianCitizenWithForeignDegreeIsEuEea) {
    Profile p = citizen_of({"NO"});
    p.degree_from = "GB";
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:fired"));
    EXPECT_THAT(r.steps[0].countries, ElementsAre("GB"));
}

TEST(ResolveGroup, NonEuCitizenWithNorwegianIdAndUsDegreeIsEuEea) {
    Profile p = citizen_of({"IN"});
    p.degree_from = "US";
    p.norwegian_id = HasNorwegianId::yes;
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:checked",
                                      "norwegian-id:fired"));
    // Stated on NTNU's own programme pages; the visa condition travels with the step.
    EXPECT_EQ(r.steps[2].confidence, Confidence::confirmed);
    EXPECT_THAT(r.steps[2].note, ::testing::HasSubstr("visa"));
}

TEST(ResolveGroup, NorwegianIdDoesNotBeatANordicDegree) {
    Profile p = citizen_of({"IN"});
    p.degree_from = "DK";
    p.norwegian_id = HasNorwegianId::yes;
    EXPECT_EQ(resolve(p).group, Group::nordic);
}

TEST(ResolveGroup, NonEuCitizenIsNonEu) {
    const auto r = resolve(citizen_of({"IN"}));
    EXPECT_EQ(r.group, Group::non_eu);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:checked",
                                      "non-eu-default:fired"));
    EXPECT_EQ(r.confidence(), Confidence::confirmed);
}

TEST(ResolveGroup, UnitedKingdomIsNonEu) {
    EXPECT_EQ(resolve(citizen_of({"GB"})).group, Group::non_eu);
}

TEST(ResolveGroup, RefugeeFlagGivesRefugee) {
    Profile p = citizen_of({"UA"});
    p.refugee = RefugeeStatus::yes;
    p.degree_from = "SE";
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::refugee);
    EXPECT_THAT(trail(r), ElementsAre("refugee-status:fired"));
    EXPECT_THAT(r.steps[0].sources,
                ElementsAre("https://www.ntnu.edu/refugees/studies", "https://www.ntnu.edu/"));
}

TEST(ResolveGroup, CategorySkipsTheRules) {
    Profile p = citizen_of({"DE"});
    p.degree_from = "NO";
    p.refugee = RefugeeStatus::yes;
    p.category = Group::non_eu;
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::non_eu);
    EXPECT_THAT(trail(r), ElementsAre("category:fired"));
    EXPECT_EQ(r.confidence(), Confidence::confirmed);
}

TEST(ResolveGroup, NoCitizenshipIsNonEuByAssumption) {
    Profile p;
    p.degree_from = "US";
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::non_eu);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "non-eu-default:fired"));
    EXPECT_EQ(r.steps.back().confidence, Confidence::assumed);
    EXPECT_EQ(r.confidence(), Confidence::assumed);
}

TEST(ResolveGroup, OnlyANorwegianIdIsEuEea) {
    Profile p;
    p.norwegian_id = HasNorwegianId::yes;
    const auto r = resolve(p);
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "norwegian-id:fired"));
}

TEST(ResolveGroup, EveryStepNamesARuleWithSources) {
    Profile p = citizen_of({"IN", "DE"});
    p.degree_from = "US";
    const auto r = resolve(p);
    ASSERT_EQ(r.steps.size(), 2u);
    for (const auto& step : r.steps) {
        EXPECT_NE(shipped_catalog().rule(step.rule_id), nullptr) << step.rule_id;
        EXPECT_THAT(step.sources, Not(IsEmpty())) << step.rule_id;
        for (const auto& url : step.sources) {
            EXPECT_TRUE(url.starts_with("https://")) << url;
        }
    }
    EXPECT_THAT(r.steps[0].sources, ElementsAre("https://www.ntnu.edu/studies/admissions/master",
                                                "https://www.ntnu.no/studier/opptak/master"));
    EXPECT_THAT(r.steps[1].sources,
                ElementsAre("https://ntnu.edu/studies/tuition-fee",
                            "https://europa.eu/european-union/about-eu/countries_en?country=ES"));
}

// Exchange students are grouped by citizenship alone (facts §9).
TEST(ResolveGroupExchange, NordicDegreeDoesNotMoveANonEuCitizen) {
    Profile p = citizen_of({"IN"});
    p.degree_from = "SE";
    const auto r = resolve(p, Level::exchange);
    EXPECT_EQ(r.group, Group::non_eu);
    EXPECT_THAT(trail(r), ElementsAre("exchange-eu-eea-citizen:checked", "exchange-non-eu:fired"));
}

TEST(ResolveGroupExchange, NorwegianIdDoesNotMoveANonEuCitizen) {
    Profile p = citizen_of({"US"});
    p.norwegian_id = HasNorwegianId::yes;
    EXPECT_EQ(resolve(p, Level::exchange).group, Group::non_eu);
}

TEST(ResolveGroupExchange, EuAndSwissCitizensAreEuEea) {
    EXPECT_EQ(resolve(citizen_of({"DE"}), Level::exchange).group, Group::eu_eea);
    EXPECT_EQ(resolve(citizen_of({"CH"}), Level::exchange).group, Group::eu_eea);
    EXPECT_EQ(resolve(citizen_of({"SE"}), Level::exchange).group, Group::eu_eea);
}

TEST(ResolveGroupExchange, HasNoNordicOrRefugeeGroup) {
    Profile p = citizen_of({"UA"});
    p.refugee = RefugeeStatus::yes;
    EXPECT_EQ(resolve(p, Level::exchange).group, Group::non_eu);
    EXPECT_THAT(shipped_catalog().groups_of(Level::exchange),
                ElementsAre(Group::non_eu, Group::eu_eea));
}

// A territory's code is read as its people's citizenship (facts §9).
TEST(ResolveGroupTerritory, EuTerritoriesGiveEuEea) {
    for (const auto* code : {"AX", "GL", "GF", "GP", "MQ", "RE", "YT", "MF", "AW", "NC"}) {
        const auto r = resolve(citizen_of({code}));
        EXPECT_EQ(r.group, Group::eu_eea) << code;
        ASSERT_FALSE(r.steps.empty());
        EXPECT_EQ(r.steps.front().kind, StepKind::territory) << code;
        EXPECT_EQ(r.steps.front().countries.front(), code);
        EXPECT_THAT(r.steps.front().sources, Not(IsEmpty())) << code;
    }
}

TEST(ResolveGroupTerritory, SvalbardIsNorwayAndTheFaroeIslandsStayNonEu) {
    EXPECT_EQ(resolve(citizen_of({"SJ"})).group, Group::eu_eea);
    EXPECT_THAT(resolve(citizen_of({"SJ"})).steps.front().countries, ElementsAre("SJ", "NO"));
    // Danish nationals living in the Faroes are outside EU citizenship: the early date.
    EXPECT_EQ(resolve(citizen_of({"FO"})).group, Group::non_eu);
}

TEST(ResolveGroupTerritory, ATerritoryStaysANordicDegreeCountry) {
    Profile p = citizen_of({"IN"});
    p.degree_from = "GL";
    EXPECT_EQ(resolve(p).group, Group::nordic);
    p.degree_from = "FO";
    EXPECT_EQ(resolve(p).group, Group::nordic);
}

TEST(ResolveGroupRefugee, WithoutTheRefugeeRulesARefugeeHasANorwegianId) {
    Profile p = citizen_of({"UA"});
    p.refugee = RefugeeStatus::yes;
    const auto r = resolve_group(p, shipped_catalog(), Level::master, Group::refugee);
    EXPECT_EQ(r.group, Group::eu_eea);
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:checked",
                                      "refugee-norwegian-id:fired"));
    EXPECT_EQ(r.confidence(), Confidence::inferred);
}

TEST(ResolveGroupRefugee, ANordicDegreeStillComesFirst) {
    Profile p = citizen_of({"UA"});
    p.refugee = RefugeeStatus::yes;
    p.degree_from = "SE";
    EXPECT_EQ(resolve_group(p, shipped_catalog(), Level::master, Group::refugee).group,
              Group::nordic);
}

TEST(ResolveGroupBachelor, AResidencePermitDecides) {
    EXPECT_EQ(resolve(citizen_of({"IN"}), Level::bachelor).group, Group::non_eu);
    EXPECT_EQ(resolve(citizen_of({"DE"}), Level::bachelor).group, Group::eu_eea);
    Profile resident = citizen_of({"IN"});
    resident.norwegian_id = HasNorwegianId::yes;
    EXPECT_EQ(resolve(resident, Level::bachelor).group, Group::eu_eea);
}

TEST(CitizenGroup, ByCitizenshipAlone) {
    EXPECT_EQ(citizen_group(shipped_catalog(), Level::master, "IN"), Group::non_eu);
    EXPECT_EQ(citizen_group(shipped_catalog(), Level::master, "NO"), Group::eu_eea);
    EXPECT_EQ(citizen_group(shipped_catalog(), Level::master, "GL"), Group::eu_eea);
    EXPECT_EQ(citizen_group(shipped_catalog(), Level::exchange, "CH"), Group::eu_eea);
}

TEST(ProfileEmpty, OnlyWhenNothingWasSaid) {
    EXPECT_TRUE(Profile{}.empty());
    EXPECT_FALSE(citizen_of({"DE"}).empty());
    Profile id;
    id.norwegian_id = HasNorwegianId::yes;
    EXPECT_FALSE(id.empty());
    Profile category;
    category.category = Group::nordic;
    EXPECT_FALSE(category.empty());
}

TEST(InCountrySet, ExactAlpha2Codes) {
    EXPECT_TRUE(in_country_set(shipped_catalog(), "nordic", "FO"));
    EXPECT_FALSE(in_country_set(shipped_catalog(), "nordic", "DE"));
    EXPECT_FALSE(in_country_set(shipped_catalog(), "nordic", "no"));
    EXPECT_FALSE(in_country_set(shipped_catalog(), "no-such-set", "NO"));
}

} // namespace
} // namespace ntnu
