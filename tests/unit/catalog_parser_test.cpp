// SPDX-License-Identifier: MIT
#include "catalog_parser.hpp"

#include "test_support.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace ntnu {
namespace {

using test_support::minimal_catalog_text;
using test_support::replace_once;
using ::testing::ElementsAre;
using ::testing::StartsWith;

// Every diagnostic, formatted as `validate` prints it. A catalog comes back only when clean.
// The fixtures' sources are URLs alone: the quote checks (source_check_test.cpp) are left out.
std::vector<std::string> problems(std::string_view text) {
    const auto result = parse_catalog(text, "t.toml");
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) {
        if (!d.source_finding) {
            out.push_back(format_diagnostic(d));
        }
    }
    EXPECT_EQ(result.catalog.has_value(), out.empty());
    return out;
}

// A refugee deadline for one intake, appended after the last [[rule]]: it starts at line 80,
// its id is on line 81 and `closes` on line 86.
std::string with_dated(std::string_view id, std::string_view closes) {
    return minimal_catalog_text() + fmt::format(R"([[dated]]
id = "{}"
levels = ["master"]
groups = ["refugee"]
milestone = "apply"
intake = "autumn-2027"
closes = {}
date_confidence = "confirmed"
time_confidence = "assumed"
sources = ["https://example.org/refugees"]
)",
                                                id, closes);
}

TEST(ParseCatalog, MinimalCatalogLoads) {
    const auto result = parse_catalog(minimal_catalog_text(), "t.toml");
    EXPECT_THAT(problems(minimal_catalog_text()), ::testing::IsEmpty());
    ASSERT_TRUE(result.catalog.has_value());
    const Catalog& c = *result.catalog;
    EXPECT_EQ(c.meta.institution, "NTNU");
    ASSERT_NE(c.meta.zone, nullptr);
    EXPECT_EQ(c.meta.zone->name(), "Europe/Oslo");
    EXPECT_EQ(c.meta.last_checked, date::year{2026} / 11 / 27);
    ASSERT_EQ(c.yearly.size(), 1u);
    EXPECT_EQ(c.yearly[0].closing_day, date::December / 1);
    EXPECT_EQ(c.yearly[0].closing_time, std::chrono::hours{23} + std::chrono::minutes{59});
    EXPECT_EQ(c.yearly[0].intake_year_offset, 1);
    EXPECT_EQ(c.country_sets.size(), 4u);
    EXPECT_EQ(c.rules.size(), 4u);
}

// Facts that no quote backs are counted apart (ShippedDataQuotesEveryConfirmedFact, below).
// docs/data-sources.md, "What the check refuses", on the shipped data. The data is being quoted
// record by record; NTNU_STRICT_SOURCES (CMake) turns this on once it is done throughout.
TEST(ParseCatalog, ShippedDataQuotesEveryConfirmedFact) {
    if (!NTNU_STRICT_SOURCES) {
        GTEST_SKIP() << "NTNU_STRICT_SOURCES is OFF: the shipped data's quotes are not yet checked";
    }
    const auto result =
        parse_catalog(test_support::shipped_catalog_text(), "ntnu.toml", Checks::validation);
    std::vector<std::string> findings;
    for (const auto& d : result.diagnostics) {
        if (d.source_finding) {
            findings.push_back(format_diagnostic(d));
        }
    }
    EXPECT_THAT(findings, ::testing::IsEmpty());
}

TEST(ParseCatalog, ShippedDataLoadsWithoutDiagnostics) {
    const auto result = parse_catalog(test_support::shipped_catalog_text(), "ntnu.toml");
    std::vector<std::string> formatted;
    for (const auto& d : result.diagnostics) {
        if (!d.source_finding) {
            formatted.push_back(format_diagnostic(d));
        }
    }
    EXPECT_THAT(formatted, ::testing::IsEmpty());
    ASSERT_TRUE(result.catalog.has_value());
    const Catalog& c = *result.catalog;
    EXPECT_EQ(c.meta.zone_name, "Europe/Oslo");
    EXPECT_EQ(c.country_sets.size(), 6u); // and nordic-school, transcripts-direct (requirements)
    EXPECT_EQ(c.rules.size(), 14u);       // PhD grouping split into inferred phd rules
    EXPECT_EQ(c.territories.size(), 6u);
    EXPECT_EQ(c.tracks.size(), 4u);  // the refugee schemes, and PhD rolling for each group
    EXPECT_EQ(c.yearly.size(), 29u); // the re-read data, and the partner-outside nomination
    EXPECT_GE(c.programmes.size(), 35u);
    EXPECT_EQ(c.dated.size(), 6u);
    ASSERT_NE(c.country_set("nordic"), nullptr);
    EXPECT_THAT(c.country_set("nordic")->countries,
                ElementsAre("NO", "SE", "DK", "FI", "IS", "FO", "GL", "AX"));
    ASSERT_NE(c.country_set("eu"), nullptr);
    EXPECT_EQ(c.country_set("eu")->countries.size(), 27u);
}

