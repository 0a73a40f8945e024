// SPDX-License-Identifier: MIT
#include "countries.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

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

// The alpha-2 codes suggest_countries gives for `text`.
std::vector<std::string> suggested_codes(std::string_view text) {
    std::vector<std::string> codes;
    for (const auto* country : suggest_countries(text)) {
        codes.emplace_back(country->alpha2);
    }
    return codes;
}

TEST(SuggestCountries, TypoGetsTheIntendedCountry) {
    EXPECT_THAT(suggested_codes("Germny"), ::testing::ElementsAre("DE"));
    EXPECT_THAT(suggested_codes("Norwey"), ::testing::ElementsAre("NO"));
}

TEST(FindCountry, EverydayNamesFromCldr) {
    EXPECT_EQ(code_of("UK"), "GB");
    EXPECT_EQ(code_of("Ivory Coast"), "CI");
    EXPECT_EQ(code_of("Swaziland"), "SZ");
    EXPECT_EQ(code_of("Burma"), "MM");
    EXPECT_EQ(code_of("Russia"), "RU");
    EXPECT_EQ(code_of("Turkey"), "TR");
}

TEST(FindCountry, OwnNamesInOfficialLanguages) {
    EXPECT_EQ(code_of("Deutschland"), "DE");
    EXPECT_EQ(code_of("Suomi"), "FI");
    EXPECT_EQ(code_of("España"), "ES");
    EXPECT_EQ(code_of("espana"), "ES");
    EXPECT_EQ(code_of("Sverige"), "SE");
}

TEST(FindCountry, DocumentedExceptions) {
    EXPECT_EQ(code_of("England"), "GB");
    EXPECT_EQ(code_of("Great Britain"), "GB");
    EXPECT_EQ(code_of("Holland"), "NL");
    EXPECT_EQ(code_of("America"), "US");
    EXPECT_EQ(code_of("DR Congo"), "CD");
}

TEST(FindCountry, KosovoFromCldr) {
    EXPECT_EQ(code_of("Kosovo"), "XK");
    EXPECT_EQ(code_of("xk"), "XK");
}

TEST(FindCountry, FirstWordsOfOneNameFindIt) {
    EXPECT_EQ(code_of("Vatican"), "VA");
    EXPECT_EQ(code_of("Bosnia"), "BA");
}

TEST(LookupCountry, AmbiguousNameListsEachCountry) {
    std::vector<std::string> codes;
    for (const auto* c : lookup_country("Korea")) {
        codes.emplace_back(c->alpha2);
    }
    EXPECT_THAT(codes, ::testing::ElementsAre("KP", "KR"));
    EXPECT_EQ(find_country("Korea"), nullptr);
}

std::vector<std::string> codes_of(std::string_view text) {
    std::vector<std::string> codes;
    for (const auto* c : lookup_country(text)) {
        codes.emplace_back(c->alpha2);
    }
    return codes;
}

// Issue 32: the qualifier of "Jomfruøyene (Storbritannia)" made "Storbritannia" a second name
// of the British Virgin Islands, so the United Kingdom's own bokmål name was refused.
TEST(FindCountry, AQualifierIsNotAnotherCountrysName) {
    EXPECT_EQ(code_of("Storbritannia"), "GB");
    EXPECT_EQ(code_of("United Kingdom"), "GB");
    EXPECT_EQ(code_of("Jomfruøyene (Storbritannia)"), "VG");
}

// Every English and bokmål name in the table names its own country, and only it, but for the
// names that truly belong to more than one (below, each with its reason).
TEST(FindCountry, EveryEnglishAndBokmalNameResolvesToItsCountry) {
    const std::set<std::string> shared{
        // Names two countries share in iso-codes' bokmål (the US and British Virgin Islands;
        // the two Congos; Micronesia the region and the state).
        "Jomfruøyene",
        "Kongo",
        "Congo",
        "Mikronesiaføderasjonen",
    };
    std::vector<std::string> wrong;
    for (const auto& record : country_table()) {
        for (const auto name :
             {record.name, record.iso_name, record.official_name, record.nb_name}) {
            if (name.empty() || shared.count(std::string(name)) > 0) {
                continue;
            }
            const auto found = codes_of(name);
            if (found != std::vector<std::string>{std::string(record.alpha2)}) {
                wrong.push_back(std::string(name) + " (" + std::string(record.alpha2) + ")");
            }
        }
    }
    EXPECT_THAT(wrong, ::testing::IsEmpty());
}

// A person from Northern Ireland may hold British or Irish citizenship: the place does not
// say which, so both are listed and the applicant gives the code.
TEST(LookupCountry, NorthernIrelandIsBritishOrIrish) {
    EXPECT_THAT(codes_of("Northern Ireland"), ::testing::ElementsAre("GB", "IE"));
    EXPECT_THAT(codes_of("Nord-Irland"), ::testing::ElementsAre("GB", "IE"));
    EXPECT_EQ(find_country("Nord-Irland"), nullptr);
}

TEST(LookupCountry, TooManyCountriesIsNoAnswer) {
    EXPECT_THAT(lookup_country("Saint"), ::testing::IsEmpty());
}

// Issue 27, point 16: every country at the nearest distance, and nothing when many tie.
TEST(SuggestCountries, EveryCandidateAtTheNearestDistance) {
    EXPECT_THAT(suggested_codes("Nigera"), ::testing::ElementsAre("NE", "NG"));
    EXPECT_THAT(suggested_codes("QQQ"), ::testing::IsEmpty());
}

TEST(FindCountry, AbbreviationsOfLongNames) {
    EXPECT_EQ(code_of("PRC"), "CN");
    EXPECT_EQ(code_of("ROC"), "TW");
    EXPECT_EQ(code_of("DPRK"), "KP");
    EXPECT_EQ(code_of("ROK"), "KR");
}

TEST(SuggestCountries, NothingCloseGivesNothing) {
    EXPECT_THAT(suggest_countries("Xyzzyplugh"), ::testing::IsEmpty());
}

} // namespace
} // namespace ntnu
