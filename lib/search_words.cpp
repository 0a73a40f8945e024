// SPDX-License-Identifier: MIT
#include "search_words.hpp"

#include "text.hpp"

#include <array>
#include <cstring>
#include <utility>

namespace ntnu {
namespace {

// British spellings that begin a word, with their American form. Both the query and the names
// are folded, so either spelling finds the other. A short list of whole stems rather than a
// rule: "-our" → "-or" would also turn "four" into "for".
constexpr std::array<std::pair<std::string_view, std::string_view>, 33> british_stems{{
    {"colour", "color"},           {"behaviour", "behavior"},   {"labour", "labor"},
    {"harbour", "harbor"},         {"neighbour", "neighbor"},   {"honour", "honor"},
    {"favour", "favor"},           {"flavour", "flavor"},       {"humour", "humor"},
    {"vapour", "vapor"},           {"centre", "center"},        {"metre", "meter"},
    {"theatre", "theater"},        {"fibre", "fiber"},          {"litre", "liter"},
    {"defence", "defense"},        {"licence", "license"},      {"offence", "offense"},
    {"programme", "program"},      {"catalogue", "catalog"},    {"dialogue", "dialog"},
    {"analogue", "analog"},        {"modelling", "modeling"},   {"travelling", "traveling"},
    {"labelling", "labeling"},     {"signalling", "signaling"}, {"aluminium", "aluminum"},
    {"ageing", "aging"},           {"paediatric", "pediatric"}, {"anaesthe", "anesthe"},
    {"orthopaedic", "orthopedic"}, {"sulphur", "sulfur"},       {"grey", "gray"},
}};

// Word endings spelt with s in British and z in American English: "globalisation",
// "specialising", "organised", "analyse".
constexpr std::array<std::pair<std::string_view, std::string_view>, 12> british_endings{{
    {"isations", "izations"},
    {"isation", "ization"},
    {"ising", "izing"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"iser", "izer"},
    {"isers", "izers"},
    {"ise", "ize"},
    {"ysing", "yzing"},
    {"ysed", "yzed"},
    {"yses", "yzes"},
    {"yse", "yze"},
}};

void replace_end(std::string& word, std::string_view end, std::string_view with) {
    word.replace(word.size() - end.size(), end.size(), with);
}

// A plural or adjective ending dropped, so the forms of one word meet at a common beginning:
// "mathematics", "mathematical" → "mathematic"; "studies" → "study"; "sciences" → "science".
// "ss", "us" and "is" are not plurals ("glass", "campus", "analysis").
void drop_ending(std::string& word) {
    if (word.size() >= 6 && word.ends_with("ical")) {
        replace_end(word, "ical", "ic");
    } else if (word.size() >= 5 && word.ends_with("ies")) {
        replace_end(word, "ies", "y");
    } else if (word.size() >= 4 && word.ends_with('s') && !word.ends_with("ss") &&
               !word.ends_with("us") && !word.ends_with("is")) {
        word.pop_back();
    }
}

// The words of a folded text, which fold_for_lookup separates by single spaces.
template <typename F> bool any_word(std::string_view folded, F&& f) {
    std::size_t start = 0;
    while (start <= folded.size()) {
        const std::size_t end = std::min(folded.find(' ', start), folded.size());
        if (end > start && f(folded.substr(start, end - start))) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

// True when `text`, folded, cannot hold a word beginning with `first` (the first byte of a
// folded word). Certain when the text is all ASCII and holds `first` in neither case: three
// passes that memchr vectorises cost far less than folding, so for a rare letter most names of
// a large catalogue are never folded. Spelling folds keep a word's first letter.
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

} // namespace

std::string search_key(std::string_view folded_word) {
    std::string word(folded_word);
    for (const auto& [british, american] : british_stems) {
        if (word.starts_with(british)) {
            word.replace(0, british.size(), american);
            break;
        }
    }
    // Only after a stem of three letters or more: "rise" and "wise" keep their s.
    for (const auto& [british, american] : british_endings) {
        if (word.size() >= british.size() + 3 && word.ends_with(british)) {
            replace_end(word, british, american);
            break;
        }
    }
    drop_ending(word);
    return word;
}

WordQuery::WordQuery(std::string_view text) {
    any_word(fold_for_lookup(text), [this](std::string_view word) {
        words_.push_back({std::string(word), search_key(word)});
        return false;
    });
}

std::vector<std::string> WordQuery::words() const {
    std::vector<std::string> out;
    for (const auto& w : words_) {
        out.push_back(w.folded);
    }
    return out;
}

bool WordQuery::word_matches(std::string_view folded_word, std::string_view key,
                             const std::vector<std::string_view>& texts, std::string& scratch) {
    for (const std::string_view text : texts) {
        if (folded_word.empty() || cannot_contain(text, folded_word.front())) {
            continue;
        }
        fold_for_lookup(text, scratch);
        // The word as typed begins a word ("globalis" finds "Globalisation"), or its folded
        // spelling and ending do ("mathematics" finds "Mathematical").
        if (any_word(scratch, [&](std::string_view word) {
                return word.starts_with(folded_word) || search_key(word).starts_with(key);
            })) {
            return true;
        }
    }
    return false;
}

bool WordQuery::matches(const std::vector<std::string_view>& texts, std::string& scratch) const {
    for (const auto& w : words_) {
        if (!word_matches(w.folded, w.key, texts, scratch)) {
            return false;
        }
    }
    return true;
}

} // namespace ntnu
