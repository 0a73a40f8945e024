// SPDX-License-Identifier: MIT
#pragma once
// `ntnu programmes`: the programme catalogue, filtered; `ntnu programme ID`: one programme with
// its deadline per applicant group.

#include "command.hpp"

namespace ntnu {

// Registers `programmes` on the app.
Command register_programmes(CLI::App* sub, const Language& lang);

// Registers `programme` on the app.
Command register_programme(CLI::App* sub, const Language& lang);

} // namespace ntnu
