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

Resolution resolve(const Profile& profile) {
    return resolve_group(profile, shipped_catalog());
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
    EXPECT_THAT(trail(r), ElementsAre("nordic-degree:checked", "eu-eea-citizen:fired",
                                      "dual-citizenship:fired"));
    EXPECT_THAT(r.steps[1].countries, ElementsAre("DE"));
    EXPECT_THAT(r.steps[2].countries, ElementsAre("IN", "DE"));
    // NTNU states no rule for dual citizens, so the answer is only inferred.
    EXPECT_EQ(r.steps[2].confidence, Confidence::inferred);
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
    EXPECT_EQ(r.steps[2].confidence, Confidence::inferred);
    EXPECT_EQ(r.confidence(), Confidence::inferred);
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
    EXPECT_THAT(r.steps[0].sources, ElementsAre("https://www.ntnu.edu/refugees/studies"));
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
    ASSERT_EQ(r.steps.size(), 3u);
    for (const auto& step : r.steps) {
        EXPECT_NE(shipped_catalog().rule(step.rule_id), nullptr) << step.rule_id;
        EXPECT_THAT(step.sources, Not(IsEmpty())) << step.rule_id;
        for (const auto& url : step.sources) {
            EXPECT_TRUE(url.starts_with("https://")) << url;
        }
    }
    EXPECT_THAT(r.steps[0].sources, ElementsAre("https://www.ntnu.edu/studies/admissions/master"));
    EXPECT_THAT(r.steps[1].sources,
                ElementsAre("https://www.ntnu.edu/studies/faq-master",
                            "https://ntnu.edu/studies/mixd/admission",
                            "https://european-union.europa.eu/principles-countries-history/"
                            "eu-countries_en"));
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
