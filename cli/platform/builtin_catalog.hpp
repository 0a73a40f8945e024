// SPDX-License-Identifier: MIT
#pragma once
// The built-in data: data/ntnu.toml, parsed and checked at build time by
// tools/precompile_catalog.cpp, so a run neither parses TOML nor re-checks it.

#include "catalog.hpp"

namespace ntnu {

// The built-in catalogue. Its meta.zone is left null: the caller looks the zone up by
// meta.zone_name, only when it needs times (a zone lookup reads the whole tz database).
Catalog builtin_catalog();

} // namespace ntnu
