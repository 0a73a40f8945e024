// SPDX-License-Identifier: MIT
#include "text.hpp"

#include <algorithm>
#include <array>

namespace ntnu {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

namespace {

// ASCII stand-ins for U+00C0..U+00FF, so country names match without their accents.
constexpr std::array<std::string_view, 64> latin1_fold{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

// ASCII stand-ins for U+0100..U+017F (Latin Extended-A): each pair is upper then lower case.
constexpr std::string_view latin_ext_a_fold =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
    "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

constexpr bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// Each ASCII byte's character in a key: letters in lower case, digits as they are, and '\0' for
// the rest (punctuation and spacing). One load per byte for the common, ASCII case.
constexpr std::array<char, 0x80> ascii_key = [] {
    std::array<char, 0x80> table{};
    for (unsigned c = 0; c < table.size(); ++c) {
        const unsigned lower = c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
        table[c] =
            is_word_byte(static_cast<unsigned char>(lower)) ? static_cast<char>(lower) : '\0';
    }
    return table;
}();

// Appends one character to the key at `n` and returns the key's new length. Punctuation and
// spacing never decide a match ("Korea, Republic of" = "korea republic of"): a run of them
// becomes one space, and none starts the key. (`n` by value, not by reference from a lambda:
// the compiler then keeps it in a register despite the stores through `key`.)
std::size_t put_key_char(char* key, std::size_t n, char ch) {
    if (is_word_byte(static_cast<unsigned char>(ch))) {
        key[n] = ch;
        return n + 1;
    }
    if (n > 0 && key[n - 1] != ' ') {
        key[n] = ' ';
        return n + 1;
    }
    return n;
}

} // namespace

void fold_for_lookup(std::string_view text, std::string& out) {
    // No byte folds to more than one character per byte it takes ("ß", two bytes, gives "ss"),
    // so the key fits in the text's length: written through a pointer, with no check per byte.
    out.resize(text.size());
    char* const key = out.data();
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            const char k = ascii_key[c];
            n = k != '\0' ? (key[n] = k, n + 1) : put_key_char(key, n, ' ');
            continue;
        }
        if (i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            const unsigned code = ((c & 0x1Fu) << 6) | (next & 0x3Fu);
            if ((c & 0xE0u) == 0xC0u && (next & 0xC0u) == 0x80u) {
                if (code >= 0xC0 && code <= 0xFF) {
                    for (const char folded : latin1_fold[code - 0xC0]) {
                        n = put_key_char(key, n, folded);
                    }
                    ++i;
                    continue;
                }
                if (code >= 0x100 && code - 0x100 < latin_ext_a_fold.size()) {
                    n = put_key_char(key, n, latin_ext_a_fold[code - 0x100]);
                    ++i;
                    continue;
                }
            }
        }
        n = put_key_char(key, n, static_cast<char>(c));
    }
    if (n > 0 && key[n - 1] == ' ') {
        --n;
    }
    out.resize(n);
}

std::string fold_for_lookup(std::string_view text) {
    std::string out;
    fold_for_lookup(text, out);
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: a swap of two neighbours ("qiuet") is one typo, not two.
    // Three rows of the table suffice (a swap looks two rows back), so memory grows with `b`
    // alone and a long `a` costs no allocation per character.
    std::vector<std::size_t> before_previous(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before_previous[j - 2] + 1);
            }
        }
        std::swap(before_previous, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

namespace {

// Each candidate close enough to `wanted` to be a typo, with its distance, best first.
std::vector<std::pair<std::size_t, const std::string*>>
scored_matches(std::string_view wanted, const std::vector<std::string>& candidates) {
    const std::string key = fold_for_lookup(wanted);
    // A typo is a few edits; allow more for longer words, never so many that anything matches.
    const std::size_t limit = std::max<std::size_t>(1, std::min<std::size_t>(3, key.size() / 3));
    std::vector<std::pair<std::size_t, const std::string*>> scored;
    for (const auto& candidate : candidates) {
        const std::string folded = fold_for_lookup(candidate);
        // A prefix of a long name ("united" for "United Kingdom") is a good hint too.
        if (key.size() >= 3 && folded.starts_with(key)) {
            scored.emplace_back(key == folded ? 0 : 1, &candidate);
            continue;
        }
        // The distance is at least the difference in length: skip hopeless candidates before
        // paying for the table, which a huge argument would make huge.
        const std::size_t gap =
            key.size() > folded.size() ? key.size() - folded.size() : folded.size() - key.size();
        if (gap > limit) {
            continue;
        }
        const std::size_t distance = edit_distance(key, folded);
        if (distance <= limit) {
            scored.emplace_back(distance, &candidate);
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    return scored;
}

} // namespace

std::vector<std::string> closest_matches(std::string_view wanted,
                                         const std::vector<std::string>& candidates,
                                         std::size_t max_results) {
    const auto scored = scored_matches(wanted, candidates);
    std::vector<std::string> out;
    for (const auto& [distance, candidate] : scored) {
        if (out.size() == max_results) {
            break;
        }
        if (std::find(out.begin(), out.end(), *candidate) == out.end()) {
            out.push_back(*candidate);
        }
    }
    return out;
}

std::vector<std::string> closest_ties(std::string_view wanted,
                                      const std::vector<std::string>& candidates,
                                      std::size_t max_ties) {
    const auto scored = scored_matches(wanted, candidates);
    std::vector<std::string> out;
    for (const auto& [distance, candidate] : scored) {
        if (distance != scored.front().first) {
            break;
        }
        if (std::find(out.begin(), out.end(), *candidate) == out.end()) {
            out.push_back(*candidate);
        }
    }
    if (out.size() > max_ties) {
        out.clear();
    }
    return out;
}

std::vector<std::string> choice_hint(std::string_view text,
                                     const std::vector<std::string>& candidates) {
    const std::string key = ascii_lower(text);
    std::vector<std::string> begun;
    for (const auto& name : candidates) {
        if (!key.empty() && name.starts_with(key)) {
            begun.push_back(name);
        }
    }
    return begun.size() == 1 ? begun : closest_matches(text, candidates);
}

} // namespace ntnu
