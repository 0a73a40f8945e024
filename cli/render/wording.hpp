// SPDX-License-Identifier: MIT
#pragma once
// The words for the domain's values and for the group rules' explanations, in the output
// language.

#include "catalog.hpp"
#include "group_resolution.hpp"
#include "language.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace ntnu {

// The words for an enum's values, for one use ("non-EU/EEA" for a title, "non-EU" for a
// cell): each value's message. The one way enums become words in human output.
template <typename E, std::size_t N> using Wording = std::array<std::pair<E, Msg>, N>;

// The message for `value`; nullopt where the table has none.
template <typename E, std::size_t N>
constexpr std::optional<Msg> message_for(const Wording<E, N>& table, E value) {
    for (const auto& [v, msg] : table) {
        if (v == value) {
            return msg;
        }
    }
    return std::nullopt;
}

// True when the table words every value EnumNames knows: for a static_assert beside it.
template <typename E, std::size_t N> constexpr bool words_every_value(const Wording<E, N>& table) {
    for (const E value : all_values<E>()) {
        if (!message_for(table, value)) {
            return false;
        }
    }
    return true;
}

// The text of `value`'s message in the output language; "?" where the table has none.
template <typename E, std::size_t N>
std::string words(const Wording<E, N>& table, E value, const Language& lang) {
    const auto msg = message_for(table, value);
    return msg ? std::string(lang.text(*msg)) : "?";
}

// The group as the subject of "… applicants": "non-EU/EEA"; in bokmål the whole noun phrase,
// "søkere fra land utenfor EU/EØS". Patterns place it, so word order is theirs.
std::string group_title(Group group, const Language& lang);

// "non-EU/EEA", "EU/EEA/Swiss", "Nordic", "refugee": for narrow table cells.
std::string short_group_title(Group group, const Language& lang);

// "master's programmes"
std::string level_title(Level level, const Language& lang);

// "master's", "master": the level alone, for the Level label. Bokmål cannot put the plural
// phrase of level_title in every slot ("Nivå  masterprogrammer"), so each slot has its words.
std::string level_name(Level level, const Language& lang);

// "at master's level", "på masternivå": the level as a filter of the programme list.
std::string level_filter(Level level, const Language& lang);

// "application deadline", "nomination deadline"
std::string milestone_title(Milestone milestone, const Language& lang);

// "autumn 2027"
std::string intake_title(const Intake& intake, const Language& lang);

// "autumn", "spring": the semester alone.
std::string semester_title(Semester semester, const Language& lang);

// "assumed", "inferred", "confirmed": how sure a fact is.
std::string confidence_title(Confidence confidence, const Language& lang);

// "India (IN)"; "Tyskland (DE)" in bokmål; the code alone if it is not a country.
std::string country_label(const std::string& alpha2, const Language& lang);

// One sentence saying what a group rule found for this applicant.
std::string step_text(const ResolutionStep& step, const Catalog& catalog, const Language& lang);

// Every text from the data that a person reads (a note, a title, a requirement, a rule) goes
// through this one accessor, in the output language: its bokmål text where the data has one.
// `ntnu validate` refuses a data text without its bokmål, so the English fallback is for
// --data files that were never validated.
std::string note_in(const std::string& note, const std::string& note_nb, const Language& lang);

// The text with its first letter capitalised, for a phrase that starts a sentence ("autumn
// 2025" after a full stop). Only ASCII letters change: every phrase this is used for starts
// with one in both languages.
std::string sentence_start(std::string text);

} // namespace ntnu
