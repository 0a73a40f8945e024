// SPDX-License-Identifier: MIT
#pragma once
// The ISO 3166-1 country table, generated at build time from Debian's iso-codes and CLDR.

#include <span>
#include <string_view>

namespace ntnu {

struct CountryRecord {
    std::string_view alpha2;
    std::string_view alpha3;
    std::string_view name;          // the everyday English name ("South Korea")
    std::string_view iso_name;      // the ISO short name ("Korea, Republic of")
    std::string_view official_name; // empty where ISO gives none
    std::string_view nb_name;       // Norwegian bokmål, from iso-codes' nb translation
};

// Where an alias comes from: an everyday name in English or Norwegian ("UK", "Ivory Coast"),
// or the country's own name in one of its official languages ("Suomi"), which yields to an
// everyday name of another country.
enum class AliasKind { everyday, endonym };

struct CountryAlias {
    std::string_view alpha2;
    std::string_view name;
    AliasKind kind;
};

// Every country ISO 3166-1 knows, and Kosovo (XK, from CLDR), sorted by alpha-2 code.
std::span<const CountryRecord> country_table();

// The other names of the countries, from CLDR (and a few exceptions in gen_countries.py),
// grouped by country in table order.
std::span<const CountryAlias> country_aliases();

} // namespace ntnu
