// SPDX-License-Identifier: MIT
// docs/data-sources.md: reading NTNU's words for the values they state, and each refusal of the
// check, on a small catalog whose every confirmed fact is quoted.
#include "catalog_parser.hpp"
#include "source_check.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ntnu {
namespace {

using namespace std::chrono_literals;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(QuoteStatesDay, EverySpellingNtnuUses) {
    EXPECT_TRUE(quote_states_day("Non-EU/non-EEA students: 1 December", date::December / 1));
    EXPECT_TRUE(quote_states_day("Apply by December 1st.", date::December / 1));
    EXPECT_TRUE(quote_states_day("by the 1st of March", date::March / 1));
    EXPECT_TRUE(quote_states_day("Søknadsfrist 1. desember", date::December / 1));
    EXPECT_TRUE(quote_states_day("Søknadsfrist: 15 april", date::April / 15));
    EXPECT_TRUE(quote_states_day("Frist 01.02.2020", date::February / 1));
    EXPECT_TRUE(quote_states_day("Deadline 1 Dec", date::December / 1));
    EXPECT_TRUE(quote_states_day("Deadline: Dec. 1, 2026", date::December / 1));
    EXPECT_TRUE(quote_states_day("1 MARS", date::March / 1));
    EXPECT_TRUE(quote_states_day("Students must apply by 1 April / 1 October", date::October / 1));
    EXPECT_TRUE(quote_states_day("opens 2026-10-01", date::October / 1));
    EXPECT_TRUE(quote_states_day("Nominasjon innen 15. mai", date::May / 15));
}

TEST(QuoteStatesDay, RefusesOtherDays) {
    EXPECT_FALSE(quote_states_day("Non-EU/non-EEA students: 1 December", date::March / 1));
    EXPECT_FALSE(quote_states_day("Non-EU/non-EEA students: 1 December", date::December / 15));
    EXPECT_FALSE(quote_states_day("Deadline 15 April", date::April / 1));
    EXPECT_FALSE(quote_states_day("kl. 23.59", date::December / 23)); // a time, not a date
    EXPECT_FALSE(quote_states_day("in December", date::December / 1));
    EXPECT_FALSE(quote_states_day("", date::December / 1));
}

TEST(QuoteStatesTime, ColonDotAndKl) {
    EXPECT_TRUE(quote_states_time("1 March, 23:59", 23h + 59min));
    EXPECT_TRUE(quote_states_time("innen 15. april kl. 23.59", 23h + 59min));
    EXPECT_TRUE(quote_states_time("20. april kl. 14.00", 14h));
    EXPECT_TRUE(quote_states_time("kl. 12", 12h));
    EXPECT_TRUE(quote_states_time("by 2 pm", 14h));
    EXPECT_FALSE(quote_states_time("1 March, 23:59", 14h));
    EXPECT_FALSE(quote_states_time("1 December", 0min));
    EXPECT_FALSE(quote_states_time("01.02.2020", 1h + 2min)); // a date, not a time
}

TEST(QuoteStatesYear, FourDigitsAndAcademicYears) {
    EXPECT_TRUE(quote_states_year("Application deadline 1 December 2026", 2026));
    EXPECT_TRUE(quote_states_year("admission 2026/2027", 2027));
    EXPECT_TRUE(quote_states_year("studieåret 2026/27", 2027));
    EXPECT_FALSE(quote_states_year("1 December", 2026));
    EXPECT_FALSE(quote_states_year("120 ECTS, 2026 kr", 2027));
}

TEST(QuoteStatesProgrammeFacts, CampusLengthLanguage) {
    EXPECT_TRUE(quote_states_campus("Master's programme, 2 years, Trondheim", Campus::trondheim));
    EXPECT_TRUE(quote_states_campus("Studiested: GJØVIK", Campus::gjovik));
    EXPECT_TRUE(quote_states_campus("Ålesund", Campus::alesund));
    EXPECT_FALSE(quote_states_campus("Trondheim", Campus::gjovik));
    EXPECT_TRUE(quote_states_years_long("Master's programme, 2 years, Trondheim", 2));
    EXPECT_TRUE(quote_states_years_long("a two-year programme", 2));
    EXPECT_TRUE(quote_states_years_long("2-year", 2));
    EXPECT_TRUE(quote_states_years_long("Varighet: 2 år", 2));
    EXPECT_TRUE(quote_states_years_long("toårig masterprogram", 2));
    EXPECT_TRUE(quote_states_years_long("120 ECTS", 2));
    EXPECT_FALSE(quote_states_years_long("120 ECTS", 1));
    EXPECT_FALSE(quote_states_years_long("Master's programme, 2 years", 5));
    EXPECT_TRUE(quote_states_language("taught in English", true));
    EXPECT_TRUE(quote_states_language("Undervisningsspråk: norsk", false));
    EXPECT_FALSE(quote_states_language("taught in English", false));
}

TEST(ParseAsOf, UndatedYearOrDate) {
    EXPECT_TRUE(parse_as_of("undated"));
    EXPECT_EQ(as_of_year(*parse_as_of("2023")), 2023);
    EXPECT_EQ(as_of_year(*parse_as_of("2026-11-26")), 2026);
    EXPECT_EQ(as_of_year(*parse_as_of("undated")), std::nullopt);
    EXPECT_FALSE(parse_as_of("2026-13-01"));
    EXPECT_FALSE(parse_as_of("Undated"));
    EXPECT_FALSE(parse_as_of("26"));
}

// Every confirmed fact quoted: clean under Checks::validation. The tests below break one line.
std::string quoted_catalog() {
    return R"([meta]
institution = "NTNU"
zone = "Europe/Oslo"
data_version = "test"
last_checked = 2026-11-27

[[deadline]]
id = "master-all"
levels = ["master"]
groups = ["non-eu", "eu-eea", "nordic", "refugee"]
milestone = "apply"
month = 12
day = 1
time = "23:59"
intake = "autumn"
intake_year_offset = 1
date_confidence = "confirmed"
time_confidence = "confirmed"
sources = [{ url = "https://example.org/faq", quote = "Non-EU/non-EEA students: 1 December", as_of = "undated" }]
time_sources = [{ url = "https://example.org/time", quote = "kl. 23.59", as_of = "2022" }]
published_through = 2027
published_sources = [{ url = "https://example.org/front", quote = "Non-EU/non-EEA students: 1 December.", as_of = "2026-11-26" }]
checked = 2026-12-07

[[rule]]
id = "non-eu-default"
levels = ["master"]
group = "non-eu"
when = "otherwise"
confidence = "confirmed"
sources = [{ url = "https://example.org/rule", quote = "Applicants from outside the EU", as_of = "undated" }]

[[programme]]
id = "mixd"
name = "Interaction Design"
level = "master"
campuses = ["gjovik"]
duration_years = 2
language = "english"
kind = "regular"
url = "https://example.org/mixd"
deadlines = "general"
confidence = "confirmed"
sources = [{ url = "https://example.org/mixd", quote = "Master's programme, 2 years, Gjøvik. Taught in English.", as_of = "undated" }]
checked = 2026-12-07

[[programme.paused]]
intake = "autumn-2024"
sources = [{ url = "https://example.org/ua", quote = "NTNU pauser opptaket", as_of = "2023" }]
)";
}

