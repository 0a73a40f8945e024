// SPDX-License-Identifier: MIT
#pragma once
// Everything a command needs from the outside world, resolved once, passed explicitly.

#include "catalog.hpp"
#include "language.hpp"
#include "terminal.hpp"
#include "time_text.hpp"

#include <cstddef>
#include <iosfwd>
#include <string>

namespace ntnu {

// Where and how human output goes: what a function that only writes needs.
struct Output {
    std::ostream& out;
    std::ostream& err;
    Colour colour = Colour::off;
    Language lang{};        // the language of human output; never of JSON or --format values
    std::size_t width = 80; // columns for human output (output_columns())
    Charset charset = Charset::unicode; // box-drawing glyphs, or ASCII in a C locale
};

// What the answers are worked out from.
struct Inputs {
    Instant now{};
    const date::time_zone* zone = nullptr; // the applicant's display zone
    Catalog catalog;
    // The data file's name, or the built-in data's. Before the catalogue is loaded (a light
    // context): the data file to use (--data, else NTNU_DATA), or empty for the built-in data.
    std::string data_source;
};

struct Context : Output, Inputs {};

} // namespace ntnu
