// SPDX-License-Identifier: MIT
// Build-time tool: parses and checks data/ntnu.toml with the program's own loader, then writes
// it out as C++ that builds the same Catalog. The program then starts without parsing TOML or
// re-checking the data it was built with (bench/README.md has the figures); any diagnostic
// fails the build instead. A unit test compares the result with a fresh parse, field by field.
//
// The code sets each field by name, walking the list of fields that each struct of
// catalog.hpp keeps: a new field needs nothing here, a new struct only its own list, and a
// new type of field a line in expression().
//
// Usage: ntnu_precompile IN.toml OUT.cpp LABEL [--strict-sources]
//
// Facts that their quoted sources do not back (docs/data-sources.md) are warnings when data is
// loaded; --strict-sources (CMake: NTNU_STRICT_SOURCES) fails the build on them instead. Without
// it they are not printed, so the build stays quiet until the data is quoted throughout.

#include "catalog_parser.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using namespace ntnu;

// A C++ string literal. Octal escapes, unlike \x, cannot swallow the characters after them.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20 || u >= 0x7f) {
            out += fmt::format("\\{:03o}", u);
        } else {
            out += c;
        }
    }
    return out + "\"";
}

template <typename T> struct is_vector : std::false_type {};
template <typename T> struct is_vector<std::vector<T>> : std::true_type {};
template <typename T> struct is_optional : std::false_type {};
template <typename T> struct is_optional<std::optional<T>> : std::true_type {};

// A struct that lists its fields (catalog.hpp): written field by field, by name.
template <typename T>
concept Described = requires(const T& value) {
    T::fields(value, [](std::string_view, const auto&) {});
};

template <typename T> constexpr bool is_vector_of_described = false;
template <Described T> constexpr bool is_vector_of_described<std::vector<T>> = true;
template <typename T> constexpr bool is_vector_of_enums = false;
template <typename T> constexpr bool is_vector_of_enums<std::vector<T>> = std::is_enum_v<T>;

// A C++ expression for a value that is not a struct. An enumerator is written by its number,
// cast by the generated set_enum(s): the unit test catches any mismatch with the parsed data.
template <typename T> std::string expression(const T& value) {
    if constexpr (std::is_same_v<T, std::string>) {
        return quoted(value);
    } else if constexpr (std::is_same_v<T, bool>) {
        return value ? "true" : "false";
    } else if constexpr (std::is_integral_v<T>) {
        return std::to_string(value);
    } else if constexpr (std::is_enum_v<T>) {
        return std::to_string(static_cast<std::underlying_type_t<T>>(value));
    } else if constexpr (std::is_same_v<T, std::chrono::minutes>) {
        return fmt::format("std::chrono::minutes{{{}}}", value.count());
    } else if constexpr (std::is_same_v<T, date::month_day>) {
        return fmt::format("date::month{{{}}} / date::day{{{}}}",
                           static_cast<unsigned>(value.month()),
                           static_cast<unsigned>(value.day()));
    } else if constexpr (std::is_same_v<T, date::year_month_day>) {
        return fmt::format("date::year{{{}}} / {} / {}", static_cast<int>(value.year()),
                           static_cast<unsigned>(value.month()),
                           static_cast<unsigned>(value.day()));
    } else if constexpr (std::is_same_v<T, date::local_seconds>) {
        return fmt::format("date::local_seconds{{std::chrono::seconds{{{}}}}}",
                           value.time_since_epoch().count());
    } else if constexpr (is_optional<T>::value) {
        return value ? expression(*value) : "std::nullopt";
    } else if constexpr (is_vector<T>::value) {
        std::vector<std::string> items;
        for (const auto& item : value) {
            items.push_back(expression(item));
        }
        return fmt::format("{{{}}}", fmt::join(items, ", "));
    } else {
        static_assert(!sizeof(T), "precompile_catalog: teach expression() this field's type");
    }
}