std::string replace(std::string text, std::string_view from, std::string_view to) {
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    if (pos != std::string::npos) {
        text.replace(pos, from.size(), to);
    }
    return text;
}

std::vector<std::string> findings(const std::string& text, Checks checks = Checks::validation) {
    const auto result = parse_catalog(text, "t.toml", checks);
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) {
        // The small catalog has no exchange, PhD or bachelor deadline: validation warns of it.
        if (d.source_finding) {
            out.push_back(format_diagnostic(d));
        } else {
            EXPECT_EQ(d.severity, Severity::warning) << format_diagnostic(d);
        }
    }
    return out;
}

TEST(SourceCheck, QuotedCatalogIsClean) {
    const auto result = parse_catalog(quoted_catalog(), "t.toml", Checks::validation);
    ASSERT_TRUE(result.catalog);
    EXPECT_THAT(findings(quoted_catalog()), IsEmpty());
    const auto& d = result.catalog->yearly[0];
    ASSERT_EQ(d.source_details.size(), 1u);
    EXPECT_EQ(d.sources, std::vector<std::string>{"https://example.org/faq"});
    EXPECT_EQ(d.source_details[0].quote, "Non-EU/non-EEA students: 1 December");
    EXPECT_EQ(d.source_details[0].as_of, "undated");
    EXPECT_EQ(d.published_sources, std::vector<std::string>{"https://example.org/front"});
    EXPECT_EQ(d.checked, date::year{2026} / 12 / 7);
    const auto& p = result.catalog->programmes[0];
    EXPECT_EQ(p.language, TeachingLanguage::english);
    ASSERT_EQ(p.paused.size(), 1u);
    EXPECT_EQ(p.paused[0].intake, (Intake{Semester::autumn, 2024}));
}

