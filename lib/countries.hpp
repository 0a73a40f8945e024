#pragma once
// Country lookup by ISO code or English or Norwegian name, in any letter case.

#include "country_table.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// The country with this alpha-2 code (exact, upper case); nullptr if none.
const CountryRecord* country_by_alpha2(std::string_view alpha2);

// Finds a country by alpha-2 or alpha-3 code, or by any of its English or Norwegian names,
// ignoring letter case, accents and punctuation. nullptr if nothing matches.
const CountryRecord* find_country(std::string_view text);

// Country names close to a mistyped `text`, best first: the "did you mean" candidates. A flag
// emoji ("🇳🇴") or a code ISO reserves for another country ("UK") suggests that country.
std::vector<std::string> suggest_countries(std::string_view text, std::size_t max_results = 1);

} // namespace ntnu
