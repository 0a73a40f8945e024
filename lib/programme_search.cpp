#include "programme_search.hpp"

#include "text.hpp"

#include <algorithm>

namespace ntnu {

std::vector<const Programme*> find_programmes(const Catalog& catalog,
                                              const ProgrammeFilter& filter) {
    const std::string wanted = fold_for_lookup(filter.search);
    std::vector<const Programme*> out;
    // Reused for every programme: a catalogue of thousands folds without allocating for each.
    std::string name_key;
    std::string id_key;
    for (const auto& p : catalog.programmes) {
        if (filter.campus &&
            std::find(p.campuses.begin(), p.campuses.end(), *filter.campus) == p.campuses.end()) {
            continue;
        }
        if (filter.level && p.level != *filter.level) {
            continue;
        }
        if (filter.open_to && std::find(p.closed_to.begin(), p.closed_to.end(), *filter.open_to) !=
                                  p.closed_to.end()) {
            continue;
        }
        // Folding both sides lets "experience based" find "experience-based" and "gjovik" find
        // "Gjøvik".
        if (!wanted.empty()) {
            fold_for_lookup(p.name, name_key);
            if (name_key.find(wanted) == std::string::npos) {
                fold_for_lookup(p.id, id_key);
                if (id_key.find(wanted) == std::string::npos) {
                    continue;
                }
            }
        }
        out.push_back(&p);
    }
    return out;
}

std::optional<Campus> parse_campus(std::string_view text) {
    const std::string key = fold_for_lookup(text);
    for (const Campus campus : all_values<Campus>()) {
        if (key == to_string(campus) || key == fold_for_lookup(campus_name(campus))) {
            return campus;
        }
    }
    // The spelling without the letter Å, common on foreign keyboards.
    if (key == "aalesund") {
        return Campus::alesund;
    }
    return std::nullopt;
}

std::string_view campus_name(Campus campus) {
    switch (campus) {
    case Campus::trondheim: return "Trondheim";
    case Campus::gjovik: return "Gjøvik";
    case Campus::alesund: return "Ålesund";
    }
    return "?";
}

} // namespace ntnu
