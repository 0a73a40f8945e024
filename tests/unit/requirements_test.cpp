// SPDX-License-Identifier: MIT
#include "requirements.hpp"

#include "test_support.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>

// Each case names only the parts of the profile it is about ({.citizenships = {"IN"}}); the
// rest keep Ask's defaults, which is what designated initializers are for here.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace ntnu {
namespace {

using test_support::minimal_catalog_text;
using test_support::shipped_catalog;
using namespace date::literals;

struct Ask {
    Level level = Level::master;
    std::optional<Group> group = Group::non_eu;
    std::vector<std::string> citizenships;
    std::optional<std::string> degree_from;
    std::optional<std::string> school_from;
    const char* programme = nullptr;
    std::optional<date::year_month_day> deadline = 2026_y / date::December / 1;
    const char* test = nullptr;
    std::optional<date::year_month_day> taken;
};

std::vector<RequirementItem> ask(const Ask& a) {
    static Profile profile;
    profile = Profile{};
    profile.citizenships = a.citizenships;
    profile.degree_from = a.degree_from;
    RequirementQuery q;
    q.level = a.level;
    q.group = a.group;
    q.profile = &profile;
    q.programme = a.programme ? shipped_catalog().programme(a.programme) : nullptr;
    q.school_from = a.school_from;
    q.deadline = a.deadline;
    if (a.test != nullptr) {
        q.english_test = EnglishTestTaken{find_english_test(shipped_catalog(), a.test), a.taken};
    }
    return requirements_for(shipped_catalog(), q);
}

const RequirementItem* item(const std::vector<RequirementItem>& items, std::string_view id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const RequirementItem& i) {
        return i.record->requirement == id;
    });
    return it == items.end() ? nullptr : &*it;
}

RequirementStatus status(const std::vector<RequirementItem>& items, std::string_view id) {
    const auto* i = item(items, id);
    EXPECT_NE(i, nullptr) << id;
    return i != nullptr ? i->status : RequirementStatus::not_applicable;
}

TEST(Requirements, EveryRecordHasASourceAndAStableId) {
    const std::vector<std::string> stable{"english",   "norwegian",          "academic",
                                          "documents", "transcripts_direct", "verification",
                                          "financing", "tuition_fee",        "residence_permit"};
    ASSERT_FALSE(shipped_catalog().requirements.empty());
    for (const auto& r : shipped_catalog().requirements) {
        EXPECT_FALSE(r.provenance.sources.empty()) << r.id;
        EXPECT_THAT(stable, ::testing::Contains(r.requirement)) << r.id;
        EXPECT_FALSE(r.summary.empty()) << r.id;
        EXPECT_FALSE(r.summary_nb.empty()) << r.id;
    }
}

TEST(Requirements, IndianMastersApplicantDocumentsEnglishByTheDeadline) {
    const auto items = ask({.citizenships = {"IN"}, .degree_from = "IN"});
    const auto* english = item(items, "english");
    ASSERT_NE(english, nullptr);
    EXPECT_EQ(english->status, RequirementStatus::required);
    EXPECT_EQ(english->due, 2026_y / date::December / 1);
    EXPECT_EQ(status(items, "transcripts_direct"), RequirementStatus::not_applicable);
    EXPECT_EQ(status(items, "verification"), RequirementStatus::not_applicable);
    EXPECT_EQ(status(items, "tuition_fee"), RequirementStatus::required);
    EXPECT_EQ(status(items, "residence_permit"), RequirementStatus::required);
    EXPECT_EQ(status(items, "financing"), RequirementStatus::required);
    EXPECT_EQ(status(items, "norwegian"), RequirementStatus::not_applicable);
}

TEST(Requirements, ChinaNeedsChesiccAndPakistanTheHecStamp) {
    const auto cn = ask({.citizenships = {"CN"}, .degree_from = "CN"});
    ASSERT_NE(item(cn, "verification"), nullptr);
    EXPECT_EQ(item(cn, "verification")->record->id, "verification-cn");
    EXPECT_EQ(item(cn, "verification")->status, RequirementStatus::required);
    const auto pk = ask({.citizenships = {"PK"}, .degree_from = "PK"});
    EXPECT_EQ(item(pk, "verification")->record->id, "verification-pk");
}

