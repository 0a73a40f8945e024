// SPDX-License-Identifier: MIT
#include "programme_search.hpp"

#include "search_words.hpp"
#include "test_support.hpp"
#include "text.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ntnu {
namespace {

using test_support::shipped_catalog;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> ids(const std::vector<const Programme*>& programmes) {
    std::vector<std::string> out;
    for (const auto* p : programmes) {
        out.push_back(p->id);
    }
    return out;
}

std::vector<std::string> find(const Catalog& catalog, const ProgrammeFilter& filter) {
    return ids(find_programmes(catalog, filter));
}

Programme programme(std::string id, std::string name, std::vector<Campus> campuses,
                    Level level = Level::master, std::vector<Group> closed_to = {}) {
    Programme p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.campuses = std::move(campuses);
    p.level = level;
    p.closed_to = std::move(closed_to);
    return p;
}

// A small catalogue whose programmes differ in exactly the ways the filters look at.
Catalog small_catalog() {
    Catalog c;
    c.programmes.push_back(programme("aaa", "Naval Architecture", {Campus::alesund}));
    c.programmes.push_back(
        programme("bbb", "Økonomi og ledelse", {Campus::trondheim, Campus::gjovik}));
    c.programmes.push_back(programme("ccc", "Design", {Campus::gjovik}, Level::master,
                                     {Group::non_eu, Group::refugee}));
    c.programmes.push_back(programme("PHD1", "Doctoral Design", {Campus::trondheim}, Level::phd));
    c.programmes.push_back(programme("ddd", "Unplaced Studies", {}));
    return c;
}

TEST(FindProgrammes, AnEmptyFilterKeepsEveryProgrammeInCatalogueOrder) {
    EXPECT_THAT(find(small_catalog(), {}), ElementsAre("aaa", "bbb", "ccc", "PHD1", "ddd"));
    EXPECT_EQ(find_programmes(shipped_catalog(), {}).size(), shipped_catalog().programmes.size());
}

TEST(FindProgrammes, ByCampusIncludingProgrammesOnSeveralCampuses) {
    ProgrammeFilter f;
    f.campus = Campus::gjovik;
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("bbb", "ccc"));
    f.campus = Campus::trondheim;
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("bbb", "PHD1"));
}

TEST(FindProgrammes, AnUnconfirmedCampusMatchesNoCampus) {
    for (const Campus campus : all_values<Campus>()) {
        ProgrammeFilter f;
        f.campus = campus;
        const auto found = find(small_catalog(), f);
        EXPECT_EQ(std::count(found.begin(), found.end(), "ddd"), 0) << to_string(campus);
    }
}

TEST(FindProgrammes, ShippedGjovikProgrammes) {
    ProgrammeFilter f;
    f.campus = Campus::gjovik;
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("macs", "mis", "miseb", "mixd", "mscosi"));
}

TEST(FindProgrammes, ByLevel) {
    ProgrammeFilter f;
    f.level = Level::phd;
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("PHD1"));
    f.level = Level::bachelor;
    EXPECT_THAT(find(small_catalog(), f), IsEmpty());
}

TEST(FindProgrammes, OpenToLeavesOutProgrammesClosedToTheGroup) {
    ProgrammeFilter f;
    f.open_to = Group::non_eu;
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("aaa", "bbb", "PHD1", "ddd"));
    f.open_to = Group::eu_eea;
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("aaa", "bbb", "ccc", "PHD1", "ddd"));
}

TEST(FindProgrammes, ShippedInteractionDesignIsClosedToNonEu) {
    ProgrammeFilter f;
    f.open_to = Group::non_eu;
    const auto open = find(shipped_catalog(), f);
    EXPECT_EQ(std::count(open.begin(), open.end(), "mixd"), 0);
    EXPECT_EQ(open.size(), shipped_catalog().programmes.size() - 1);
    f.open_to = Group::eu_eea;
    const auto eu = find(shipped_catalog(), f);
    EXPECT_EQ(std::count(eu.begin(), eu.end(), "mixd"), 1);
}

TEST(FindProgrammes, SearchIsASubstringOfNameOrIdInAnyCase) {
    ProgrammeFilter f;
    f.search = "DESIGN";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("ccc", "PHD1"));
    f.search = "phd";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("PHD1"));
    f.search = "arch";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("aaa"));
}

