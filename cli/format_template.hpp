#pragma once
// --format templates: fmt named fields, checked against the fields a command offers.

#include "language.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ntnu {

using FieldValue = std::variant<std::string, long long>;

// One result as named fields, in a stable order.
using FieldRecord = std::vector<std::pair<std::string, FieldValue>>;

class FormatTemplate {
public:
    // Checks every field name in `text` against `valid_fields`; throws UsageError listing the
    // valid fields for an unknown one, and for positional "{}" fields.
    FormatTemplate(std::string text, const std::vector<std::string>& valid_fields,
                   const Language& lang);

    // Renders one record; a bad format spec becomes a UsageError.
    std::string render(const FieldRecord& record) const;

private:
    std::string text_;
    Language lang_;
};

} // namespace ntnu
