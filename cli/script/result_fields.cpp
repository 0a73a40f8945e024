// SPDX-License-Identifier: MIT
#include "result_fields.hpp"

#include "render_time.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {
namespace {

std::string scalar_text(const Json& value) {
    if (value.is_null()) {
        return "";
    }
    if (value.is_string()) {
        return value.get<std::string>();
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "true" : "false";
    }
    return value.dump();
}

FieldValue scalar_value(const Json& value) {
    if (value.is_number_integer()) {
        return value.get<long long>();
    }
    return scalar_text(value);
}

} // namespace

FieldRecord fields_from_json(const Json& result) {
    FieldRecord record;
    for (const auto& [key, value] : result.items()) {
        if (value.is_object()) {
            std::vector<std::string> parts;
            FieldRecord children;
            for (const auto& [child, child_value] : value.items()) {
                parts.push_back(scalar_text(child_value));
                children.emplace_back(key + "_" + child, scalar_value(child_value));
            }
            // "autumn-2027" for an intake: the spelling --intake takes.
            record.emplace_back(key, fmt::format("{}", fmt::join(parts, "-")));
            record.insert(record.end(), children.begin(), children.end());
        } else if (value.is_array()) {
            std::vector<std::string> parts;
            for (const auto& element : value) {
                // Arrays of objects (the group rules) give the rules that applied.
                if (element.is_object()) {
                    if (element.value("applied", false)) {
                        parts.push_back(scalar_text(element.value("rule", Json())));
                    }
                } else {
                    parts.push_back(scalar_text(element));
                }
            }
            record.emplace_back(key, fmt::format("{}", fmt::join(parts, " ")));
        } else if (value.is_null() && key == "intake") {
            record.emplace_back(key, std::string());
            record.emplace_back(key + "_semester", std::string());
            record.emplace_back(key + "_year", std::string());
        } else if (value.is_null() && key == "confidence") {
            record.emplace_back(key, std::string());
            record.emplace_back(key + "_date", std::string());
            record.emplace_back(key + "_time_of_day", std::string());
        } else {
            record.emplace_back(key, scalar_value(value));
        }
    }
    return record;
}

FieldRecord deadline_fields(const Json& result, const Answer& answer) {
    FieldRecord record = fields_from_json(result);
    if (answer.remaining) {
        const long long seconds = answer.remaining->count();
        record.emplace_back("remaining_days", seconds / 86400);
        record.emplace_back("remaining_hours", seconds / 3600);
        // --format values are for scripts: English whatever --lang or the locale says.
        const Language english(Lang::en);
        record.emplace_back(
            "remaining_human",
            seconds > 0 ? long_duration(*answer.remaining, english)
                        : fmt::format("closed {} ago", long_duration(*answer.remaining, english)));
    } else {
        record.emplace_back("remaining_days", std::string());
        record.emplace_back("remaining_hours", std::string());
        record.emplace_back("remaining_human", std::string());
    }
    return record;
}

std::vector<std::string> field_names_of(const FieldRecord& record) {
    std::vector<std::string> names;
    for (const auto& [name, value] : record) {
        names.push_back(name);
    }
    return names;
}

void print_formatted(const std::string& format, const std::vector<FieldRecord>& records,
                     const Output& context) {
    if (records.empty()) {
        return;
    }
    const FormatTemplate tmpl(format, field_names_of(records.front()), context.lang);
    // Every row is checked and rendered before the first byte goes out: a template that fails
    // on the fourth row must not have printed three.
    for (const auto& record : records) {
        tmpl.check(record);
    }
    std::string text;
    for (const auto& record : records) {
        text += tmpl.render(record);
        text += '\n';
    }
    context.out << text;
}

} // namespace ntnu