TEST(ParseCatalog, TomlSyntaxErrorHasPosition) {
    EXPECT_THAT(
        problems(replace_once(minimal_catalog_text(), "month = 12", "month = = 12")),
        ElementsAre("t.toml:12:9: Error while parsing value: could not determine value type"));
}

TEST(ParseCatalog, UnknownKeySuggestsTheClosestKnownKey) {
    const auto text = replace_once(minimal_catalog_text(), "time_confidence = \"assumed\"\n",
                                   "time_confidence = \"assumed\"\nnotes = \"x\"\n");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:19:1: unknown key 'notes' in [[deadline]]; did you mean "
                            "'note'?"));
}

TEST(ParseCatalog, UnknownKeyFarFromAnyKnownKeyHasNoSuggestion) {
    const auto text = replace_once(minimal_catalog_text(), "data_version = \"test\"\n",
                                   "data_version = \"test\"\ncolour = 1\n");
    EXPECT_THAT(problems(text), ElementsAre("t.toml:5:1: unknown key 'colour' in [meta]"));
}

TEST(ParseCatalog, UnknownTopLevelKey) {
    const auto text = "deadlines = 1\n" + minimal_catalog_text();
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:1:1: unknown key 'deadlines' in the data file; did you mean "
                            "'deadline'?"));
}

TEST(ParseCatalog, WrongTypeIsReported) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "month = 12", "month = \"12\"")),
                ElementsAre("t.toml:12:9: 'month' must be an integer"));
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "time = \"23:59\"", "time = 2359")),
                ElementsAre("t.toml:14:8: 'time' must be a string"));
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "intake_year_offset = 1",
                                      "intake_year_offset = 1.0")),
                ElementsAre("t.toml:16:22: 'intake_year_offset' must be an integer"));
    EXPECT_THAT(
        problems(replace_once(minimal_catalog_text(), "sources = [\"https://example.org/eu\"]",
                              "sources = \"https://example.org/eu\"")),
        ElementsAre("t.toml:25:11: 'sources' must be an array of strings"));
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "last_checked = 2026-11-27",
                                      "last_checked = \"2026-11-27\"")),
                ElementsAre("t.toml:5:16: 'last_checked' must be a date such as 2026-11-27"));
}

TEST(ParseCatalog, MonthThirteenIsOutOfRange) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "month = 12", "month = 13")),
                ElementsAre("t.toml:12:9: 'month' must be from 1 to 12, not 13"));
}

TEST(ParseCatalog, ThirtyFirstOfAprilDoesNotExist) {
    auto text = replace_once(minimal_catalog_text(), "month = 12", "month = 4");
    text = replace_once(text, "day = 1\n", "day = 31\n");
    EXPECT_THAT(problems(text), ElementsAre("t.toml:13:7: April has no day 31"));
}

TEST(ParseCatalog, TwentyNinthOfFebruaryIsRefusedForYearlyRules) {
    auto text = replace_once(minimal_catalog_text(), "month = 12", "month = 2");
    text = replace_once(text, "day = 1\n", "day = 29\n");
    EXPECT_THAT(problems(text), ElementsAre("t.toml:13:7: February has no day 29"));
}

TEST(ParseCatalog, TimeOfDayMustBeHoursAndMinutes) {
    EXPECT_THAT(
        problems(replace_once(minimal_catalog_text(), "time = \"23:59\"", "time = \"24:00\"")),
        ElementsAre("t.toml:14:8: 'time' must be a 24-hour time \"HH:MM\", not \"24:00\""));
    EXPECT_THAT(
        problems(replace_once(minimal_catalog_text(), "time = \"23:59\"", "time = \"9:30\"")),
        ElementsAre("t.toml:14:8: 'time' must be a 24-hour time \"HH:MM\", not \"9:30\""));
}

