// SPDX-License-Identifier: MIT
#pragma once
// The checks of docs/data-sources.md, "What the check refuses": every confirmed fact carries
// NTNU's words, and the words state the value. They run on a parsed catalog; the TOML document
// it came from gives each finding its position.
//
// A file that fails only these checks still loads (with a warning), so a data file written
// before quotes existed keeps working; `ntnu validate` refuses it.

#include "catalog.hpp"
#include "diagnostic.hpp"
#include "tomlplusplus.hpp"

#include <string_view>

namespace ntnu {

// Appends a diagnostic with source_finding set for each fact its sources do not back. `root` is
// the document `catalog` was read from; each record is found in it by its place in its array.
void check_sources(const toml::table& root, const Catalog& catalog, std::string_view file,
                   Diagnostics& out);

} // namespace ntnu