TEST(FindProgrammes, SearchIgnoresAccentsOnEitherSide) {
    ProgrammeFilter f;
    f.search = "okonomi";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("bbb"));
    f.search = "ØKONOMI";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("bbb"));
    f.search = "Désign";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("ccc", "PHD1"));
}

// find_programmes skips folding names that cannot match; it must find exactly what matching
// every folded word of every name and id finds, whatever the letters, accents, case and
// punctuation.
TEST(FindProgrammes, SearchFindsWhatFoldingEveryNameFinds) {
    Catalog c;
    for (const char* name :
         {"Xray Imaging", "MIXED Reality", "Gj\xC3\xB8vik Sensors", "\xC3\x86r\xC3\xB8 Studies",
          "Data-Science 2", "Caf\xC3\xA9 culture", "\xCE\xA9mega",
          "Stra\xC3\x9F"
          "e",
          "", "x", "...", "A  b", "Trondheim, Norway", "Z\xC3\xBCrich Zoo"}) {
        c.programmes.push_back(programme("id" + std::to_string(c.programmes.size()), name, {}));
    }
    c.programmes.push_back(programme("X-ray-01", "Other", {}));
    c.programmes.push_back(programme("\xC3\x98st", "Other", {}));
    const auto words = [](std::string_view text) {
        std::vector<std::string> out;
        std::string folded = fold_for_lookup(text);
        std::size_t start = 0;
        while (start < folded.size()) {
            const auto end = std::min(folded.find(' ', start), folded.size());
            out.push_back(folded.substr(start, end - start));
            start = end + 1;
        }
        return out;
    };
    for (const char* search : {"x",
                               "X",
                               "xr",
                               "mixed",
                               "gjovik",
                               "gj\xC3\xB8vik",
                               "ae",
                               "aer",
                               "\xC3\x86",
                               "data science",
                               "data-science",
                               "2",
                               "cafe",
                               "CAF\xC3\x89",
                               "\xCE\xA9",
                               "\xCE\xA9mega",
                               "strasse",
                               "ss",
                               "o",
                               "\xC3\xB8st",
                               "ost",
                               "01",
                               "ray 01",
                               "a b",
                               "norway",
                               "zurich",
                               "uri",
                               "z",
                               "q",
                               "-",
                               " x "}) {
        ProgrammeFilter f;
        f.search = search;
        std::vector<std::string> expected;
        for (const auto& p : c.programmes) {
            auto pool = words(p.name);
            for (auto& w : words(p.id)) {
                pool.push_back(std::move(w));
            }
            bool all = true;
            for (const auto& q : words(search)) {
                all = all && std::any_of(pool.begin(), pool.end(), [&](const std::string& w) {
                          return w.starts_with(q) || search_key(w).starts_with(search_key(q));
                      });
            }
            if (all) {
                expected.push_back(p.id);
            }
        }
        EXPECT_EQ(find(c, f), expected) << "search '" << search << "'";
    }
}

// Issue 27, point 14: whole words and word beginnings, British and American spelling, and the
// forms of one word.
TEST(FindProgrammes, ShippedSearchByWordBeginningsAndSpellings) {
    ProgrammeFilter f;
    f.search = "mathematics";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("msmnfma"));
    f.search = "AI";
    EXPECT_THAT(find(shipped_catalog(), f), IsEmpty());
    f.search = "color";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("mscosi"));
    f.search = "globalization";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("msglopol"));
    f.search = "specializing geography";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("mpgeog"));
}

TEST(SearchKey, FoldsSpellingAndEndings) {
    EXPECT_EQ(search_key("colour"), "color");
    EXPECT_EQ(search_key("colours"), "color");
    EXPECT_EQ(search_key("globalisation"), search_key("globalization"));
    EXPECT_EQ(search_key("mathematics"), search_key("mathematical"));
    EXPECT_EQ(search_key("studies"), "study");
    EXPECT_EQ(search_key("centre"), "center");
    // Not plurals, and too short for the -ise rule.
    EXPECT_EQ(search_key("analysis"), "analysis");
    EXPECT_EQ(search_key("campus"), "campus");
    EXPECT_EQ(search_key("rise"), "rise");
    EXPECT_EQ(search_key("four"), "four");
}