TEST(Requirements, UsDegreeSendsTranscriptsDirectly) {
    const auto items = ask({.citizenships = {"US"}, .degree_from = "US"});
    const auto* t = item(items, "transcripts_direct");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->status, RequirementStatus::required);
    // Non-EU: the documentation deadline is inferred from the other groups' pages.
    EXPECT_EQ(t->due_confidence, Confidence::inferred);
    const auto eu = ask({.group = Group::eu_eea,
                         .citizenships = {"DE"},
                         .degree_from = "US",
                         .deadline = 2027_y / date::March / 1});
    EXPECT_EQ(item(eu, "transcripts_direct")->due_confidence, Confidence::confirmed);
}

TEST(Requirements, GermanPaysNoFeeAndNeedsNoPermit) {
    const auto items = ask({.group = Group::eu_eea, .citizenships = {"DE"}, .degree_from = "DE"});
    EXPECT_EQ(status(items, "tuition_fee"), RequirementStatus::exempt);
    EXPECT_EQ(status(items, "residence_permit"), RequirementStatus::not_applicable);
    EXPECT_EQ(status(items, "financing"), RequirementStatus::not_applicable);
    EXPECT_EQ(status(items, "english"), RequirementStatus::required);
}

TEST(Requirements, NordicSchoolCoversEnglishNotTheCitizenship) {
    const auto swede_no_school = ask({.group = Group::nordic, .citizenships = {"SE"}});
    EXPECT_EQ(status(swede_no_school, "english"), RequirementStatus::required);
    const auto school = ask({.group = Group::nordic, .citizenships = {"SE"}, .school_from = "SE"});
    EXPECT_EQ(status(school, "english"), RequirementStatus::exempt);
    // A Faroese school is not among the countries NTNU names.
    const auto faroe = ask({.group = Group::nordic, .citizenships = {"DK"}, .school_from = "FO"});
    EXPECT_EQ(status(faroe, "english"), RequirementStatus::required);
}

TEST(Requirements, MisebAsksForNorwegianUnlessANordicSchool) {
    const auto items = ask({.group = Group::nordic, .citizenships = {"SE"}, .programme = "miseb"});
    EXPECT_EQ(status(items, "norwegian"), RequirementStatus::required);
    const auto school = ask({.group = Group::nordic,
                             .citizenships = {"SE"},
                             .school_from = "SE",
                             .programme = "miseb"});
    EXPECT_EQ(status(school, "norwegian"), RequirementStatus::exempt);
}

TEST(Requirements, ErasmusMundusSetsItsOwnEnglish) {
    const auto items = ask({.citizenships = {"IN"}, .programme = "mscomema"});
    EXPECT_EQ(status(items, "english"), RequirementStatus::check_programme);
    EXPECT_EQ(status(items, "tuition_fee"), RequirementStatus::exempt);
}

TEST(Requirements, ExchangeFromBrazilDocumentsEnglishFromGermanyNeedNot) {
    const auto br = ask({.level = Level::exchange, .citizenships = {"BR"}});
    EXPECT_EQ(status(br, "english"), RequirementStatus::required);
    EXPECT_EQ(item(br, "english")->due, std::nullopt); // NTNU gives no separate date
    EXPECT_EQ(status(br, "tuition_fee"), RequirementStatus::exempt);
    const auto de = ask({.level = Level::exchange, .group = Group::eu_eea, .citizenships = {"DE"}});
    EXPECT_EQ(status(de, "english"), RequirementStatus::exempt);
    EXPECT_EQ(item(de, "documents"), nullptr); // no record for exchange: left out
}

TEST(Requirements, PhdDefersToTheVacancy) {
    const auto items = ask({.level = Level::phd, .citizenships = {"IN"}, .deadline = std::nullopt});
    EXPECT_EQ(status(items, "english"), RequirementStatus::check_programme);
    EXPECT_EQ(status(items, "academic"), RequirementStatus::check_programme);
    EXPECT_EQ(status(items, "tuition_fee"), RequirementStatus::exempt);
    for (const auto& i : items) {
        EXPECT_EQ(i.due, std::nullopt) << i.record->id;
    }
}

TEST(Requirements, WorstFirst) {
    const auto items = ask({.citizenships = {"IN"}, .degree_from = "IN"});
    ASSERT_FALSE(items.empty());
    for (std::size_t i = 1; i < items.size(); ++i) {
        EXPECT_LE(static_cast<int>(items[i - 1].status == RequirementStatus::required ? 0 : 1),
                  static_cast<int>(items[i].status == RequirementStatus::required ? 0 : 1));
    }
    EXPECT_EQ(items.front().status, RequirementStatus::required);
    EXPECT_TRUE(items.front().due.has_value()); // dated ones first
}