// 29 March is the last Sunday of March in 2009, 2015, 2020 and later years: 02:00-03:00 is
// skipped. Changeover days move, so the message names the years, not one date.
TEST(ParseCatalog, YearlyClosingTimeInDaylightSavingGap) {
    auto text = replace_once(minimal_catalog_text(), "month = 12", "month = 3");
    text = replace_once(text, "day = 1\n", "day = 29\n");
    text = replace_once(text, "time = \"23:59\"", "time = \"02:30\"");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:14:8: 29 March 02:30 does not exist in Europe/Oslo in some "
                            "years (2009, 2015, 2020, …): the clocks skip it"));
}

TEST(ParseCatalog, YearlyClosingTimeInDaylightSavingGapOnThirtyFirstOfMarch) {
    auto text = replace_once(minimal_catalog_text(), "month = 12", "month = 3");
    text = replace_once(text, "day = 1\n", "day = 31\n");
    text = replace_once(text, "time = \"23:59\"", "time = \"02:00\"");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:14:8: 31 March 02:00 does not exist in Europe/Oslo in some "
                            "years (2002, 2013, 2019, …): the clocks skip it"));
}

TEST(ParseCatalog, YearlyClosingTimeInDaylightSavingOverlap) {
    auto text = replace_once(minimal_catalog_text(), "month = 12", "month = 10");
    text = replace_once(text, "day = 1\n", "day = 25\n");
    text = replace_once(text, "time = \"23:59\"", "time = \"02:30\"");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:14:8: 25 October 02:30 happens twice in Europe/Oslo in some "
                            "years (2009, 2015, 2020, …): the clocks go back over it"));
}

// 20 March is never a changeover day in Europe/Oslo, so 02:30 is fine there.
TEST(ParseCatalog, YearlyClosingTimeAtNightOutsideChangeoverLoads) {
    auto text = replace_once(minimal_catalog_text(), "month = 12", "month = 3");
    text = replace_once(text, "day = 1\n", "day = 20\n");
    text = replace_once(text, "time = \"23:59\"", "time = \"02:30\"");
    EXPECT_THAT(problems(text), ::testing::IsEmpty());
}

TEST(ParseCatalog, DatedClosingTimeThatHappensTwice) {
    EXPECT_THAT(problems(with_dated("refugee-autumn-2027", "2026-10-25T02:30:00")),
                ElementsAre("t.toml:86:10: 2026-10-25 02:30 happens twice in Europe/Oslo: the "
                            "clocks go back over it"));
}

TEST(ParseCatalog, DatedClosingTimeThatDoesNotExist) {
    EXPECT_THAT(problems(with_dated("refugee-autumn-2027", "2026-03-29T02:30:00")),
                ElementsAre("t.toml:86:10: 2026-03-29 02:30 does not exist in Europe/Oslo: the "
                            "clocks skip it"));
}

TEST(ParseCatalog, DatedClosingTimeWithOffsetIsRefused) {
    EXPECT_THAT(problems(with_dated("refugee-autumn-2027", "2026-11-01T23:59:00+01:00")),
                ElementsAre("t.toml:86:10: 'closes' must be a local date-time such as "
                            "2024-11-01T23:59:00, with no offset: it is read in [meta].zone"));
}

TEST(ParseCatalog, DatedEntryLoads) {
    const auto result =
        parse_catalog(with_dated("refugee-autumn-2027", "2026-11-01T23:59:00"), "t.toml");
    ASSERT_TRUE(result.catalog.has_value());
    ASSERT_EQ(result.catalog->dated.size(), 1u);
    const auto& d = result.catalog->dated[0];
    EXPECT_EQ(d.intake, (Intake{Semester::autumn, 2027}));
    ASSERT_TRUE(d.closes.has_value());
    EXPECT_EQ(*d.closes, date::local_days{date::year{2026} / 11 / 1} + std::chrono::hours{23} +
                             std::chrono::minutes{59});
}

TEST(ParseCatalog, UnknownZoneInMeta) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "zone = \"Europe/Oslo\"",
                                      "zone = \"Europe/Olso\"")),
                ElementsAre("t.toml:3:8: unknown time zone 'Europe/Olso'; did you mean "
                            "'Europe/Oslo'?"));
}