TEST(SourceCheck, PlainUrlsStillLoadWithAWarning) {
    const auto text = replace(
        quoted_catalog(),
        R"([{ url = "https://example.org/faq", quote = "Non-EU/non-EEA students: 1 December", as_of = "undated" }])",
        R"(["https://example.org/faq"])");
    const auto loaded = parse_catalog(text, "t.toml");
    ASSERT_TRUE(loaded.catalog);
    ASSERT_EQ(loaded.diagnostics.size(), 1u);
    EXPECT_EQ(loaded.diagnostics[0].severity, Severity::warning);
    EXPECT_EQ(format_diagnostic(loaded.diagnostics[0]),
              "t.toml:19:11: warning: deadline 'master-all' is confirmed, but none of its sources "
              "has a quote: give the page's own words that state it, or lower its confidence");
    const auto validated = parse_catalog(text, "t.toml", Checks::validation);
    EXPECT_FALSE(validated.catalog);
    // The finding, an error now, besides validation's warnings of levels without deadlines.
    EXPECT_EQ(std::count_if(validated.diagnostics.begin(), validated.diagnostics.end(),
                            [](const Diagnostic& d) {
                                return d.source_finding && d.severity == Severity::error;
                            }),
              1);
}

TEST(SourceCheck, RefusesConfirmedDayNotInQuote) {
    EXPECT_THAT(findings(replace(quoted_catalog(), "day = 1\n", "day = 15\n")),
                ElementsAre("t.toml:13:7: deadline 'master-all' is confirmed on 15 December, but "
                            "no quote of its sources names that day"));
}

TEST(SourceCheck, RefusesConfirmedTimeNotInQuote) {
    EXPECT_THAT(findings(replace(quoted_catalog(), "kl. 23.59", "kl. 14.00")),
                ElementsAre("t.toml:14:8: the time of day of deadline 'master-all' is confirmed "
                            "at 23:59, but no quote of its sources names that time"));
}

TEST(SourceCheck, RefusesPublishedThroughWithoutPublishedSources) {
    auto text = quoted_catalog();
    const auto begin = text.find("published_sources = ");
    text.erase(begin, text.find('\n', begin) + 1 - begin);
    EXPECT_THAT(findings(text),
                ElementsAre("t.toml:21:21: deadline 'master-all' has published_through = 2027 but "
                            "no published_sources: name the dated page that publishes that "
                            "cycle"));
}

TEST(SourceCheck, PublishedThroughNeedsTheCycleNamedOrDated) {
    // The front page of 26 November 2026 dates the cycle closing 1 December 2026: intake 2027,
    // not 2028.
    const auto later =
        replace(quoted_catalog(), "published_through = 2027", "published_through = 2028");
    EXPECT_THAT(findings(later),
                ElementsAre("t.toml:22:21: deadline 'master-all' has published_through = 2028, "
                            "but no published source names that cycle's year in a quote or "
                            "dates it with its as_of"));
    // After the closing, the page dates the next cycle.
    EXPECT_THAT(
        findings(replace(quoted_catalog(), R"(as_of = "2026-11-26")", R"(as_of = "2026-12-02")")),
        ::testing::SizeIs(1));
    // An undated page names the cycle only in its words.
    EXPECT_THAT(
        findings(replace(quoted_catalog(), R"(as_of = "2026-11-26")", R"(as_of = "undated")")),
        ::testing::SizeIs(1));
    EXPECT_THAT(findings(replace(
                    replace(quoted_catalog(), R"(as_of = "2026-11-26")", R"(as_of = "undated")"),
                    "students: 1 December.", "students: 1 December 2026.")),
                IsEmpty());
}

TEST(SourceCheck, RefusesCampusLengthAndLanguageNotInQuote) {
    const auto text = replace(quoted_catalog(), "2 years, Gjøvik. Taught in English.",
                              "5 years, Trondheim. Taught in Norwegian.");
    EXPECT_THAT(findings(text),
                ElementsAre("t.toml:37:12: programme 'mixd': no quote of its sources names the "
                            "campus Gjøvik",
                            "t.toml:38:18: programme 'mixd': no quote of its sources states its "
                            "length, 2 years",
                            "t.toml:39:12: programme 'mixd': no quote of its sources names its "
                            "language, English"));
}

TEST(SourceCheck, RefusesProgrammeWithoutSourceAge) {
    EXPECT_THAT(findings(replace(quoted_catalog(), R"(Taught in English.", as_of = "undated" })",
                                 R"(Taught in English." })")),
                ElementsAre("t.toml:44:11: programme 'mixd' has no source age: give a source "
                            "its as_of (a year, a date, or \"undated\")"));
}

