// SPDX-License-Identifier: MIT
#include "programme_search.hpp"

#include "search_words.hpp"
#include "text.hpp"

#include <algorithm>
#include <set>

namespace ntnu {
std::vector<const Programme*> find_programmes(const Catalog& catalog,
                                              const ProgrammeFilter& filter) {
    const WordQuery query(filter.search);
    std::vector<const Programme*> out;
    // Reused for every name: a catalogue of thousands folds without allocating for each.
    std::string scratch;
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
        // Each word of the search begins a word of the name or the id: "experience based"
        // finds "Experience-based", "gjovik" "Gjøvik", "msa" "msa1", and "AI" no "sustainable".
        if (!query.empty() && !query.matches({p.name, p.id}, scratch)) {
            continue;
        }
        out.push_back(&p);
    }
    return out;
}

const Programme* programme_by_name(const Catalog& catalog, std::string_view text,
                                   std::vector<const Programme*>& several) {
    several.clear();
    const std::string wanted = fold_for_lookup(text);
    if (wanted.empty()) {
        return nullptr;
    }
    if (const Programme* p = catalog.programme(text)) {
        return p;
    }
    std::vector<const Programme*> exact;
    std::vector<const Programme*> begun;
    for (const auto& p : catalog.programmes) {
        const std::string name = fold_for_lookup(p.name);
        if (name == wanted) {
            exact.push_back(&p);
        } else if (wanted.size() >= 3 &&
                   (name.starts_with(wanted) || fold_for_lookup(p.id).starts_with(wanted))) {
            begun.push_back(&p);
        }
    }
    // An exact name wins over the names it begins ("Information Security" is not also
    // "Information Security, experience-based").
    const auto& candidates = exact.empty() ? begun : exact;
    if (candidates.size() == 1) {
        return candidates.front();
    }
    several = candidates;
    return nullptr;
}

std::vector<std::string> search_hints(const Catalog& catalog, std::string_view search) {
    const WordQuery query(search);
    std::set<std::string> seen;
    std::vector<std::string> vocabulary;
    std::string scratch;
    for (const auto& p : catalog.programmes) {
        const std::string folded = fold_for_lookup(p.name);
        std::size_t start = 0;
        while (start < folded.size()) {
            const std::size_t end = std::min(folded.find(' ', start), folded.size());
            std::string word = folded.substr(start, end - start);
            // A word of one or two letters ("of", "ai") is no hint to type.
            if (word.size() >= 3 && seen.insert(word).second) {
                vocabulary.push_back(std::move(word));
            }
            start = end + 1;
        }
    }
    std::vector<std::string> hints;
    for (const auto& word : query.words()) {
        std::vector<std::string_view> names;
        for (const auto& p : catalog.programmes) {
            names.emplace_back(p.name);
            names.emplace_back(p.id);
        }
        if (WordQuery::word_matches(word, search_key(word), names, scratch)) {
            continue; // this word finds programmes: another word, or another filter, finds none
        }
        for (auto& hint : closest_matches(word, vocabulary, 3)) {
            if (std::find(hints.begin(), hints.end(), hint) == hints.end()) {
                hints.push_back(std::move(hint));
            }
        }
    }
    return hints;
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