TEST(ParseCatalog, UnknownCountryCodeInCountrySet) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "countries = [\"DE\", \"SE\"]",
                                      "countries = [\"DE\", \"XX\", \"deu\"]")),
                ElementsAre("t.toml:23:20: unknown country code 'XX'",
                            "t.toml:23:26: unknown country code 'deu'; did you mean 'DE' "
                            "(Germany)?"));
}

TEST(ParseCatalog, DuplicateIdsAcrossDeadlineKinds) {
    EXPECT_THAT(problems(with_dated("master-all", "2026-11-01T23:59:00")),
                ElementsAre("t.toml:81:6: duplicate id 'master-all'"));
}

TEST(ParseCatalog, DuplicateRuleId) {
    const auto text = minimal_catalog_text() +
                      "\n[[rule]]\nid = \"non-eu-default\"\nlevels = [\"exchange\"]\n"
                      "group = \"non-eu\"\nwhen = \"otherwise\"\n"
                      "confidence = \"inferred\"\nsources = [\"https://example.org/rule\"]\n";
    EXPECT_THAT(problems(text), ElementsAre("t.toml:82:6: duplicate id 'non-eu-default'"));
}

TEST(ParseCatalog, RuleConditionsAndTheirCountries) {
    // A rule that tests countries must name the sets, and only such a rule may.
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "countries = [\"nordic\"]\n", "")),
                ElementsAre("t.toml:53:1: rule 'nordic-degree' tests countries, so it needs "
                            "'countries': the ids of the country sets it tests"));
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "when = \"refugee\"\n",
                                      "when = \"refugee\"\ncountries = [\"eu\"]\n")),
                ElementsAre(StartsWith("t.toml:50:13: rule 'refugee-status' tests no country")));
    EXPECT_THAT(
        problems(replace_once(minimal_catalog_text(), "when = \"refugee\"", "when = \"refuge\"")),
        ElementsAre("t.toml:49:8: 'when' has unknown value 'refuge'; did you mean "
                    "'refugee'? expected one of: refugee, degree-from, dual-citizen-of, "
                    "citizen-of, norwegian-id, otherwise"));
}

TEST(ParseCatalog, EveryLevelWithDeadlinesEndsItsRulesWithOtherwise) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "when = \"otherwise\"",
                                      "when = \"norwegian-id\"")),
                ElementsAre("t.toml:45:1: the rules of level 'master' have no rule with when = "
                            "\"otherwise\", so some applicants would have no group"));
    // A rule after `otherwise` could never decide anything.
    const auto late = minimal_catalog_text() +
                      "\n[[rule]]\nid = \"late\"\nlevels = [\"master\"]\ngroup = \"nordic\"\n"
                      "when = \"norwegian-id\"\nconfidence = \"inferred\"\n"
                      "sources = [\"https://example.org/rule\"]\n";
    EXPECT_THAT(problems(late), ElementsAre("t.toml:81:1: rule 'late' comes after rule "
                                            "'non-eu-default' (when = \"otherwise\") for level "
                                            "'master', so it is never reached"));
}

TEST(ParseCatalog, ProjectedIsNeverStatedInData) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "date_confidence = \"confirmed\"",
                                      "date_confidence = \"projected\"")),
                ElementsAre(StartsWith("t.toml:17:19: 'date_confidence' cannot be "
                                       "\"projected\"")));
}

TEST(ParseCatalog, TerritoryNamesKnownCodes) {
    const auto text = minimal_catalog_text() +
                      "\n[[territory]]\nterritories = [\"GL\", \"QQ\"]\ncitizenship = \"DK\"\n"
                      "confidence = \"confirmed\"\nsources = [\"https://example.org/gl\"]\n";
    EXPECT_THAT(problems(text), ElementsAre(StartsWith("t.toml:82:22: unknown country code 'QQ'")));
}

TEST(ParseCatalog, FactWithoutSource) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(),
                                      "sources = [\"https://example.org/rule\"]", "sources = []")),
                ElementsAre("t.toml:51:11: rule 'refugee-status' has no source: 'sources' must "
                            "name at least one URL"));
}

TEST(ParseCatalog, SourceThatIsNotAUrl) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "\"https://example.org/eu\"",
                                      "\"example.org/eu\"")),
                ElementsAre("t.toml:25:11: source 'example.org/eu' is not an http(s) URL"));
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "\"https://example.org/eu\"",
                                      "\"ftp://example.org/eu\"")),
                ElementsAre("t.toml:25:11: source 'ftp://example.org/eu' is not an http(s) URL"));
}

