// SPDX-License-Identifier: MIT
#include "country_groups.hpp"

#include "group_resolution.hpp"

#include <algorithm>

namespace ntnu {

const GroupRule* nordic_degree_rule(const Catalog& catalog) {
    for (const GroupRule* rule : catalog.rules_for(Level::master)) {
        if (rule->condition == RuleCondition::degree_from && rule->group == Group::nordic) {
            return rule;
        }
    }
    return nullptr;
}

bool nordic_degree_country(const Catalog& catalog, std::string_view alpha2) {
    const GroupRule* rule = nordic_degree_rule(catalog);
    return rule != nullptr && std::any_of(rule->country_sets.begin(), rule->country_sets.end(),
                                          [&](const std::string& set) {
                                              return in_country_set(catalog, set, alpha2);
                                          });
}

Group master_citizen_group(const Catalog& catalog, std::string_view alpha2) {
    return citizen_group(catalog, Level::master, alpha2).value_or(Group::non_eu);
}

Confidence nordic_countries_confidence(const Catalog& catalog) {
    Confidence confidence = Confidence::confirmed;
    if (const GroupRule* rule = nordic_degree_rule(catalog)) {
        for (const auto& id : rule->country_sets) {
            if (const CountrySet* set = catalog.country_set(id)) {
                confidence = weakest(confidence, set->provenance.confidence);
            }
        }
    }
    return confidence;
}

std::vector<std::string> nordic_sources(const Catalog& catalog) {
    std::vector<std::string> urls;
    const auto add = [&](const std::vector<std::string>& more) {
        for (const auto& url : more) {
            if (std::find(urls.begin(), urls.end(), url) == urls.end()) {
                urls.push_back(url);
            }
        }
    };
    if (const GroupRule* rule = nordic_degree_rule(catalog)) {
        add(rule->provenance.sources);
        for (const auto& id : rule->country_sets) {
            if (const CountrySet* set = catalog.country_set(id)) {
                add(set->provenance.sources);
            }
        }
    }
    return urls;
}

std::vector<ListedCountry> countries_of(const Catalog& catalog, std::optional<Group> wanted) {
    std::vector<ListedCountry> listed;
    for (const auto& country : country_table()) {
        const Group group = master_citizen_group(catalog, country.alpha2);
        const bool keep = !wanted ? true
                          : *wanted == Group::nordic
                              ? nordic_degree_country(catalog, country.alpha2)
                              : group == *wanted;
        if (keep) {
            listed.push_back({&country, group});
        }
    }
    return listed;
}

} // namespace ntnu
