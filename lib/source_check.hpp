// SPDX-License-Identifier: MIT
#pragma once
// Whether NTNU's quoted words state a value: the day and month of a date, a time of day, a year,
// a campus, a length or a language (docs/data-sources.md, "What the check refuses").
//
// NTNU writes one date many ways ("1 December", "December 1st", "1st of March", "1. desember",
// "01.02.2020", "1 Dec") and a time as "23:59" or "kl. 23.59": each quote is read into the
// values it names, and the value is looked for among them, so no spelling is compared with
// another.

#include "types.hpp"

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace ntnu {

// How old a page is (`as_of`): "undated", a year, or a date.
struct Undated {
    friend bool operator==(Undated, Undated) = default;
};
using AsOf = std::variant<Undated, date::year, date::year_month_day>;

// Parses "undated", "2023" or "2026-11-26"; nullopt for anything else.
std::optional<AsOf> parse_as_of(std::string_view text);

// The year an age names, or nullopt for an undated page.
std::optional<int> as_of_year(const AsOf& as_of);

// True when the quote names this day of this month, in any spelling above.
bool quote_states_day(std::string_view quote, date::month_day day);
// True when the quote names this month ("March", "mars", "03" in a numeric date).
bool quote_states_month(std::string_view quote, date::month month);
// True when the quote names this time of day: "23:59", "23.59", "kl. 23.59", "14:00".
bool quote_states_time(std::string_view quote, std::chrono::minutes time);
// True when the quote names this year: "2027", "2026/2027", "2026/27".
bool quote_states_year(std::string_view quote, int year);
// True when the quote names the campus: "Trondheim", "Gjøvik", "Ålesund".
bool quote_states_campus(std::string_view quote, Campus campus);
// True when the quote states the length: "2 years", "two-year", "2-year", "2 år", "120 ECTS".
bool quote_states_years_long(std::string_view quote, int years);
// True when the quote names the language: "English"/"engelsk", "Norwegian"/"norsk".
bool quote_states_language(std::string_view quote, bool english);

} // namespace ntnu
