// SPDX-License-Identifier: MIT
// Fuzzes programme lookup in the shipped catalogue: by id, by campus name, by free-text search
// with the filters `ntnu programmes` offers, and the "did you mean" hints for a mistyped id.
// The first byte picks the filters; the rest is the text.
#include "catalog_parser.hpp"
#include "programme_search.hpp"
#include "text.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

const ntnu::Catalog& shipped_catalog() {
    static const ntnu::Catalog catalog = [] {
        std::ifstream in(NTNU_DATA_FILE, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        auto result = ntnu::parse_catalog(text.str(), NTNU_DATA_FILE);
        if (!result.catalog) {
            std::abort(); // the shipped data must load; anything else is a broken setup
        }
        return *std::move(result.catalog);
    }();
    return catalog;
}

template <typename E> std::optional<E> pick(unsigned bits) {
    const auto values = ntnu::all_values<E>();
    if (bits == 0) {
        return std::nullopt;
    }
    return values[(bits - 1) % values.size()];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const ntnu::Catalog& catalog = shipped_catalog();
    const unsigned choice = data[0];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);

    ntnu::ProgrammeFilter filter;
    filter.campus = ntnu::parse_campus(text);
    if (!filter.campus) {
        filter.campus = pick<ntnu::Campus>(choice & 0x3u);
    }
    filter.level = pick<ntnu::Level>((choice >> 2) & 0x7u);
    filter.open_to = pick<ntnu::Group>((choice >> 5) & 0x7u);
    filter.search = text;
    for (const ntnu::Programme* p : ntnu::find_programmes(catalog, filter)) {
        if (p == nullptr) {
            __builtin_trap();
        }
    }

    if (const ntnu::Programme* p = catalog.programme(text)) {
        // Ids are matched ignoring ASCII case ("MSINFOSYST" is msinfosyst).
        if (ntnu::ascii_lower(p->id) != ntnu::ascii_lower(text)) {
            __builtin_trap();
        }
    }
    std::vector<std::string> candidates;
    for (const auto& p : catalog.programmes) {
        candidates.push_back(p.id);
        candidates.push_back(p.name);
    }
    for (const auto& hint : ntnu::closest_matches(text, candidates, 3)) {
        if (hint.empty()) {
            __builtin_trap();
        }
    }
    return 0;
}
