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
    std::optional<Catalog> catalog; // set only when there are no diagnostics
    Diagnostics diagnostics;
};

// Parses and checks a whole catalog held in memory. `source_name` names it in diagnostics.
CatalogResult parse_catalog(std::string_view text, std::string_view source_name);

} // namespace ntnu
