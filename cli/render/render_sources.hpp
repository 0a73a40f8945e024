// SPDX-License-Identifier: MIT
#pragma once
// NTNU's own words behind a fact, as --explain shows them and JSON carries them
// (docs/data-sources.md): `NTNU, undated page: "Non-EU/non-EEA students: 1 December"`.

#include "catalog.hpp"
#include "language.hpp"

#include <string>
#include <vector>

namespace ntnu {

// "undated page", "page of 2023", "page of 26 November 2026".
std::string source_age(const Source& source, const Language& lang);

// The quote in its frame, or "" when the source has none. The quote stays as the page wrote it,
// in whatever language; only the frame is translated.
std::string source_quote_line(const Source& source, const Language& lang);

} // namespace ntnu
