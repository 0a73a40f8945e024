#include "diagnostic.hpp"

#include <fmt/format.h>

namespace ntnu {

std::string format_diagnostic(const Diagnostic& d) {
    const std::string_view kind = d.severity == Severity::warning ? "warning: " : "";
    if (d.line <= 0) {
        return fmt::format("{}: {}{}", d.file, kind, d.message);
    }
    return fmt::format("{}:{}:{}: {}{}", d.file, d.line, d.column, kind, d.message);
}

} // namespace ntnu
