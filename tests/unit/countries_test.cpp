#include "countries.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace ntnu {
namespace {

// The alpha-2 code found for `text`, or "" when nothing matches.
std::string code_of(std::string_view text) {
    const CountryRecord* record = find_country(text);
    return record == nullptr ? "" : std::string(record->alpha2);
}

TEST(FindCountry, Alpha2CodeInAnyCase) {
    EXPECT_EQ(code_of("no"), "NO");
    EXPECT_EQ(code_of("NO"), "NO");
    EXPECT_EQ(code_of("De"), "DE");
    EXPECT_EQ(code_of("in"), "IN");
}

TEST(FindCountry, Alpha3CodeInAnyCase) {
    EXPECT_EQ(code_of("NOR"), "NO");
    EXPECT_EQ(code_of("nor"), "NO");
    EXPECT_EQ(code_of("deu"), "DE");
    EXPECT_EQ(code_of("CHE"), "CH");
}

TEST(FindCountry, EnglishNames) {
    EXPECT_EQ(code_of("Norway"), "NO");
    EXPECT_EQ(code_of("germany"), "DE");
    EXPECT_EQ(code_of("SWITZERLAND"), "CH");
    EXPECT_EQ(code_of("Greenland"), "GL");
}

TEST(FindCountry, NorwegianNames) {
    EXPECT_EQ(code_of("norge"), "NO");
    EXPECT_EQ(code_of("NORGE"), "NO");
    EXPECT_EQ(code_of("Tyskland"), "DE");
    EXPECT_EQ(code_of("sveits"), "CH");
}

TEST(FindCountry, AccentsAreOptional) {
    EXPECT_EQ(code_of("Åland Islands"), "AX");
    EXPECT_EQ(code_of("aland islands"), "AX");
    EXPECT_EQ(code_of("ÅLAND ISLANDS"), "AX");
}

TEST(FindCountry, EverydayAndIsoNames) {
    EXPECT_EQ(code_of("South Korea"), "KR");
    EXPECT_EQ(code_of("Korea, Republic of"), "KR");
    EXPECT_EQ(code_of("korea republic of"), "KR");
}

TEST(FindCountry, UnknownTextFindsNothing) {
    EXPECT_EQ(find_country("Atlantis"), nullptr);
    EXPECT_EQ(find_country("XX"), nullptr);
    EXPECT_EQ(find_country("Germny"), nullptr);
    EXPECT_EQ(find_country(""), nullptr);
    EXPECT_EQ(find_country("   "), nullptr);
    EXPECT_EQ(find_country(",,"), nullptr);
}

TEST(FindCountry, RecordCarriesNames) {
    const CountryRecord* de = find_country("DE");
    ASSERT_NE(de, nullptr);
    EXPECT_EQ(de->alpha3, "DEU");
    EXPECT_EQ(de->name, "Germany");
    EXPECT_EQ(de->nb_name, "Tyskland");
}

TEST(CountryByAlpha2, ExactUpperCaseOnly) {
    ASSERT_NE(country_by_alpha2("NO"), nullptr);
    EXPECT_EQ(country_by_alpha2("NO")->name, "Norway");
    EXPECT_EQ(country_by_alpha2("no"), nullptr);
    EXPECT_EQ(country_by_alpha2("NOR"), nullptr);
    EXPECT_EQ(country_by_alpha2(""), nullptr);
    // First and last of the sorted table.
    EXPECT_NE(country_by_alpha2("AD"), nullptr);
    EXPECT_NE(country_by_alpha2("ZW"), nullptr);
}

TEST(CountryTable, SortedByAlpha2) {
    const auto table = country_table();
    ASSERT_GT(table.size(), 240u);
    for (std::size_t i = 1; i < table.size(); ++i) {
        EXPECT_LT(table[i - 1].alpha2, table[i].alpha2);
    }
}

TEST(SuggestCountries, TypoGetsTheIntendedName) {
    EXPECT_THAT(suggest_countries("Germny"), ::testing::ElementsAre("Germany"));
    EXPECT_THAT(suggest_countries("Norwey"), ::testing::ElementsAre("Norway"));
}

TEST(SuggestCountries, NothingCloseGivesNothing) {
    EXPECT_THAT(suggest_countries("Xyzzyplugh"), ::testing::IsEmpty());
}

} // namespace
} // namespace ntnu
