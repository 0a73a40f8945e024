// SPDX-License-Identifier: MIT
#pragma once
// The values Tab completes to that come from outside the command line: zone names from the
// system's zoneinfo, country codes and names, the loaded data's programmes, and the names of an
// enum. `__complete KIND` (cmd_completion.cpp) prints them, one per line.

#include "context.hpp"
#include "types.hpp"

#include <ostream>

namespace ntnu {

// Every spelling of an enum, as the data, the options and JSON write it.
template <typename E> void print_names(std::ostream& out) {
    for (const auto& [value, name] : EnumNames<E>::names) {
        out << name << '\n';
    }
}

// Zone names, by walking the system zoneinfo: no tz database parse (cheaper than date's tzdb).
void print_zones(std::ostream& out);

// Codes, English and Norwegian names, each described by the other: "NO\tNorway", "Norway\tNO",
// "Tyskland\tDE". The scripts offer codes for a word typed like a code, names otherwise.
void print_countries(std::ostream& out);

// `id<TAB>name` of every programme of the loaded data: context.data_source names the data file
// (--data, else NTNU_DATA), or is empty for the built-in data.
void print_programmes(const Context& context);

// The English tests `requirements --english-test` takes, id and name.
void print_english_tests(const Context& context);

} // namespace ntnu
