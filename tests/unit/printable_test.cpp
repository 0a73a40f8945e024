// SPDX-License-Identifier: MIT
#include "printable.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ntnu {
namespace {

TEST(Printable, KeepsTextAndNewlines) {
    EXPECT_EQ(printable("unknown country 'Norge'\nntnu: error: Åland"),
              "unknown country 'Norge'\nntnu: error: Åland");
}

TEST(Printable, ReplacesControlCharacters) {
    EXPECT_EQ(printable("a\x1b[31mb\x07\x7f\tc"), "a?[31mb???c");
    // U+009B is CSI, an escape sequence in one character.
    EXPECT_EQ(printable("x\xc2\x9b"
                        "31m"),
              "x?31m");
}

TEST(Printable, ReplacesBytesThatAreNotUtf8) {
    EXPECT_EQ(printable("\xff\xfe ok"), "?? ok");
    EXPECT_EQ(printable("\xc3"), "?");                            // truncated
    EXPECT_EQ(printable("\xc0\xaf"), "??");                       // overlong '/'
    EXPECT_EQ(printable("\xed\xa0\x80"), "???");                  // a surrogate
    EXPECT_EQ(printable("\xf0\x9f\x87\xb3"), "\xf0\x9f\x87\xb3"); // a regional indicator
}

TEST(Printable, CutsLongLinesAtACharacterBoundary) {
    const std::string line = "é" + std::string(500, 'x');
    const std::string out = printable(line + "\nnext");
    EXPECT_EQ(out, "é" + std::string(399, 'x') + "…\nnext");
    std::string wide;
    for (int i = 0; i < 500; ++i) {
        wide += "ø";
    }
    std::string expected;
    for (int i = 0; i < 400; ++i) {
        expected += "ø";
    }
    EXPECT_EQ(printable(wide), expected + "…");
}

// Issue 17: a right-to-left override reorders the rest of the line on a terminal.
TEST(Printable, ReplacesBidirectionalOverrides) {
    EXPECT_EQ(printable("cod\xe2\x80\xae"
                        "fdp.exe"),
              "cod?fdp.exe");
    EXPECT_EQ(printable("a\xe2\x81\xa6"
                        "b\xe2\x80\x8f"),
              "a?b?");
}

} // namespace
} // namespace ntnu
