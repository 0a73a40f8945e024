// SPDX-License-Identifier: MIT
#pragma once
// Reads the admission data from TOML text, collecting every problem as a Diagnostic.

#include "catalog.hpp"
#include "diagnostic.hpp"

#include <cstddef>
#include <optional>
#include <string_view>

namespace ntnu {

// Data files larger than this are refused unread: real data is a few kilobytes.
inline constexpr std::size_t max_catalog_bytes = 4 * 1024 * 1024;

struct CatalogResult {
    std::optional<Catalog> catalog; // set only when no diagnostic is an error
    Diagnostics diagnostics;        // every problem found, in file order
};

// How much to check. Loading refuses what would make answers wrong; validation (`ntnu validate`)
// also warns about gaps that leave a question unanswered, such as a level without any deadline.
enum class Checks { loading, validation };

// Parses and checks a whole catalog held in memory. `source_name` names it in diagnostics.
CatalogResult parse_catalog(std::string_view text, std::string_view source_name,
                            Checks checks = Checks::loading);

} // namespace ntnu
