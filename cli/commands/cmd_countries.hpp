// SPDX-License-Identifier: MIT
#pragma once
// `ntnu countries`: every ISO 3166-1 country, and the applicant group its citizens belong to.

#include "command.hpp"

namespace ntnu {

// Registers `countries` on the app.
Command register_countries(CLI::App* sub, const Language& lang);

} // namespace ntnu
