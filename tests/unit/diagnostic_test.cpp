// SPDX-License-Identifier: MIT
#include "diagnostic.hpp"

#include <gtest/gtest.h>

namespace ntnu {
namespace {

TEST(FormatDiagnostic, FileLineColumnMessage) {
    EXPECT_EQ(format_diagnostic({"data/ntnu.toml", 12, 9, "'month' must be from 1 to 12, not 13"}),
              "data/ntnu.toml:12:9: 'month' must be from 1 to 12, not 13");
}

TEST(FormatDiagnostic, NoPositionWhenLineIsZero) {
    EXPECT_EQ(format_diagnostic({"empty.toml", 0, 0, "data file is empty"}),
              "empty.toml: data file is empty");
}

} // namespace
} // namespace ntnu