TEST(ParseCatalog, MissingRequiredKey) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "institution = \"NTNU\"\n", "")),
                ElementsAre("t.toml:1:1: [meta] is missing the key 'institution'"));
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "month = 12\n", "")),
                ElementsAre("t.toml:7:1: deadline 'master-all' is missing the key 'month'"));
}

TEST(ParseCatalog, MissingCountrySetNeededByTheRules) {
    const auto text =
        replace_once(minimal_catalog_text(), "id = \"switzerland\"", "id = \"swiss\"");
    EXPECT_THAT(problems(text), ElementsAre("t.toml:67:13: unknown country set 'switzerland'"));
}

TEST(ParseCatalog, GroupWithoutCoverage) {
    const auto text = replace_once(minimal_catalog_text(), ", \"refugee\"]", "]");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:1:1: level 'master' has no deadline for group 'refugee'"));
}

TEST(ParseCatalog, NulByteIsRefusedWithItsPosition) {
    std::string text = minimal_catalog_text();
    text.insert(text.find("institution") + 6, 1, '\0');
    EXPECT_THAT(problems(text), ElementsAre("t.toml:2:7: NUL byte: this is not a text file"));
}

// Found by fuzz/catalog_loader: toml++ 3.3.0 reached __builtin_unreachable() for most non-ASCII
// characters outside a string, or after a line-ending backslash in a multi-line string (see
// lib/tomlplusplus.hpp). Each is a plain syntax error, or text; the sanitizer build aborts here
// if the workaround is lost.
TEST(ParseCatalog, NonAsciiCharacterOutsideAStringIsASyntaxError) {
    // One code point from each range that reached it: U+00F8, U+00A7, U+3042 and U+FB3F.
    for (const std::string_view bad : {"ø", "§", "あ", "\xEF\xAC\xBF"}) {
        SCOPED_TRACE(bad);
        EXPECT_THAT(problems(fmt::format("{} = 1\n", bad)),
                    ElementsAre(StartsWith("t.toml:1:1: ")));
        EXPECT_THAT(problems(fmt::format("a = [1, {}]\n", bad)),
                    ElementsAre(StartsWith("t.toml:1:9: ")));
    }
}

// Found by fuzz/catalog_loader: a table header that starts with a character no key can start
// with failed an assertion inside toml++ 3.3.0, aborting debug and sanitizer builds (see
// lib/tomlplusplus.hpp). Each is a syntax error at that character.
TEST(ParseCatalog, TableHeaderWithoutAKeyIsASyntaxError) {
    EXPECT_THAT(problems("[=]\n"), ElementsAre(StartsWith("t.toml:1:2: ")));
    EXPECT_THAT(problems("[ # comment\n"), ElementsAre(StartsWith("t.toml:1:3: ")));
    EXPECT_THAT(problems("[[=]]\n"), ElementsAre(StartsWith("t.toml:1:3: ")));
    EXPECT_THAT(problems("[[[1]]]\n"), ElementsAre(StartsWith("t.toml:1:3: ")));
}

TEST(ParseCatalog, NonAsciiCharacterAfterALineEndingBackslashIsText) {
    const auto result =
        parse_catalog(replace_once(minimal_catalog_text(), R"(institution = "NTNU")",
                                   "institution = \"\"\"\\\n  §NTNU\"\"\""),
                      "t.toml");
    ASSERT_TRUE(result.catalog.has_value());
    EXPECT_EQ(result.catalog->meta.institution, "§NTNU");
}

TEST(ParseCatalog, EmptyTextIsReportedWithoutAPosition) {
    EXPECT_THAT(problems(""), ElementsAre("t.toml: data file is empty"));
}

// A file with only a comment has lines, so each missing table is reported at its start.
TEST(ParseCatalog, CommentOnlyTextListsWhatIsMissing) {
    const auto found = problems("# nothing yet\n");
    // Coverage is judged beside the other problems; with no entries at all, it is one problem.
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found.front(), "t.toml:1:1: the data file is missing the key 'meta'");
    EXPECT_EQ(found.back(), "t.toml:1:1: no deadlines: the data file has no [[deadline]], "
                            "[[dated]] or [[track]] entry");
}

TEST(ParseCatalog, OverSizeTextIsRefusedUnread) {
    const std::string text(max_catalog_bytes + 1, '#');
    EXPECT_THAT(problems(text), ElementsAre("t.toml: data file is 4194305 bytes; the limit is "
                                            "4194304"));
}

