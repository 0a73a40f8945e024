// SPDX-License-Identifier: MIT
#pragma once
// A problem found in a data file, with its position, so every problem can be reported at once.

#include <string>
#include <vector>

namespace ntnu {

// An error stops the file from loading; a warning does not, but `ntnu validate` reports it.
enum class Severity { error, warning };

struct Diagnostic {
    std::string file;
    int line = 0;   // 1-based; 0 when the problem has no position (an empty file)
    int column = 0; // 1-based; 0 when unknown
    std::string message;
    Severity severity = Severity::error;
    // A fact that its quoted sources do not back (docs/data-sources.md, "What the check
    // refuses"): a warning when a file is loaded, an error for `ntnu validate`.
    bool source_finding = false;
};

// "file:line:col: message", the form compilers and editors jump to, always one line (control
// and bidirectional characters written as \uXXXX escapes); a warning's message starts
// with "warning: ".
std::string format_diagnostic(const Diagnostic& diagnostic);

using Diagnostics = std::vector<Diagnostic>;

} // namespace ntnu
