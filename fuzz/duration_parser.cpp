// SPDX-License-Identifier: MIT
// Fuzzes the duration parser (--within): a result is never negative, and never over the cap.
#include "time_text.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = ntnu::parse_duration(text);
    if (!parsed.value) {
        if (parsed.error.empty()) {
            __builtin_trap(); // a refusal must say why
        }
        return 0;
    }
    constexpr std::chrono::seconds century{100LL * 366 * 86400};
    if (*parsed.value < std::chrono::seconds{0} || *parsed.value > century) {
        __builtin_trap();
    }
    return 0;
}
