// SPDX-License-Identifier: MIT
#pragma once
// The outside world a run reads before it parses its options: the environment variables the
// program honours and the terminal, read once (read_environment, in main) and handed down.
// No other code reads the environment.

#include <cstddef>
#include <optional>
#include <string>

namespace ntnu {

// Each variable's value, or nullopt when it is unset or empty: `NTNU_NOW= ntnu` or
// `export NTNU_DATA=` clears a setting, as it does for most programs. TZ alone keeps an empty
// value, which POSIX gives a meaning of its own (UTC).
struct Environment {
    std::optional<std::string> ntnu_now;  // NTNU_NOW: the instant, as --now takes it
    std::optional<std::string> ntnu_data; // NTNU_DATA: the data file, as --data takes it
    std::optional<std::string> tz;        // TZ, even empty
    std::optional<std::string> no_color;  // NO_COLOR (https://no-color.org)
    std::optional<std::string> term;      // TERM
    std::optional<std::string> columns;   // COLUMNS
    std::optional<std::string> lc_all;    // the POSIX locale variables...
    std::optional<std::string> lc_ctype;
    std::optional<std::string> lc_messages;
    std::optional<std::string> lang;
    std::optional<std::string> language; // gettext's list of languages
    bool stdout_is_terminal = false;
    std::size_t terminal_columns = 0; // the terminal's width; 0 when not a terminal or unknown
};

// The process's environment and terminal, now. The only reader of either.
Environment read_environment();

} // namespace ntnu
