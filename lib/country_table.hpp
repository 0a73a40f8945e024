#pragma once
// The ISO 3166-1 country table, generated at build time from Debian's iso-codes.

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

// Every country ISO 3166-1 knows, sorted by alpha-2 code.
std::span<const CountryRecord> country_table();

} // namespace ntnu