TEST(SourceCheck, RefusesPausedIntakeWithoutQuote) {
    EXPECT_THAT(
        findings(replace(
            quoted_catalog(),
            R"([{ url = "https://example.org/ua", quote = "NTNU pauser opptaket", as_of = "2023" }])",
            R"(["https://example.org/ua"])")),
        ElementsAre("t.toml:49:11: the paused intake autumn-2024 of programme 'mixd' has "
                    "no quoted source: quote the page that says NTNU paused it"));
}

TEST(SourceCheck, RefusesDisputedPagesThatCanBeOrdered) {
    const auto text = replace(
        quoted_catalog(), "checked = 2026-12-07\n",
        "checked = 2026-12-07\ndisputed_note = \"x\"\ndisputed_note_nb = \"x\"\n"
        R"(disputed_sources = [{ url = "https://example.org/old", quote = "1 March", as_of = "2020" }])"
        "\n");
    // The kept page is undated: the two cannot be ordered, and both stand.
    EXPECT_THAT(findings(text), IsEmpty());
    const auto dated =
        replace(text, R"(1 December", as_of = "undated")", R"(1 December", as_of = "2024")");
    EXPECT_THAT(findings(dated),
                ElementsAre("t.toml:26:20: deadline 'master-all' is marked disputed, but its "
                            "pages can be ordered by age: the newer page stands, and the older "
                            "date may be named in the note"));
}

TEST(SourceCheck, RefusesMalformedSources) {
    const auto result = parse_catalog(
        replace(quoted_catalog(), R"(as_of = "2022")", R"(as_of = "last year", page = 1)"),
        "t.toml", Checks::validation);
    std::vector<std::string> out;
    for (const auto& d : result.diagnostics) {
        if (d.severity == Severity::error) {
            out.push_back(format_diagnostic(d));
        }
    }
    EXPECT_THAT(out, ElementsAre(::testing::HasSubstr("'as_of' must be \"undated\", a year"),
                                 ::testing::HasSubstr("unknown key 'page' in a source of")));
}

} // namespace
} // namespace ntnu
