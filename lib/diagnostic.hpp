#pragma once
// A problem found in a data file, with its position, so every problem can be reported at once.

#include <string>
#include <vector>

namespace ntnu {

struct Diagnostic {
    std::string file;
    int line = 0;   // 1-based; 0 when the problem has no position (an empty file)
    int column = 0; // 1-based; 0 when unknown
    std::string message;
};

// "file:line:col: message", the form compilers and editors jump to.
std::string format_diagnostic(const Diagnostic& diagnostic);

using Diagnostics = std::vector<Diagnostic>;

} // namespace ntnu
