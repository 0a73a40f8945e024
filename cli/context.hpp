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

struct Context {
    std::ostream& out;
    std::ostream& err;
    Instant now{};
    const date::time_zone* zone = nullptr; // the applicant's display zone
    Catalog catalog;
    std::string data_source; // the data file's name, or the built-in data's
    Colour colour = Colour::off;
    Language lang{};        // the language of human output; never of JSON or --format values
    std::size_t width = 80; // columns for human output (output_columns())
    Charset charset = Charset::unicode; // box-drawing glyphs, or ASCII in a C locale
};

} // namespace ntnu
