// SPDX-License-Identifier: MIT
// Control and bidirectional characters in data text (issue 17): found, escaped, and refused
// by the loader with file:line:col.

#include "catalog_parser.hpp"
#include "diagnostic.hpp"
#include "unsafe_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ntnu {
namespace {

TEST(UnsafeText, FindsControlsC1AndBidiOverrides) {
    EXPECT_FALSE(find_unsafe_character("Gjøvik: Informasjonssikkerhet (MISEC) – 2 år"));
    const auto esc = find_unsafe_character("ab\x1b[2J");
    ASSERT_TRUE(esc);
    EXPECT_EQ(esc->offset, 2u);
    EXPECT_EQ(esc->code, U'\x1b');
    const auto csi = find_unsafe_character("x\xc2\x9b"
                                           "31m"); // U+009B, CSI
    ASSERT_TRUE(csi);
    EXPECT_EQ(csi->code, U'\x9b');
    const auto rlo = find_unsafe_character("cod\xe2\x80\xae"
                                           "fdp.exe"); // U+202E
    ASSERT_TRUE(rlo);
    EXPECT_EQ(rlo->offset, 3u);
    EXPECT_TRUE(find_unsafe_character("a\r\nb"));
    EXPECT_TRUE(find_unsafe_character("a\tb"));
    EXPECT_TRUE(find_unsafe_character("\xe2\x81\xa6")); // U+2066, LRI
    EXPECT_FALSE(find_unsafe_character("\xff"));        // not UTF-8: not this check's business
}

TEST(UnsafeText, EscapesAsTomlWould) {
    EXPECT_EQ(escape_unsafe_characters("a\nb\x1b"), "a\\u000Ab\\u001B");
    EXPECT_EQ(escape_unsafe_characters("x\xe2\x80\xaey"), "x\\u202Ey");
    EXPECT_EQ(escape_unsafe_characters("ø"), "ø");
    EXPECT_EQ(replace_unsafe_characters("a\x1b\xff"
                                        "b\xe2\x80\xae"),
              "a??b?");
    EXPECT_EQ(describe_unsafe_character(0x9b), "control character U+009B");
    EXPECT_EQ(describe_unsafe_character(0x202e), "bidirectional formatting character U+202E");
}

// Every string of a data file passes the check, wherever the parser reads it; keys too.
TEST(UnsafeText, TheLoaderRefusesThemWithTheirPosition) {
    const auto result = parse_catalog("[meta]\n"
                                      "institution = \"NTNU\\u001b[2J\"\n"
                                      "data_version = \"2026\\u202e1\"\n"
                                      "\"bad\\nkey\" = 1\n"
                                      "[[programme]]\n"
                                      "url = \"https://x.no/\\r\\nBEGIN:VEVENT\"\n",
                                      "evil.toml");
    EXPECT_FALSE(result.catalog);
    std::vector<std::string> shown;
    for (const auto& d : result.diagnostics) {
        shown.push_back(format_diagnostic(d));
    }
    const auto has = [&](const std::string& line) {
        return std::find(shown.begin(), shown.end(), line) != shown.end();
    };
    EXPECT_TRUE(has("evil.toml:2:15: a string holds a control character U+001B; data text must "
                    "be printable"));
    EXPECT_TRUE(has("evil.toml:3:16: a string holds a bidirectional formatting character U+202E; "
                    "data text must be printable"));
    EXPECT_TRUE(has("evil.toml:4:1: a key holds a control character U+000A; data text must be "
                    "printable"));
    EXPECT_TRUE(has("evil.toml:6:7: a string holds a control character U+000D; data text must be "
                    "printable"));
    // No diagnostic, whatever it quotes, spans two lines.
    for (const auto& line : shown) {
        EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    }
}

} // namespace
} // namespace ntnu
