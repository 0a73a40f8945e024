// SPDX-License-Identifier: MIT
#pragma once
// A cheap look at a data file's shape before toml++ builds its document.
//
// toml++ recurses once per level of a dotted key, so a key such as "a.a.a…" two million levels
// deep overflows the stack, and hundreds of thousands of tables cost seconds and hundreds of
// megabytes (all found by fuzz/catalog_loader, inside the 4 MiB size limit). Real data has keys a
// few levels deep and tens of thousands of tables at most; this refuses anything far beyond that,
// in one linear pass that keeps no more than a few counters.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

inline constexpr std::size_t max_key_depth = 64;       // dots in one dotted key or table header
inline constexpr std::size_t max_table_count = 50'000; // [table], [[array]] and {inline} tables
// Each key and each array element is a node toml++ allocates (70 to 200 bytes), so a 4 MiB file
// of `a=1` lines or of `1,` took 150 to 280 MB (issue 25). The shipped data has a few thousand
// of each, bench/gen_catalog.py's 10,000 programmes 104,000 keys and 22,000 elements.
inline constexpr std::size_t max_key_count = 150'000;      // key = value pairs, in all tables
inline constexpr std::size_t max_array_elements = 100'000; // elements, in all arrays

struct ShapeProblem {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in bytes
    std::string message;
};

// The first place where the text goes beyond those limits, if any. Strings and comments are
// skipped, so dots and brackets inside them do not count.
std::optional<ShapeProblem> find_shape_problem(std::string_view text);

} // namespace ntnu
