// SPDX-License-Identifier: MIT
#include "toml_text_check.hpp"

#include "unsafe_text.hpp"

#include <fmt/format.h>

namespace ntnu {
namespace {

void report(std::string_view text, const toml::source_region& where, std::string_view what,
            std::string_view file, Diagnostics& out) {
    const auto found = find_unsafe_character(text);
    if (!found) {
        return;
    }
    out.push_back({std::string(file), static_cast<int>(where.begin.line),
                   static_cast<int>(where.begin.column),
                   fmt::format("{} holds a {}; data text must be printable", what,
                               describe_unsafe_character(found->code))});
}

void check_node(const toml::node& node, std::string_view file, Diagnostics& out);

void check_table(const toml::table& table, std::string_view file, Diagnostics& out) {
    for (const auto& [key, value] : table) {
        report(key.str(), key.source(), "a key", file, out);
        check_node(value, file, out);
    }
}

void check_node(const toml::node& node, std::string_view file, Diagnostics& out) {
    if (const auto* s = node.as_string()) {
        report(s->get(), s->source(), "a string", file, out);
    } else if (const auto* t = node.as_table()) {
        check_table(*t, file, out);
    } else if (const auto* a = node.as_array()) {
        for (const auto& element : *a) {
            check_node(element, file, out);
        }
    }
}

} // namespace

void check_document_text(const toml::table& root, std::string_view file, Diagnostics& out) {
    check_table(root, file, out);
}

} // namespace ntnu
