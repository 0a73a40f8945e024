// SPDX-License-Identifier: MIT
#pragma once
// Free-text search by words: each word of a query must begin a word of the text, after
// folding case, accents, British and American spelling and a plural or adjective ending, so
// "mathematics" finds "Mathematical Sciences", "color" finds "Colour" and "AI" does not find
// "sustainable".

#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// One word as search compares it: folded (fold_for_lookup), American spelling ("colour" →
// "color", "globalisation" → "globalization") and without a plural or adjective ending
// ("mathematics" and "mathematical" → "mathematic", "studies" → "study").
std::string search_key(std::string_view folded_word);

class WordQuery {
public:
    explicit WordQuery(std::string_view text);
    bool empty() const { return words_.empty(); }
    // The query's words, folded: what a message echoes and a hint is sought for.
    std::vector<std::string> words() const;
    // True when every word of the query begins a word of one of `texts` (a name and an id,
    // say). `scratch` is reused: a catalogue of thousands folds without allocating for each.
    bool matches(const std::vector<std::string_view>& texts, std::string& scratch) const;
    // True when `word` begins some word of `texts`.
    static bool word_matches(std::string_view folded_word, std::string_view key,
                             const std::vector<std::string_view>& texts, std::string& scratch);

private:
    struct Word {
        std::string folded;
        std::string key;
    };
    std::vector<Word> words_;
};

} // namespace ntnu