TEST(ParseCatalog, TextOfExactlyTheLimitIsRead) {
    std::string text = minimal_catalog_text() + "#";
    text.append(max_catalog_bytes - text.size(), 'x');
    ASSERT_EQ(text.size(), max_catalog_bytes);
    EXPECT_THAT(problems(text), ::testing::IsEmpty());
}

TEST(ParseCatalog, EveryProblemIsReportedInLineOrder) {
    auto text = replace_once(with_dated("master-all", "2026-11-01T23:59:00"),
                             "zone = \"Europe/Oslo\"", "zone = \"Mars/Olympus\"");
    text = replace_once(text, "month = 12", "month = 13");
    text = replace_once(text, "countries = [\"DE\", \"SE\"]", "countries = [\"DE\", \"QQ\"]");
    text = replace_once(text, "sources = [\"https://example.org/rule\"]", "sources = []");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:3:8: unknown time zone 'Mars/Olympus'",
                            "t.toml:12:9: 'month' must be from 1 to 12, not 13",
                            "t.toml:23:20: unknown country code 'QQ'",
                            "t.toml:51:11: rule 'refugee-status' has no source: 'sources' must "
                            "name at least one URL",
                            "t.toml:81:6: duplicate id 'master-all'"));
}

TEST(ParseCatalog, SourceNameAppearsInDiagnostics) {
    const auto result = parse_catalog(
        replace_once(minimal_catalog_text(), "month = 12", "month = 0"), "data/other.toml");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].file, "data/other.toml");
    EXPECT_EQ(result.diagnostics[0].line, 12);
    EXPECT_EQ(result.diagnostics[0].column, 9);
    EXPECT_EQ(format_diagnostic(result.diagnostics[0]),
              "data/other.toml:12:9: 'month' must be from 1 to 12, not 0");
}

TEST(ParseCatalog, ExceptionIsAttachedToItsDeadline) {
    const auto text =
        replace_once(minimal_catalog_text(), "sources = [\"https://example.org/deadline\"]\n",
                     "sources = [\"https://example.org/deadline\"]\n"
                     "[[deadline.exception]]\n"
                     "intake_year = 2028\n"
                     "month = 12\n"
                     "day = 15\n"
                     "time = \"12:00\"\n"
                     "note = \"Extended.\"\n"
                     "confidence = \"confirmed\"\n"
                     "sources = [\"https://example.org/extended\"]\n");
    const auto result = parse_catalog(text, "t.toml");
    ASSERT_TRUE(result.catalog.has_value());
    ASSERT_EQ(result.catalog->yearly.size(), 1u);
    ASSERT_EQ(result.catalog->yearly[0].exceptions.size(), 1u);
    const auto& ex = result.catalog->yearly[0].exceptions[0];
    EXPECT_EQ(ex.intake_year, 2028);
    EXPECT_EQ(ex.closing_day, date::December / 15);
    EXPECT_EQ(ex.closing_time, std::chrono::hours{12});
    EXPECT_EQ(ex.note, "Extended.");
    EXPECT_THAT(ex.provenance.sources, ElementsAre("https://example.org/extended"));
}

// The problems `ntnu validate` prints: loading's, plus the warnings of Checks::validation.
std::vector<std::string> validation_problems(std::string_view text) {
    const auto result = parse_catalog(text, "t.toml", Checks::validation);
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) {
        if (!d.source_finding) {
            out.push_back(format_diagnostic(d));
        }
    }
    return out;
}

TEST(ParseCatalog, CoverageIsReportedBesideOtherProblems) {
    auto text = replace_once(minimal_catalog_text(), ", \"refugee\"]", "]");
    text = replace_once(text, "month = 12", "month = 13");
    EXPECT_THAT(problems(text),
                ElementsAre("t.toml:1:1: level 'master' has no deadline for group 'refugee'",
                            "t.toml:12:9: 'month' must be from 1 to 12, not 13"));
}

// An entry whose groups cannot be read would make every group it names look uncovered.
TEST(ParseCatalog, CoverageIsNotJudgedWhenSomeEntryHasUnreadableGroups) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "\"nordic\", \"refugee\"]",
                                      "\"nordik\", \"refugee\"]")),
                ElementsAre("t.toml:10:31: 'groups' has unknown value 'nordik'; did you mean "
                            "'nordic'? expected one of: non-eu, eu-eea, nordic, refugee"));
}

