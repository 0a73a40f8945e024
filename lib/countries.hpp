// SPDX-License-Identifier: MIT
#pragma once
// Country lookup by ISO code, by English or Norwegian name, by another everyday name
// ("UK", "Ivory Coast") or by the country's own name ("Suomi"), in any letter case.

#include "country_table.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// The country with this alpha-2 code (exact, upper case); nullptr if none.
const CountryRecord* country_by_alpha2(std::string_view alpha2);

// The countries `text` names, ignoring letter case, accents and punctuation: by alpha-2 or
// alpha-3 code, then by a name or alias, then by the first words of one ("Vatican", "Korea").
// One country when the text is clear; several, by table order, when it names each of them
// ("Korea": KP and KR); none when it names nothing or too many to list ("Saint").
std::vector<const CountryRecord*> lookup_country(std::string_view text);

// The one country lookup_country finds; nullptr if it finds none or several.
const CountryRecord* find_country(std::string_view text);

// Countries close to a mistyped `text`: the "did you mean" candidates, every one at the
// nearest distance ("Nigera": NE and NG), in the order their names come; none when nothing is
// near or more than `max_results` countries tie. A flag emoji ("🇳🇴") or a code ISO reserves
// for another country ("EL") suggests that country.
std::vector<const CountryRecord*> suggest_countries(std::string_view text,
                                                    std::size_t max_results = 4);

} // namespace ntnu
