// SPDX-License-Identifier: MIT
#include "diagnostic.hpp"

#include "unsafe_text.hpp"

#include <fmt/format.h>

namespace ntnu {

std::string format_diagnostic(const Diagnostic& d) {
    const std::string_view kind = d.severity == Severity::warning ? "warning: " : "";
    // One line, whatever the data file or its name holds: a newline quoted from a key would
    // start a line that looks like output of its own.
    const std::string file = escape_unsafe_characters(d.file);
    const std::string message = escape_unsafe_characters(d.message);
    if (d.line <= 0) {
        return fmt::format("{}: {}{}", file, kind, message);
    }
    return fmt::format("{}:{}:{}: {}{}", file, d.line, d.column, kind, message);
}

} // namespace ntnu
