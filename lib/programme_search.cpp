// SPDX-License-Identifier: MIT
#include "programme_search.hpp"

#include "text.hpp"

#include <algorithm>
#include <cstring>

namespace ntnu {
namespace {

// True when `text`, folded, cannot contain a key starting with `first` (a folded key's first
// character: a lower-case letter, a digit or a byte of a non-Latin letter). That is certain when
// the text is all ASCII, which folds byte for byte, and holds `first` in neither case. Three
// passes the compiler and memchr vectorise cost far less than folding, so for a rare letter
// most names of a large catalogue are never folded.
bool cannot_contain(std::string_view text, char first) {
    unsigned char bytes = 0;
    for (const char c : text) {
        bytes |= static_cast<unsigned char>(c);
    }
    if ((bytes & 0x80U) != 0) {
        return false; // accents fold to letters: fold and search
    }
    const char upper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
    return std::memchr(text.data(), first, text.size()) == nullptr &&
           std::memchr(text.data(), upper, text.size()) == nullptr;
}

bool key_contains(std::string_view text, const std::string& wanted, std::string& key) {
    if (cannot_contain(text, wanted.front())) {
        return false;
    }
    fold_for_lookup(text, key);
    return key.find(wanted) != std::string::npos;
}

} // namespace

std::vector<const Programme*> find_programmes(const Catalog& catalog,
                                              const ProgrammeFilter& filter) {
    const std::string wanted = fold_for_lookup(filter.search);
    std::vector<const Programme*> out;
    // Reused for every name: a catalogue of thousands folds without allocating for each.
    std::string key;
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
        if (!wanted.empty() && !key_contains(p.name, wanted, key) &&
            !key_contains(p.id, wanted, key)) {
            continue;
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
