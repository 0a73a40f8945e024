// SPDX-License-Identifier: MIT
#pragma once
// The one check every string of a data file passes, keys included (lib/unsafe_text.hpp).

#include "diagnostic.hpp"
#include "tomlplusplus.hpp"

#include <string_view>

namespace ntnu {

// Adds a diagnostic at file:line:col for every key and string value in `root` holding a
// control character or a bidirectional formatting character: data text reaches terminals,
// calendars and error messages, where such characters forge lines or rewrite the screen.
void check_document_text(const toml::table& root, std::string_view file, Diagnostics& out);

} // namespace ntnu
