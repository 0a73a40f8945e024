// SPDX-License-Identifier: MIT
#pragma once
// Small text helpers shared by lookups: case folding and edit distance.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// Lower-cases ASCII letters and leaves every other byte alone.
std::string ascii_lower(std::string_view text);

// A key for forgiving comparison: lower case, Latin accents dropped (Å→a, ø→o, é→e),
// punctuation and runs of spaces folded, so "aland islands" finds "Åland Islands".
std::string fold_for_lookup(std::string_view text);
// The same key written into `out`, replacing what it held: a loop over thousands of names
// reuses one buffer instead of allocating a key for each.
void fold_for_lookup(std::string_view text, std::string& out);

// Edit distance between two byte strings, counting a swap of neighbours as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates closest to `wanted`, best first, among those close enough to be a typo.
std::vector<std::string> closest_matches(std::string_view wanted,
                                         const std::vector<std::string>& candidates,
                                         std::size_t max_results = 1);

// Every candidate at the smallest distance from `wanted` among those close enough to be a typo,
// in the candidates' order ("nigera": "Niger" and "Nigeria"); none when more than `max_ties`
// tie, as a hint that could be any of many is no hint.
std::vector<std::string> closest_ties(std::string_view wanted,
                                      const std::vector<std::string>& candidates,
                                      std::size_t max_ties = 4);

// The one candidate `text` begins ("eu" for "eu-eea", whatever its length), else the closest
// (closest_matches): the hint for a choice among a few fixed names.
std::vector<std::string> choice_hint(std::string_view text,
                                     const std::vector<std::string>& candidates);

} // namespace ntnu