// A [[programme]] with id "demo", to append to the minimal catalog.
std::string demo_programme(std::string_view deadlines) {
    return fmt::format(R"([[programme]]
id = "demo"
name = "Demo"
level = "master"
kind = "regular"
url = "https://example.org/demo"
deadlines = "{}"
confidence = "confirmed"
sources = ["https://example.org/demo"]
)",
                       deadlines);
}

TEST(ParseCatalog, AProgrammesOwnDeadlineDoesNotCoverItsGroup) {
    const auto text = replace_once(minimal_catalog_text(), "levels = [\"master\"]\n",
                                   "levels = [\"master\"]\nprogrammes = [\"demo\"]\n") +
                      demo_programme("own");
    const auto found = problems(text);
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0], "t.toml:1:1: level 'master' has no deadline for group 'non-eu'");
}

TEST(ParseCatalog, UnknownProgrammeIsReportedWhereItIsNamed) {
    const auto text = replace_once(minimal_catalog_text(), "levels = [\"master\"]\n",
                                   "levels = [\"master\"]\nprogrammes = [\"demo\", \"dmeo\"]\n") +
                      demo_programme("general");
    // The only deadline is now one programme's, so the groups are uncovered too.
    const auto found = problems(text);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.back(), "t.toml:10:23: unknown programme 'dmeo'; did you mean 'demo'?");
}

// Issue 25: each unknown reference computed a "did you mean" over every programme, and each
// reference scanned every programme: quadratic. Only the first few get a hint.
TEST(ParseCatalog, OnlyTheFirstUnknownReferencesGetAHint) {
    std::string list = "\"demo\"";
    for (int i = 0; i < 30; ++i) {
        list += ", \"dmeo\"";
    }
    const auto text = replace_once(minimal_catalog_text(), "levels = [\"master\"]\n",
                                   "levels = [\"master\"]\nprogrammes = [" + list + "]\n") +
                      demo_programme("general");
    const auto found = problems(text);
    const auto count = [&](std::string_view part) {
        return std::count_if(found.begin(), found.end(), [&](const std::string& line) {
            return line.find(part) != std::string::npos;
        });
    };
    EXPECT_EQ(count("unknown programme 'dmeo'"), 30);
    EXPECT_EQ(count("unknown programme 'dmeo'; did you mean 'demo'?"), 10);

    std::string codes = "\"DE\"";
    for (int i = 0; i < 30; ++i) {
        codes += ", \"deu\"";
    }
    const auto coded = problems(replace_once(minimal_catalog_text(), "countries = [\"DE\", \"SE\"]",
                                             "countries = [" + codes + "]"));
    EXPECT_EQ(std::count_if(coded.begin(), coded.end(),
                            [](const std::string& line) {
                                return line.find("did you mean 'DE'") != std::string::npos;
                            }),
              10);
    EXPECT_EQ(coded.size(), 30u);
}

// The issue's reproduction, scaled to the key cap: 15,000 programmes and as many references,
// half of them unknown. Quadratic, it took about 40 s; linear, well under one (a few under the
// sanitizers), so the bound has room for a busy machine and still catches a scan per reference.
TEST(ParseCatalog, ManyProgrammesAndReferencesLoadInLinearTime) {
    constexpr int count = 15'000;
    std::string programmes;
    std::string references;
    for (int i = 0; i < count; ++i) {
        programmes += fmt::format(R"([[programme]]
id = "p{:05d}"
name = "P"
level = "master"
kind = "regular"
url = "https://example.org/p"
deadlines = "general"
confidence = "confirmed"
sources = ["https://example.org/p"]
)",
                                  i);
        references += fmt::format("{}\"{}{:05d}\"", i == 0 ? "" : ", ", i % 2 == 0 ? 'p' : 'q', i);
    }
    const auto text = replace_once(minimal_catalog_text(), "levels = [\"master\"]\n",
                                   "levels = [\"master\"]\nprogrammes = [" + references + "]\n") +
                      programmes;
    const auto start = std::chrono::steady_clock::now();
    const auto result = parse_catalog(text, "t.toml");
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_LT(took, std::chrono::seconds{20});
    const auto unknown = std::count_if(
        result.diagnostics.begin(), result.diagnostics.end(),
        [](const Diagnostic& d) { return d.message.starts_with("unknown programme 'q"); });
    EXPECT_EQ(unknown, count / 2);
}

