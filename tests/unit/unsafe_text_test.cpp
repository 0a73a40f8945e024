// SPDX-License-Identifier: MIT
// Control and bidirectional characters in data text (issue 17): found, escaped, and refused
// by the loader with file:line:col.

#include "catalog_parser.hpp"
#include "diagnostic.hpp"
#include "unsafe_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>

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
    EXPECT_EQ(escape_unsafe_characters("a\xf3\xa0\x81\x81"), "a\\U000E0041"); // a tag character
    EXPECT_EQ(replace_unsafe_characters("a\x1b\xff"
                                        "b\xe2\x80\xae"),
              "a??b?");
    EXPECT_EQ(describe_unsafe_character(0x9b), "control character U+009B");
    EXPECT_EQ(describe_unsafe_character(0x202e), "bidirectional formatting character U+202E");
}

// Issue 25: the line and paragraph separators, the zero-width characters and the tag
// characters passed the check, though each forges a line or hides text.
TEST(UnsafeText, FindsSeparatorsZeroWidthAndTagCharacters) {
    const std::pair<const char*, char32_t> cases[] = {
        {"a\xe2\x80\xa8"
         "b",
         0x2028}, // LINE SEPARATOR
        {"a\xe2\x80\xa9"
         "b",
         0x2029},                       // PARAGRAPH SEPARATOR
        {"Oslo\xe2\x80\x8b", 0x200B},   // ZERO WIDTH SPACE
        {"x\xe2\x80\x8c", 0x200C},      // ZERO WIDTH NON-JOINER
        {"x\xe2\x80\x8d", 0x200D},      // ZERO WIDTH JOINER
        {"x\xe2\x81\xa0", 0x2060},      // WORD JOINER
        {"x\xef\xbb\xbf", 0xFEFF},      // ZERO WIDTH NO-BREAK SPACE
        {"x\xf3\xa0\x81\x81", 0xE0041}, // TAG LATIN CAPITAL LETTER A
        {"x\xf3\xa0\x81\xbf", 0xE007F}, // CANCEL TAG
    };
    for (const auto& [text, code] : cases) {
        const auto found = find_unsafe_character(text);
        ASSERT_TRUE(found) << std::hex << static_cast<unsigned>(code);
        EXPECT_EQ(found->code, code);
    }
    // Their neighbours stay allowed: an en dash, a non-breaking space, a narrow one.
    EXPECT_FALSE(find_unsafe_character("2\xe2\x80\x93"
                                       "3\xc2\xa0kr\xe2\x80\xaf%"));
    EXPECT_FALSE(find_unsafe_character("\xf3\xa0\x82\x80")); // U+E0080, past the tags
    EXPECT_EQ(describe_unsafe_character(0x2028), "line or paragraph separator U+2028");
    EXPECT_EQ(describe_unsafe_character(0x200B), "zero-width character U+200B");
    EXPECT_EQ(describe_unsafe_character(0xE0041), "tag character U+E0041");
}

TEST(UnsafeText, TheLoaderRefusesSeparatorsAndInvisibleCharacters) {
    const auto result = parse_catalog("[meta]\n"
                                      "institution = \"NTNU\u2028Forged line\"\n"
                                      "data_version = \"20\u200b26\"\n"
                                      "zone = \"Europe/Oslo\U000E0041\"\n",
                                      "hidden.toml");
    EXPECT_FALSE(result.catalog);
    std::vector<std::string> shown;
    for (const auto& d : result.diagnostics) {
        shown.push_back(format_diagnostic(d));
    }
    const auto has = [&](const std::string& line) {
        return std::find(shown.begin(), shown.end(), line) != shown.end();
    };
    EXPECT_TRUE(has("hidden.toml:2:15: a string holds a line or paragraph separator U+2028; data "
                    "text must be printable"));
    EXPECT_TRUE(has("hidden.toml:3:16: a string holds a zero-width character U+200B; data text "
                    "must be printable"));
    EXPECT_TRUE(has("hidden.toml:4:8: a string holds a tag character U+E0041; data text must be "
                    "printable"));
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