TEST(SearchHints, CloseWordsOfTheNamesForAWordThatFindsNothing) {
    EXPECT_THAT(search_hints(shipped_catalog(), "mathmatics"),
                ElementsAre("matematikk", "mathematical"));
    EXPECT_THAT(search_hints(shipped_catalog(), "security"), IsEmpty());
    EXPECT_THAT(search_hints(shipped_catalog(), "qqqqqqqq"), IsEmpty());
}

// Issue 27, point 15: a programme by its exact name, in any case, or a unique beginning.
TEST(ProgrammeByName, ExactNameOrUniqueBeginning) {
    std::vector<const Programme*> several;
    const auto id_of = [&](std::string_view text) {
        const Programme* p = programme_by_name(shipped_catalog(), text, several);
        return p == nullptr ? std::string() : p->id;
    };
    EXPECT_EQ(id_of("mixd"), "mixd");
    EXPECT_EQ(id_of("Interaction Design"), "mixd");
    EXPECT_EQ(id_of("INTERACTION design"), "mixd");
    EXPECT_EQ(id_of("Interaction"), "mixd");
    EXPECT_EQ(id_of("Information Security"), "mis");
    EXPECT_EQ(id_of("Information"), "");
    EXPECT_THAT(ids(several), ElementsAre("mis", "miseb", "msinfosyst"));
    EXPECT_EQ(id_of("In"), "");
    EXPECT_THAT(several, IsEmpty());
    EXPECT_EQ(id_of("Astrophysics"), "");
    EXPECT_THAT(several, IsEmpty());
}

TEST(FindProgrammes, ShippedSearchFindsInformationSecurity) {
    ProgrammeFilter f;
    f.search = "security";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("mis", "miseb"));
    f.search = "Experience-Based";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("miseb"));
    f.search = "msa1";
    EXPECT_THAT(find(shipped_catalog(), f), ElementsAre("msa1"));
}

TEST(FindProgrammes, NothingMatchingIsAnEmptyList) {
    ProgrammeFilter f;
    f.search = "astrophysics";
    EXPECT_THAT(find(shipped_catalog(), f), IsEmpty());
}

TEST(FindProgrammes, EveryPartOfTheFilterMustMatch) {
    ProgrammeFilter f;
    f.campus = Campus::gjovik;
    f.search = "design";
    EXPECT_THAT(find(small_catalog(), f), ElementsAre("ccc"));
    f.open_to = Group::refugee;
    EXPECT_THAT(find(small_catalog(), f), IsEmpty());
}

TEST(ParseCampus, StableSpellingAndNorwegianNameInAnyCase) {
    EXPECT_EQ(parse_campus("gjovik"), Campus::gjovik);
    EXPECT_EQ(parse_campus("Gjøvik"), Campus::gjovik);
    EXPECT_EQ(parse_campus("GJOVIK"), Campus::gjovik);
    EXPECT_EQ(parse_campus("GJØVIK"), Campus::gjovik);
    EXPECT_EQ(parse_campus("Trondheim"), Campus::trondheim);
    EXPECT_EQ(parse_campus("Ålesund"), Campus::alesund);
    EXPECT_EQ(parse_campus("alesund"), Campus::alesund);
    EXPECT_EQ(parse_campus("Aalesund"), Campus::alesund);
}

TEST(ParseCampus, RejectsAnythingElse) {
    EXPECT_EQ(parse_campus(""), std::nullopt);
    EXPECT_EQ(parse_campus("bergen"), std::nullopt);
    EXPECT_EQ(parse_campus("gjovk"), std::nullopt);
    EXPECT_EQ(parse_campus("trondheim campus"), std::nullopt);
}

TEST(CampusName, RoundTripsThroughParseCampus) {
    for (const Campus campus : all_values<Campus>()) {
        EXPECT_EQ(parse_campus(campus_name(campus)), campus);
        EXPECT_EQ(parse_campus(to_string(campus)), campus);
    }
}

TEST(ProgrammeVocabulary, StableSpellingsMatchTheDataFile) {
    EXPECT_EQ(to_string(ProgrammeKind::joint_nordic), "joint-nordic");
    EXPECT_EQ(to_string(ProgrammeKind::erasmus_mundus), "erasmus-mundus");
    EXPECT_EQ(to_string(DeadlineSource::own), "own");
    EXPECT_EQ(parse_enum<ProgrammeKind>("regular"), ProgrammeKind::regular);
}

} // namespace
} // namespace ntnu
