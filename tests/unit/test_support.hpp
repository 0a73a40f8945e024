// SPDX-License-Identifier: MIT
#pragma once
// Shared by the unit tests: the shipped catalog, a small valid catalog to tweak, and instants.

#include "catalog_parser.hpp"
#include "time_text.hpp"
#include "zone_lookup.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ntnu::test_support {

inline std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot read " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string shipped_catalog_text() {
    return read_text_file(std::string(NTNU_SOURCE_DIR) + "/data/ntnu.toml");
}

// The shipped data/ntnu.toml, parsed once. Throws (failing the test) if it does not load.
inline const Catalog& shipped_catalog() {
    static const Catalog catalog = [] {
        auto result = parse_catalog(shipped_catalog_text(), "ntnu.toml");
        if (!result.catalog) {
            std::string what = "data/ntnu.toml does not load:";
            for (const auto& d : result.diagnostics) {
                what += "\n" + format_diagnostic(d);
            }
            throw std::runtime_error(what);
        }
        return *std::move(result.catalog);
    }();
    return catalog;
}

// The smallest catalog the loader accepts: one yearly deadline (1 December 23:59, for the
// autumn intake of the next year) covers every group. Tests replace lines to break it; the line
// numbers quoted in their expectations refer to this text, so keep its layout.
inline std::string minimal_catalog_text() {
    return R"([meta]
institution = "NTNU"
zone = "Europe/Oslo"
data_version = "test"
last_checked = 2026-11-27

[[deadline]]
id = "master-all"
levels = ["master"]
groups = ["non-eu", "eu-eea", "nordic", "refugee"]
milestone = "apply"
month = 12
day = 1
time = "23:59"
intake = "autumn"
intake_year_offset = 1
date_confidence = "confirmed"
time_confidence = "assumed"
sources = ["https://example.org/deadline"]

[[country_set]]
id = "eu"
countries = ["DE", "SE"]
confidence = "confirmed"
sources = ["https://example.org/eu"]

[[country_set]]
id = "eea-efta"
countries = ["NO"]
confidence = "confirmed"
sources = ["https://example.org/eea"]

[[country_set]]
id = "switzerland"
countries = ["CH"]
confidence = "confirmed"
sources = ["https://example.org/ch"]

[[country_set]]
id = "nordic"
countries = ["NO", "SE"]
confidence = "inferred"
sources = ["https://example.org/nordic"]

[[rule]]
id = "refugee-status"
levels = ["master"]
group = "refugee"
when = "refugee"
confidence = "confirmed"
sources = ["https://example.org/rule"]

[[rule]]
id = "nordic-degree"
levels = ["master"]
group = "nordic"
when = "degree-from"
countries = ["nordic"]
confidence = "confirmed"
sources = ["https://example.org/rule"]

[[rule]]
id = "eu-eea-citizen"
levels = ["master"]
group = "eu-eea"
when = "citizen-of"
countries = ["eu", "eea-efta", "switzerland"]
confidence = "confirmed"
sources = ["https://example.org/rule"]

[[rule]]
id = "non-eu-default"
levels = ["master"]
group = "non-eu"
when = "otherwise"
confidence = "confirmed"
sources = ["https://example.org/rule"]
# The rules of a level are tried in this order. These two lines keep the line numbers
# that the tests quote for text appended after the rules.
)";
}

// `text` with the first occurrence of `from` replaced by `to`; fails the test if it is absent,
// so a fixture cannot silently stop testing what it names.
inline std::string replace_once(std::string text, std::string_view from, std::string_view to) {
    const auto pos = text.find(from);
    if (pos == std::string::npos) {
        ADD_FAILURE() << "fixture text not found: " << from;
        return text;
    }
    text.replace(pos, from.size(), to);
    return text;
}

// An RFC 3339 instant, such as "2026-11-27T12:00:00Z".
inline Instant instant(std::string_view rfc3339) {
    const auto parsed = parse_instant(rfc3339, ntnu::require_zone("UTC"));
    if (!parsed.value) {
        ADD_FAILURE() << parsed.error;
        return Instant{};
    }
    return *parsed.value;
}

} // namespace ntnu::test_support
