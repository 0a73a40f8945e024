// SPDX-License-Identifier: MIT
// Fuzzes the --now parser. The first byte picks the zone a bare date is read in; the rest is
// the text. Whatever parses must format back to RFC 3339 and parse again to the same instant.
#include "time_text.hpp"
#include "zone_lookup.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Zones with whole-hour, half-hour and quarter-hour offsets, both signs, and DST.
const std::array<const date::time_zone*, 5>& zones() {
    static const std::array<const date::time_zone*, 5> all{
        &ntnu::require_zone("UTC"), &ntnu::require_zone("Europe/Oslo"),
        &ntnu::require_zone("America/St_Johns"), &ntnu::require_zone("Asia/Kathmandu"),
        &ntnu::require_zone("Pacific/Kiritimati")};
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const auto& zone = *zones()[data[0] % zones().size()];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto parsed = ntnu::parse_instant(text, zone);
    if (!parsed.value) {
        if (parsed.error.empty()) {
            __builtin_trap(); // a refusal must say why
        }
        return 0;
    }
    // Whatever parses formats back to RFC 3339, in the zone and in UTC, naming the same instant.
    // Not within a day of the ends of the accepted years, though: 1900-01-01 in Oslo is 1899 in
    // UTC, and the parser refuses that year, rightly, as out of range.
    constexpr auto first = date::sys_days{date::year{1900} / 1 / 2};
    constexpr auto last = date::sys_days{date::year{9990} / 12 / 31};
    if (*parsed.value < first || *parsed.value >= last) {
        return 0;
    }
    const auto again = ntnu::parse_instant(ntnu::format_rfc3339(*parsed.value, zone), zone);
    const auto again_utc = ntnu::parse_instant(ntnu::format_rfc3339_utc(*parsed.value), zone);
    if (again.value != parsed.value || again_utc.value != parsed.value) {
        __builtin_trap();
    }
    return 0;
}
