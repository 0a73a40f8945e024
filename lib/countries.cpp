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

// Codes people type that ISO 3166 reserves for another: the United Kingdom is GB, Greece GR.
const CountryRecord* reserved_code(std::string_view text) {
    const std::string code = ascii_lower(text);
    if (code == "uk") {
        return country_by_alpha2("GB");
    }
    if (code == "el") {
        return country_by_alpha2("GR");
    }
    return nullptr;
}

} // namespace

std::vector<std::string> suggest_countries(std::string_view text, std::size_t max_results) {
    if (const auto flag = flag_letters(text); !flag.empty()) {
        if (const CountryRecord* country = country_by_alpha2(flag)) {
            return {std::string(country->name)};
        }
    }
    if (const CountryRecord* country = reserved_code(text)) {
        return {std::string(country->name)};
    }
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
