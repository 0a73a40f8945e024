// SPDX-License-Identifier: MIT
#pragma once
// Why typed input (a time, a duration, a stray word) was refused, in the output language.

#include "language.hpp"
#include "time_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// "did you mean X? " before a list of choices, or "" without a hint.
std::string hint_text(const std::vector<std::string>& hints, const Language& lang);

// "invalid time '2026-13-01': no such date; use RFC 3339 such as … (in --now)"
std::string instant_error(std::string_view input, const Parsed<Instant>& parsed,
                          std::string_view origin, const Language& lang);

// "invalid duration '5x': unknown unit 'x'; use a number and a unit … (in --within)"
std::string duration_error(std::string_view input, const Parsed<std::chrono::seconds>& parsed,
                           std::string_view origin, const Language& lang);
std::string duration_error(std::string_view input, const Parsed<Span>& parsed,
                           std::string_view origin, const Language& lang);

// "unexpected argument 'x'", with a "did you mean" the closest of `known` where one is close.
std::string unexpected_argument_error(std::string_view value, const std::vector<std::string>& known,
                                      const Language& lang);

// What an errno means, in the output language where the catalogue has it, else strerror's words.
std::string system_error_text(int error, const Language& lang);

} // namespace ntnu
