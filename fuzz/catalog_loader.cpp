// SPDX-License-Identifier: MIT
// Fuzzes the data loader: any bytes give either a catalogue or the reasons there is none,
// never a crash, a hang or unbounded memory. When a catalogue loads, its diagnostics
// printing and deadlines are exercised too, since a loaded file is trusted from then on.
#include "catalog_parser.hpp"
#include "diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = ntnu::parse_catalog(text, "fuzz.toml");
    // Exactly one of the two: a catalogue, or the reasons there is none. A source finding (a
    // fact no quote backs) is a warning beside a loaded catalogue, not a reason for none.
    bool refused = false;
    for (const auto& d : result.diagnostics) {
        refused = refused || !d.source_finding;
    }
    if (result.catalog.has_value() == refused) {
        __builtin_trap();
    }
    for (const auto& d : result.diagnostics) {
        if (d.message.empty() || ntnu::format_diagnostic(d).empty()) {
            __builtin_trap();
        }
    }
    return 0;
}
