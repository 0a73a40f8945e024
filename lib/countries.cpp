// SPDX-License-Identifier: MIT
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

namespace {

// More countries than this sharing the first words of their names is no answer but a list.
constexpr std::size_t max_ambiguous = 6;

void add_unique(std::vector<const CountryRecord*>& found, const CountryRecord* record) {
    if (std::find(found.begin(), found.end(), record) == found.end()) {
        found.push_back(record);
    }
}

// Calls `visit(record, name)` for each everyday name: the table's own, then the aliases.
template <typename Visit> void for_each_everyday_name(Visit&& visit) {
    for (const auto& record : country_table()) {
        for (const auto name :
             {record.name, record.iso_name, record.official_name, record.nb_name}) {
            if (!name.empty()) {
                visit(&record, name);
            }
        }
    }
    for (const auto& alias : country_aliases()) {
        if (alias.kind == AliasKind::everyday) {
            visit(country_by_alpha2(alias.alpha2), alias.name);
        }
    }
}

} // namespace

std::vector<const CountryRecord*> lookup_country(std::string_view text) {
    const std::string key = fold_for_lookup(text);
    if (key.empty()) {
        return {};
    }
    for (const auto& record : country_table()) {
        if (key == ascii_lower(record.alpha2) || key == ascii_lower(record.alpha3)) {
            return {&record};
        }
    }
    std::vector<const CountryRecord*> exact;
    std::vector<const CountryRecord*> leading;
    std::string folded;
    const std::string leading_key = key + ' ';
    for_each_everyday_name([&](const CountryRecord* record, std::string_view name) {
        fold_for_lookup(name, folded);
        if (folded == key) {
            add_unique(exact, record);
        } else if (folded.starts_with(leading_key)) {
            add_unique(leading, record);
        }
    });
    if (!exact.empty()) {
        std::sort(exact.begin(), exact.end());
        return exact;
    }
    for (const auto& alias : country_aliases()) {
        if (alias.kind == AliasKind::endonym) {
            fold_for_lookup(alias.name, folded);
            if (folded == key) {
                add_unique(exact, country_by_alpha2(alias.alpha2));
            }
        }
    }
    if (!exact.empty()) {
        return exact;
    }
    if (leading.size() > max_ambiguous) {
        return {};
    }
    std::sort(leading.begin(), leading.end());
    return leading;
}

const CountryRecord* find_country(std::string_view text) {
    const auto found = lookup_country(text);
    return found.size() == 1 ? found.front() : nullptr;
}

namespace {

// A flag emoji is two regional indicator symbols, U+1F1E6..U+1F1FF, one per letter of the
// alpha-2 code: "🇳🇴" is N, O. Empty when `text` is not one.
std::string flag_letters(std::string_view text) {
    std::string letters;
    for (std::size_t i = 0; i + 4 <= text.size(); i += 4) {
        const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
        if (b(0) != 0xF0 || b(1) != 0x9F || b(2) != 0x87 || b(3) < 0xA6 || b(3) > 0xBF) {
            return "";
        }
        letters += static_cast<char>('A' + (b(3) - 0xA6));
    }
    return text.size() == 8 ? letters : "";
}

// A code people type that ISO 3166 reserves for another: Greece is GR, not EL (the EU's code).
// ("UK" is CLDR's short name for GB, so it is found, not suggested.)
const CountryRecord* reserved_code(std::string_view text) {
    const std::string code = ascii_lower(text);
    if (code == "el") {
        return country_by_alpha2("GR");
    }
    return nullptr;
}

} // namespace

std::vector<const CountryRecord*> suggest_countries(std::string_view text,
                                                    std::size_t max_results) {
    if (const auto flag = flag_letters(text); !flag.empty()) {
        if (const CountryRecord* country = country_by_alpha2(flag)) {
            return {country};
        }
    }
    if (const CountryRecord* country = reserved_code(text)) {
        return {country};
    }
    std::vector<std::string> names;
    std::vector<const CountryRecord*> owners;
    for_each_everyday_name([&](const CountryRecord* record, std::string_view name) {
        names.emplace_back(name);
        owners.push_back(record);
    });
    // Every country at the nearest distance ("Nigera": Niger and Nigeria), none when too many
    // tie for the hint to help.
    std::vector<const CountryRecord*> found;
    for (const auto& match : closest_ties(text, names, max_results * 4)) {
        for (std::size_t at = 0; at < names.size(); ++at) {
            if (names[at] == match) {
                add_unique(found, owners[at]);
            }
        }
    }
    if (found.size() > max_results) {
        found.clear();
    }
    return found;
}

} // namespace ntnu