TEST(EnglishTest, TwoYearsFromTheDayTaken) {
    const auto& toefl = *find_english_test(shipped_catalog(), "toefl");
    EXPECT_EQ(test_valid_until(toefl, 2024_y / date::October / 1), 2026_y / date::October / 1);
    EXPECT_EQ(test_valid_until(toefl, 2024_y / date::February / 29), 2026_y / date::February / 28);
    EXPECT_EQ(test_valid_until(*find_english_test(shipped_catalog(), "cambridge"),
                               2001_y / date::June / 1),
              std::nullopt);
}

TEST(EnglishTest, RunsOutBeforeTheDeadline) {
    const auto items = ask({.citizenships = {"IN"}, .test = "toefl", .taken = 2024_y / 10 / 1});
    const auto* english = item(items, "english");
    ASSERT_NE(english, nullptr);
    ASSERT_TRUE(english->test.has_value());
    EXPECT_EQ(english->test->valid_until, 2026_y / date::October / 1);
    EXPECT_EQ(english->test->valid_at_deadline, false);
    EXPECT_TRUE(english->test_runs_out);
    EXPECT_EQ(english->due, 2026_y / date::October / 1);
    EXPECT_EQ(items.front().record->requirement, "english"); // the soonest due comes first
}

TEST(EnglishTest, StillValidOnTheDeadline) {
    const auto items = ask({.citizenships = {"IN"}, .test = "ielts", .taken = 2025_y / 3 / 1});
    const auto* english = item(items, "english");
    EXPECT_EQ(english->test->valid_at_deadline, true);
    EXPECT_FALSE(english->test_runs_out);
    EXPECT_EQ(english->due, 2026_y / date::December / 1);
}

TEST(EnglishTest, CambridgeNeverRunsOut) {
    const auto items =
        ask({.citizenships = {"IN"}, .test = "cambridge", .taken = 2010_y / date::June / 1});
    const auto* english = item(items, "english");
    EXPECT_EQ(english->test->valid_until, std::nullopt);
    EXPECT_EQ(english->test->valid_at_deadline, true);
}

TEST(RequirementData, RefusesARequirementWithoutASource) {
    const auto text = minimal_catalog_text() + R"(
[[requirement]]
id = "english-x"
requirement = "english"
levels = ["master"]
when = "always"
status = "required"
summary = "English"
summary_nb = "Engelsk"
confidence = "confirmed"
)";
    const auto result = parse_catalog(text, "t.toml", Checks::validation);
    EXPECT_FALSE(result.catalog.has_value());
    std::vector<std::string> messages;
    for (const auto& d : result.diagnostics) {
        messages.push_back(d.message);
    }
    EXPECT_THAT(messages,
                ::testing::Contains(::testing::HasSubstr("is missing the key 'sources'")));
}

TEST(RequirementData, RefusesAMinimumScoreNoQuoteStates) {
    const auto text = minimal_catalog_text() + R"(
[[english_test]]
id = "toefl"
name = "TOEFL iBT"
minimum = "100"
valid_years = 2
confidence = "confirmed"
sources = [
  { url = "https://www.ntnu.edu/x", quote = "Minimum score of 90 points. Tests must be no more than two years old.", as_of = "undated" },
]
)";
    const auto result = parse_catalog(text, "t.toml", Checks::validation);
    std::vector<std::string> messages;
    for (const auto& d : result.diagnostics) {
        messages.push_back(d.message);
    }
    EXPECT_THAT(messages, ::testing::Contains(::testing::HasSubstr("minimum 100")));
}

TEST(RequirementData, RefusesAnUnknownStepOrCountrySet) {
    const auto text = minimal_catalog_text() + R"(
[[requirement]]
id = "fee"
requirement = "tuition_fee"
levels = ["master"]
when = "pays-tuition"
status = "required"
step = "no-such-step"

[[requirement]]
id = "direct"
requirement = "transcripts_direct"
levels = ["master"]
when = "degree-in-set"
country_set = "nowhere"
status = "required"
summary = "x"
summary_nb = "x"
confidence = "assumed"
sources = ["https://www.ntnu.edu/x"]
)";
    const auto result = parse_catalog(text, "t.toml");
    std::vector<std::string> messages;
    for (const auto& d : result.diagnostics) {
        messages.push_back(d.message);
    }
    EXPECT_THAT(messages, ::testing::Contains(::testing::HasSubstr("unknown step 'no-such-step'")));
    EXPECT_THAT(messages,
                ::testing::Contains(::testing::HasSubstr("unknown country set 'nowhere'")));
}

} // namespace
} // namespace ntnu
