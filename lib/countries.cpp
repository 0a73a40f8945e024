#include "countries.hpp"

#include "text.hpp"

#include <algorithm>

namespace ntnu {

const CountryRecord* country_by_alpha2(std::string_view alpha2) {
    const auto table = country_table();
    const auto it = std::lower_bound(
        table.begin(), table.end(), alpha2,
        [](const CountryRecord& r, std::string_view code) { return r.alpha2 < code; });
    return it != table.end() && it->alpha2 == alpha2 ? &*it : nullptr;
}

const CountryRecord* find_country(std::string_view text) {
    const std::string key = fold_for_lookup(text);
    if (key.empty()) {
        return nullptr;
    }
    for (const auto& record : country_table()) {
        if (key == ascii_lower(record.alpha2) || key == ascii_lower(record.alpha3)) {
            return &record;
        }
    }
    for (const auto& record : country_table()) {
        for (const auto name :
             {record.name, record.iso_name, record.official_name, record.nb_name}) {
            if (!name.empty() && key == fold_for_lookup(name)) {
                return &record;
            }
        }
    }
    return nullptr;
}

std::vector<std::string> suggest_countries(std::string_view text, std::size_t max_results) {
    std::vector<std::string> names;
    for (const auto& record : country_table()) {
        names.emplace_back(record.name);
        if (!record.nb_name.empty() && record.nb_name != record.name) {
            names.emplace_back(record.nb_name);
        }
    }
    return closest_matches(text, names, max_results);
}

} // namespace ntnu