// A deadline entry that is not a table was once reported twice: by the reader and again by
// the check of programme references.
TEST(ParseCatalog, AnEntryThatIsNotATableIsReportedOnce) {
    const auto text = "deadline = [1]\n" +
                      replace_once(minimal_catalog_text(), "[[deadline]]", "[[not_a_deadline]]");
    const auto found = problems(text);
    EXPECT_EQ(std::count_if(found.begin(), found.end(),
                            [](const std::string& p) {
                                return p.find("'deadline' must hold only tables") !=
                                       std::string::npos;
                            }),
              1);
}

TEST(ParseCatalog, LevelWithoutDeadlineIsAValidationWarningOnly) {
    const auto loaded = parse_catalog(minimal_catalog_text(), "t.toml");
    EXPECT_TRUE(std::all_of(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                            [](const Diagnostic& d) { return d.source_finding; }));
    const auto validated = parse_catalog(minimal_catalog_text(), "t.toml", Checks::validation);
    EXPECT_TRUE(std::all_of(
        validated.diagnostics.begin(), validated.diagnostics.end(),
        [](const Diagnostic& d) { return d.source_finding || d.severity == Severity::warning; }))
        << "a warning does not stop the file loading";
    EXPECT_THAT(validation_problems(minimal_catalog_text()),
                ElementsAre("t.toml:1:1: warning: level 'exchange' has no deadline or track for "
                            "any group, so 'ntnu deadline --level exchange' has no answer",
                            "t.toml:1:1: warning: level 'phd' has no deadline or track for any "
                            "group, so 'ntnu deadline --level phd' has no answer",
                            "t.toml:1:1: warning: level 'bachelor' has no deadline or track for "
                            "any group, so 'ntnu deadline --level bachelor' has no answer"));
}

// Issue 32: every text a person reads has its bokmål, or --lang nb would show English.
// Validation refuses a text without it, where the English text is; loading takes the file.
TEST(ParseCatalog, ValidationRefusesADataTextWithoutItsBokmal) {
    const auto text = replace_once(minimal_catalog_text(), "intake_year_offset = 1\n",
                                   "intake_year_offset = 1\nnote = \"Only this year.\"\n");
    EXPECT_THAT(validation_problems(text),
                ::testing::Contains("t.toml:17:8: deadline 'master-all' has 'note' but no "
                                    "'note_nb': bokmål output would show the English text"));
    const auto loaded = parse_catalog(text, "t.toml");
    EXPECT_TRUE(loaded.catalog.has_value()) << "a --data file without bokmål still loads";
    const auto with_nb = replace_once(text, "note = \"Only this year.\"\n",
                                      "note = \"Only this year.\"\nnote_nb = \"Bare i år.\"\n");
    EXPECT_THAT(validation_problems(with_nb),
                ::testing::Not(::testing::Contains(::testing::HasSubstr("bokmål"))));
}

TEST(ParseCatalog, ShippedDataValidatesWithoutWarnings) {
    EXPECT_THAT(validation_problems(test_support::shipped_catalog_text()), ::testing::IsEmpty());
}

TEST(ParseCatalog, UnknownKindSuggestsTheClosestValue) {
    EXPECT_THAT(problems(replace_once(minimal_catalog_text(), "milestone = \"apply\"",
                                      "milestone = \"aply\"")),
                ElementsAre("t.toml:11:13: 'milestone' has unknown value 'aply'; did you mean "
                            "'apply'? expected one of: opens, nominate, early, apply"));
}

TEST(ParseCatalog, TwoExceptionsForOneIntakeAreRefused) {
    const std::string exception = "[[deadline.exception]]\n"
                                  "intake_year = 2028\n"
                                  "month = 12\n"
                                  "day = 15\n"
                                  "time = \"12:00\"\n"
                                  "confidence = \"confirmed\"\n"
                                  "sources = [\"https://example.org/extended\"]\n";
    const auto text =
        replace_once(minimal_catalog_text(), "sources = [\"https://example.org/deadline\"]\n",
                     "sources = [\"https://example.org/deadline\"]\n" + exception + exception);
    EXPECT_THAT(problems(text), ElementsAre("t.toml:28:15: a second exception of deadline "
                                            "'master-all' for intake year 2028"));
}

} // namespace
} // namespace ntnu
