// SPDX-License-Identifier: MIT
#pragma once
// Countries by applicant group, for a master's programme: what `ntnu countries` lists. The
// group of a citizen, and the countries whose degree makes an applicant Nordic.

#include "catalog.hpp"
#include "country_table.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// The master's rule that makes a degree from a country Nordic: its sets are the Nordic
// countries. nullptr when the data has none.
const GroupRule* nordic_degree_rule(const Catalog& catalog);

// Whether a degree from the country makes an applicant Nordic.
bool nordic_degree_country(const Catalog& catalog, std::string_view alpha2);

// The group a citizen of the country applies in for a master's programme, when neither a Nordic
// degree nor a Norwegian ID number nor refugee status decides it.
Group master_citizen_group(const Catalog& catalog, std::string_view alpha2);

// How sure the data is of the Nordic countries: the weakest confidence of the rule's sets.
Confidence nordic_countries_confidence(const Catalog& catalog);

// The sources of the Nordic rule and of its country sets, each once, in order.
std::vector<std::string> nordic_sources(const Catalog& catalog);

struct ListedCountry {
    const CountryRecord* country = nullptr;
    Group group = Group::non_eu; // the citizen's group (master_citizen_group)
};

// Every country, or those of one group; for Group::nordic, the countries whose degree makes an
// applicant Nordic. In the country table's order.
std::vector<ListedCountry> countries_of(const Catalog& catalog, std::optional<Group> wanted);

} // namespace ntnu
