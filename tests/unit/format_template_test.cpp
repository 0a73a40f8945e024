// SPDX-License-Identifier: MIT
// --format templates (issue 25): the checker reads a field where fmt reads it, so no template
// it passes can make fmt take a width from another field.

#include "errors.hpp"
#include "format_template.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ntnu {
namespace {

const std::vector<std::string> fields{"category", "remaining_seconds"};

TEST(FormatTemplate, RefusesAWidthTakenFromAnotherField) {
    // The reproduction: fmt read "{remaining_seconds}" as the width, two billion
    // characters of padding, where the checker saw "category:{remaining_seconds" and "}}".
    for (const char* text :
         {"{category:{remaining_seconds}}}", "{category:>{remaining_seconds}}}",
          "{category:.{remaining_seconds}}}", "{category:{}}}", "{remaining_seconds:{{}}"}) {
        try {
            FormatTemplate(text, fields, Language{});
            ADD_FAILURE() << text << " was accepted";
        } catch (const UsageError& e) {
            EXPECT_NE(std::string(e.what()).find("holds a '{'"), std::string::npos)
                << text << ": " << e.what();
        }
    }
    // Literal braces around a field stay allowed.
    const FormatTemplate literal("{{{category}}}: {remaining_seconds:>5d}", fields, Language{});
    EXPECT_EQ(literal.render({{"category", std::string("non-eu")}, {"remaining_seconds", 42LL}}),
              "{non-eu}:    42");
}

// Every template of four pieces from this alphabet that the checker passes renders within
// its widths: nothing the checker passes lets fmt read a field differently (a nested width
// would pad to 5,000 here, beyond the most the checker allows per field, 1,000).
TEST(FormatTemplate, WhatTheCheckerPassesFmtReadsAlike) {
    const std::vector<std::string> pieces{
        "{", "}", "{{", "}}",         "category", "{remaining_seconds}", ":", ">",
        "9", "d", ".",  "{category:", "}}}"};
    const FieldRecord text_record{{"category", std::string("x")},
                                  {"remaining_seconds", std::string("y")}};
    const FieldRecord number_record{{"category", std::string("x")}, {"remaining_seconds", 5000LL}};
    std::size_t accepted = 0;
    const std::size_t n = pieces.size();
    for (std::uint64_t code = 0; code < n * n * n * n; ++code) {
        std::string text;
        std::uint64_t rest = code;
        for (int k = 0; k < 4; ++k) {
            text += pieces[rest % n];
            rest /= n;
        }
        std::optional<FormatTemplate> checked;
        try {
            checked.emplace(text, fields, Language{});
        } catch (const UsageError&) {
            continue;
        }
        ++accepted;
        for (const auto* record : {&text_record, &number_record}) {
            try {
                checked->check(*record);
                const auto out = checked->render(*record);
                EXPECT_LE(out.size(), text.size() + 2 * 1000) << text;
            } catch (const UsageError&) {
                // A spec fmt refuses is a usage error, said at render: allowed.
            }
        }
    }
    EXPECT_GT(accepted, 100u);
}

} // namespace
} // namespace ntnu
