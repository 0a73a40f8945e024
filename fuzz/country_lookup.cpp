// SPDX-License-Identifier: MIT
// Fuzzes country lookup (--country): by code or name, and the "did you mean" suggestions.
#include "countries.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ntnu::CountryRecord* found = ntnu::find_country(text);
    // A code found exactly is the same country by either lookup.
    if (const ntnu::CountryRecord* exact = ntnu::country_by_alpha2(text)) {
        if (found != exact) {
            __builtin_trap();
        }
    }
    if (found == nullptr) {
        for (const auto* country : ntnu::suggest_countries(text, 3)) {
            // Every suggestion is a country whose code lookup finds.
            if (ntnu::find_country(country->alpha2) != country) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
