// SPDX-License-Identifier: MIT
#include "completion_values.hpp"

#include "country_table.hpp"
#include "data_source.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ntnu {

void print_zones(std::ostream& out) {
    namespace fs = std::filesystem;
    const fs::path root = "/usr/share/zoneinfo";
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const auto relative = it->path().lexically_relative(root).generic_string();
        if (relative.empty() || !std::isupper(static_cast<unsigned char>(relative.front())) ||
            relative.find('.') != std::string::npos) {
            if (it->is_directory(ec)) {
                it.disable_recursion_pending(); // posix/, right/
            }
            continue;
        }
        if (it->is_directory(ec) || relative == "Factory") {
            continue;
        }
        names.push_back(relative);
    }
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
        out << name << '\n';
    }
}

void print_countries(std::ostream& out) {
    for (const auto& country : country_table()) {
        out << country.alpha2 << '\t' << country.name << '\n';
    }
    for (const auto& country : country_table()) {
        out << country.name << '\t' << country.alpha2 << '\n';
    }
    for (const auto& country : country_table()) {
        if (!country.nb_name.empty() && country.nb_name != country.name) {
            out << country.nb_name << '\t' << country.alpha2 << '\n';
        }
    }
}

void print_programmes(const Context& context) {
    std::optional<std::string> path;
    if (!context.data_source.empty()) {
        path = context.data_source;
    }
    const auto loaded = load_catalog(path, context.lang, CatalogUse::names_only);
    for (const auto& programme : loaded.catalog.programmes) {
        context.out << programme.id << '\t' << programme.name << '\n';
    }
    // A programme's name is as good as its id (programme_by_name), so Tab completes it too,
    // as it completes a country's name beside its code.
    for (const auto& programme : loaded.catalog.programmes) {
        context.out << programme.name << '\t' << programme.id << '\n';
    }
}

// The English tests of the data, with their names, as `requirements --english-test` takes them.
void print_english_tests(const Context& context) {
    std::optional<std::string> path;
    if (!context.data_source.empty()) {
        path = context.data_source;
    }
    const auto loaded = load_catalog(path, context.lang, CatalogUse::names_only);
    for (const auto& test : loaded.catalog.english_tests) {
        context.out << test.id << '\t' << test.name << '\n';
    }
}

} // namespace ntnu