// Writes statements that set `target`, an lvalue of the generated code, to `value`, field by
// field. Fields equal to those of `fresh` (a default-constructed one) are left as they are, so
// the code stays short.
class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}

    template <typename T>
    void structure(const std::string& target, const T& value, const T& fresh) {
        // The two walks visit the same fields in the same order, so the i-th of `fresh` has
        // the type of the i-th of `value`.
        std::vector<const void*> defaults;
        T::fields(fresh, [&](std::string_view, const auto& field) { defaults.push_back(&field); });
        std::size_t i = 0;
        T::fields(value, [&](std::string_view name, const auto& field) {
            using F = std::decay_t<decltype(field)>;
            member(fmt::format("{}.{}", target, name), field,
                   *static_cast<const F*>(defaults[i++]));
        });
    }

private:
    template <typename F> void member(const std::string& target, const F& value, const F& fresh) {
        if constexpr (Described<F>) {
            structure(target, value, fresh);
        } else if constexpr (is_vector_of_described<F>) {
            if (value == fresh) {
                return;
            }
            if (!fresh.empty()) {
                line(fmt::format("{}.clear();", target));
            }
            line(fmt::format("{}.reserve({});", target, value.size()));
            const std::string item = fmt::format("e{}", ++depth_);
            for (const auto& element : value) {
                line("{");
                line(fmt::format("auto& {} = {}.emplace_back();", item, target));
                structure(item, element, typename F::value_type{});
                line("}");
            }
            --depth_;
        } else if (value == fresh) {
            return;
        } else if constexpr (std::is_enum_v<F>) {
            line(fmt::format("set_enum({}, {});", target, expression(value)));
        } else if constexpr (is_vector_of_enums<F>) {
            line(fmt::format("set_enums({}, {});", target, expression(value)));
        } else {
            line(fmt::format("{} = {};", target, expression(value)));
        }
    }

    void line(std::string_view text) {
        if (text == "}") {
            --indent_;
        }
        out_ << std::string(4 * indent_, ' ') << text << '\n';
        if (text == "{") {
            ++indent_;
        }
    }

    std::ostream& out_;
    int depth_ = 0;  // of nested vectors of structs, which name their items e1, e2, ...
    int indent_ = 1; // of the generated function's blocks
};

} // namespace

int main(int argc, char** argv) {
    const bool strict = argc == 5 && std::string_view(argv[4]) == "--strict-sources";
    if (argc != 4 && !strict) {
        std::fprintf(stderr, "usage: ntnu_precompile IN.toml OUT.cpp LABEL [--strict-sources]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) {
        std::fprintf(stderr, "ntnu_precompile: cannot read %s\n", argv[1]);
        return 1;
    }
    const auto result = parse_catalog(text.str(), argv[1]);
    const bool refused =
        std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                    [&](const Diagnostic& d) { return strict && d.source_finding; });
    if (!result.catalog || refused) {
        for (auto d : result.diagnostics) {
            if (d.source_finding && strict) {
                d.severity = Severity::error; // it fails this build, as `ntnu validate` would
            }
            if (!d.source_finding || strict) {
                std::fprintf(stderr, "%s\n", format_diagnostic(d).c_str());
            }
        }
        return 1;
    }
    std::ostringstream code;
    code << "// Generated by tools/precompile_catalog.cpp from " << argv[3]
         << ". Do not edit.\n"
            "#include \"builtin_catalog.hpp\"\n\n"
            "#include <initializer_list>\n\n"
            "namespace ntnu {\n\n"
            "namespace {\n\n"
            "template <typename E> void set_enum(E& target, int value) {\n"
            "    target = static_cast<E>(value);\n"
            "}\n\n"
            "template <typename E>\n"
            "void set_enums(std::vector<E>& target, std::initializer_list<int> values) {\n"
            "    target.clear();\n"
            "    for (const int value : values) {\n"
            "        target.push_back(static_cast<E>(value));\n"
            "    }\n"
            "}\n\n"
            "} // namespace\n\n"
            "Catalog builtin_catalog() {\n"
            "    Catalog c;\n";
    Writer(code).structure("c", *result.catalog, Catalog{});
    code << "    return c;\n}\n\n} // namespace ntnu\n";
    std::ofstream out(argv[2], std::ios::binary);
    out << code.str();
    out.close();
    if (!out) {
        std::fprintf(stderr, "ntnu_precompile: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}
