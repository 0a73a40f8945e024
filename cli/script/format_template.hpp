// SPDX-License-Identifier: MIT
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

// One {field} of a template: "remaining_seconds", "remaining_seconds:>10d", 'd'.
struct TemplateField {
    std::string name;
    std::string text; // between the braces
    char type = '\0'; // the presentation type; '\0' for none
};

class FormatTemplate {
public:
    // Checks every field name in `text` against `valid_fields`; throws UsageError listing the
    // valid fields for an unknown one, for positional "{}" fields, and for a presentation type
    // no field can use ('c', 'f', 'p', …).
    FormatTemplate(std::string text, const std::vector<std::string>& valid_fields,
                   const Language& lang);

    // Throws UsageError when a field's presentation type does not fit its value in `record`
    // ("{remaining_seconds:d}" where there is no deadline, and the value is empty text).
    void check(const FieldRecord& record) const;

    // Renders one record; a bad format spec becomes a UsageError.
    std::string render(const FieldRecord& record) const;

private:
    std::vector<TemplateField> fields_;
    std::string text_;
    Language lang_;
};

} // namespace ntnu
