// SPDX-License-Identifier: MIT
#include "format_template.hpp"

#include "errors.hpp"
#include "text.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>

namespace ntnu {
namespace {

// Widths and precisions beyond a screenful are refused before fmt pads to them: a width of
// 999999999 would build a gigabyte for every line.
constexpr unsigned long max_width = 1000;

void check_spec_numbers(const std::string& field, const Language& lang) {
    const auto colon = field.find(':');
    if (colon == std::string::npos) {
        return;
    }
    const std::string spec = field.substr(colon + 1);
    for (std::size_t i = 0; i < spec.size();) {
        if (spec[i] < '0' || spec[i] > '9') {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < spec.size() && spec[end] >= '0' && spec[end] <= '9') {
            ++end;
        }
        const auto digits = spec.substr(i, end - i);
        const auto significant = digits.find_first_not_of('0');
        if (significant != std::string::npos &&
            (digits.size() - significant > 4 ||
             std::stoul(digits.substr(significant)) > max_width)) {
            throw UsageError(lang.format(Msg::error_format_width,
                                         fmt::arg("width", digits.substr(significant)),
                                         fmt::arg("field", field), fmt::arg("most", max_width)));
        }
        i = end;
    }
}

// fmt reads a field as '{' name [':' spec] '}', where the spec may hold a nested "{name}" that
// gives the width or precision from another argument ("{category:{remaining_seconds}}" pads to
// the seconds left: two billion characters). Refusing any '{' inside a field leaves fmt's
// grammar with one reading: the field ends at its first '}' (fmt takes no '}' as a fill, and
// refuses '{' as one), which is where template_fields ends it too, so the two never disagree
// about "}}}".
void check_no_nested_field(const std::string& field, const Language& lang) {
    if (field.find('{') != std::string::npos) {
        throw UsageError(lang.format(Msg::error_format_nested, fmt::arg("field", field)));
    }
}

// The presentation types a --format field may end with. 'c' writes an integer as a raw byte,
// and the floating-point and pointer types fit no field; all of those are refused.
constexpr std::string_view text_types = "s";
constexpr std::string_view number_types = "dxXbBo";

// A field's presentation type: the spec's last character, when it is a letter ("{x:>10d}" is
// 'd'); '\0' when the spec has none ("{x:>10}", "{x:L}").
char presentation_type(const std::string& field) {
    const auto colon = field.find(':');
    if (colon == std::string::npos || colon + 1 == field.size()) {
        return '\0';
    }
    const char last = field.back();
    const bool letter = (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z');
    // 'L' asks for the locale's digits, and is no type.
    if (!letter || last == 'L') {
        return '\0';
    }
    return last;
}

// The fields a template uses, in order; "{{" and "}}" are literal braces.
std::vector<TemplateField> template_fields(const std::string& text, const Language& lang) {
    std::vector<TemplateField> names;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{') {
            if (i + 1 < text.size() && text[i + 1] == '{') {
                ++i;
                continue;
            }
            const auto close = text.find('}', i);
            if (close == std::string::npos) {
                throw UsageError(lang.format(Msg::error_format_unclosed));
            }
            const auto field = text.substr(i + 1, close - i - 1);
            check_no_nested_field(field, lang);
            check_spec_numbers(field, lang);
            const char type = presentation_type(field);
            if (type != '\0' && text_types.find(type) == std::string_view::npos &&
                number_types.find(type) == std::string_view::npos) {
                throw UsageError(lang.format(Msg::error_format_bad_type,
                                             fmt::arg("type", std::string(1, type)),
                                             fmt::arg("field", field)));
            }
            names.push_back({field.substr(0, field.find_first_of(":!")), field, type});
            i = close;
        } else if (text[i] == '}') {
            if (i + 1 < text.size() && text[i + 1] == '}') {
                ++i;
                continue;
            }
            throw UsageError(lang.format(Msg::error_format_unopened));
        }
    }
    return names;
}

// The field names, every one of them, in lines that fit 80 columns after the "ntnu: error: "
// each line of an error gets: an error line is cut at 400 characters, and a list cut with "…"
// hides the field wanted. The first line continues `lead` (the message before the list).
std::string wrapped_fields(const std::vector<std::string>& names, std::size_t lead) {
    constexpr std::size_t width = 80 - 13;
    std::string out;
    std::size_t column = lead;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::size_t needed = names[i].size() + (i + 1 < names.size() ? 1 : 0);
        if (i > 0) {
            if (column + 1 + needed > width) {
                out += '\n';
                column = 0;
            } else {
                out += ' ';
                ++column;
            }
        }
        out += names[i];
        if (i + 1 < names.size()) {
            out += ',';
        }
        column += needed;
    }
    return out;
}

} // namespace

FormatTemplate::FormatTemplate(std::string text, const std::vector<std::string>& valid_fields,
                               const Language& lang)
    : text_(std::move(text)), lang_(lang) {
    if (text_.empty()) {
        throw UsageError(lang.format(
            Msg::error_format_empty,
            fmt::arg("example", valid_fields.empty() ? std::string() : valid_fields.front())));
    }
    // The message with every field, wrapped after what comes before the list.
    const auto with_fields = [&](Msg id, const auto&... args) {
        const std::string lead = lang.format(id, args..., fmt::arg("fields", ""));
        // Characters, not bytes: a bokmål lead has "å" and "ø".
        const auto characters =
            static_cast<std::size_t>(std::count_if(lead.begin(), lead.end(), [](char c) {
                return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
            }));
        const std::string list = wrapped_fields(valid_fields, characters);
        return lang.format(id, args..., fmt::arg("fields", list));
    };
    fields_ = template_fields(text_, lang);
    for (const auto& field : fields_) {
        const std::string& name = field.name;
        if (name.empty()) {
            throw UsageError(with_fields(Msg::error_format_unnamed));
        }
        if (std::find(valid_fields.begin(), valid_fields.end(), name) == valid_fields.end()) {
            const auto hint = closest_matches(name, valid_fields);
            throw UsageError(
                hint.empty() ? with_fields(Msg::error_format_unknown_field, fmt::arg("field", name))
                             : with_fields(Msg::error_format_unknown_field_suggests,
                                           fmt::arg("field", name), fmt::arg("hint", hint[0])));
        }
    }
}

void FormatTemplate::check(const FieldRecord& record) const {
    for (const auto& field : fields_) {
        if (field.type == '\0') {
            continue;
        }
        const auto found = std::find_if(record.begin(), record.end(), [&](const auto& named) {
            return named.first == field.name;
        });
        if (found == record.end()) {
            continue;
        }
        const bool number = std::holds_alternative<long long>(found->second);
        const bool wants_number = number_types.find(field.type) != std::string_view::npos;
        if (number != wants_number) {
            throw UsageError(lang_.format(
                wants_number ? Msg::error_format_needs_number : Msg::error_format_needs_text,
                fmt::arg("field", field.name), fmt::arg("spec", field.text)));
        }
    }
}

std::string FormatTemplate::render(const FieldRecord& record) const {
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& [name, value] : record) {
        // The store keeps pointers to the names, which outlive it in `record`.
        std::visit([&](const auto& v) { store.push_back(fmt::arg(name.c_str(), v)); }, value);
    }
    try {
        return fmt::vformat(text_, store);
    } catch (const fmt::format_error& e) {
        throw UsageError(lang_.format(Msg::error_format_invalid, fmt::arg("template", text_),
                                      fmt::arg("reason", e.what())));
    }
}

} // namespace ntnu
