// SPDX-License-Identifier: MIT
#include "toml_shape_guard.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ntnu {
namespace {

std::string dotted_key(std::size_t dots) {
    std::string key = "a";
    for (std::size_t i = 0; i < dots; ++i) {
        key += ".a";
    }
    return key;
}

TEST(TomlShapeGuard, AcceptsOrdinaryData) {
    EXPECT_FALSE(find_shape_problem("[meta]\nzone = \"Europe/Oslo\"\n[[deadline]]\nx.y.z = 1.5\n"));
}

TEST(TomlShapeGuard, AcceptsAKeyAtTheDepthLimit) {
    EXPECT_FALSE(find_shape_problem(dotted_key(max_key_depth) + " = 1\n"));
}

TEST(TomlShapeGuard, RefusesADottedKeyOneLevelTooDeep) {
    const auto problem = find_shape_problem("x = 1\n" + dotted_key(max_key_depth + 1) + " = 1\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, 2);
    EXPECT_EQ(problem->column, static_cast<int>(2 * (max_key_depth + 1)));
    EXPECT_EQ(problem->message, "a key nested more than 64 levels deep");
}

TEST(TomlShapeGuard, RefusesADeepTableHeaderAndQuotedParts) {
    EXPECT_TRUE(find_shape_problem("[" + dotted_key(2'000'000) + "]\n"));
    std::string quoted = "\"a\"";
    for (std::size_t i = 0; i < max_key_depth + 1; ++i) {
        quoted += ".\"a\"";
    }
    EXPECT_TRUE(find_shape_problem(quoted + " = 1\n"));
}

TEST(TomlShapeGuard, DotsInStringsAndCommentsDoNotCount) {
    const std::string dots(1000, '.');
    EXPECT_FALSE(find_shape_problem("a = \"" + dots + "\"\n"));
    EXPECT_FALSE(find_shape_problem("a = '" + dots + "'\n"));
    EXPECT_FALSE(find_shape_problem("a = \"\"\"\n" + dots + "\n\"\"\"\n"));
    EXPECT_FALSE(find_shape_problem("a = '''\n" + dots + "\n'''\n"));
    EXPECT_FALSE(find_shape_problem("a = \"\\\"" + dots + "\"\n"));
    EXPECT_FALSE(find_shape_problem("# " + dots + "\n"));
}

TEST(TomlShapeGuard, ValuesSeparatedByCommasDoNotAddUp) {
    std::string floats = "a = [";
    for (int i = 0; i < 1000; ++i) {
        floats += "1.5, ";
    }
    EXPECT_FALSE(find_shape_problem(floats + "]\n"));
}

TEST(TomlShapeGuard, CountsTablesOfEveryKind) {
    std::string headers;
    for (std::size_t i = 0; i < max_table_count; ++i) {
        headers += "[[programme]]\n";
    }
    EXPECT_FALSE(find_shape_problem(headers));
    const auto problem = find_shape_problem(headers + "[[programme]]\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, static_cast<int>(max_table_count) + 1);
    EXPECT_EQ(problem->message, "more than 50000 tables");

    std::string inline_tables = "a = [";
    for (std::size_t i = 0; i <= max_table_count; ++i) {
        inline_tables += "{}, ";
    }
    EXPECT_TRUE(find_shape_problem(inline_tables + "]\n"));
}

TEST(TomlShapeGuard, ArraysInsideALineAreNotTables) {
    // Empty ones, so that they stay within the cap of array elements too ("[]" holds none).
    std::string arrays = "a = [";
    for (std::size_t i = 0; i <= max_table_count; ++i) {
        arrays += "[], ";
    }
    EXPECT_FALSE(find_shape_problem(arrays + "]\n"));
}

// Issue 17: 4 MiB of "kN.b.b.….c = 1" made about 2 million implicit tables (431 MiB, 2 s)
// before any error, as only headers and inline tables were counted.
TEST(TomlShapeGuard, CountsTheImplicitTablesOfDottedKeys) {
    std::string text;
    const std::string middle = dotted_key(61).substr(1);
    for (int i = 0; i < 1000; ++i) {
        text += "k" + std::to_string(i) + middle + ".c = 1\n";
    }
    const auto problem = find_shape_problem(text);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->message, "more than 50000 tables");
    EXPECT_LT(problem->line, 1000);
}

TEST(TomlShapeGuard, DotsInValuesAreNoTables) {
    std::string floats = "a = [";
    for (int i = 0; i < 60'000; ++i) {
        floats += "1.5,\n";
    }
    EXPECT_FALSE(find_shape_problem(floats + "]\nb = { c.d = 1.5, e.f = [2.5, 3.5] }\n"));
    std::string inline_keys = "[t]\n";
    for (int i = 0; i < 60'000; ++i) {
        inline_keys += "k" + std::to_string(i) + " = 1.5\n";
    }
    EXPECT_FALSE(find_shape_problem(inline_keys));
}

// Issue 25: a 4 MiB array of integers took 154 MB, and 4 MiB of `"QQ",` 282 MB, as each element
// is a node; keys alike. Both are capped over the whole file, as tables are.
TEST(TomlShapeGuard, CountsArrayElementsOverTheWholeFile) {
    std::string half = "a = [";
    for (std::size_t i = 1; i < max_array_elements / 2; ++i) {
        half += "1,";
    }
    half += "1]\n";
    std::string other = half;
    other[0] = 'b';
    EXPECT_FALSE(find_shape_problem(half + other)); // exactly the limit
    const auto problem = find_shape_problem(half + other + "c = [[1], \"x\"]\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, 3);
    EXPECT_EQ(problem->message, "more than 100000 array elements");
    // Commas in strings and in inline tables are no elements.
    std::string strings = "a = [\"";
    for (std::size_t i = 0; i < max_array_elements + 10; ++i) {
        strings += ",";
    }
    EXPECT_FALSE(find_shape_problem(strings + "\"]\nb = { c = 1, d = 2 }\n"));
}

TEST(TomlShapeGuard, CountsKeysOverTheWholeFile) {
    std::string keys;
    for (std::size_t i = 0; i < max_key_count; ++i) {
        keys += "k" + std::to_string(i) + " = 1\n";
    }
    EXPECT_FALSE(find_shape_problem(keys));
    const auto problem = find_shape_problem(keys + "t = { a = 1 }\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->line, static_cast<int>(max_key_count) + 1);
    EXPECT_EQ(problem->message, "more than 150000 keys");
    // An '=' in a value is no key.
    EXPECT_FALSE(find_shape_problem("a = \"b = c\"\n# d = e\nf = [1, 2]\n"));
}

// A list of quoted sources (docs/data-sources.md): each inline table is one table, and the dots
// of its URL, quote and date are in strings, so a data file of a few hundred sources stays far
// inside the limits, however long its URLs.
TEST(TomlShapeGuard, QuotedSourcesCountOneTableEach) {
    const std::string source = R"({ url = "https://www.ntnu.edu/studies/a.b.c.d.e.f.g", )"
                               R"(quote = "1. desember kl. 23.59", as_of = "2026-11-26" })";
    std::string text = "[[deadline]]\nsources = [";
    for (int i = 0; i < 1000; ++i) {
        text += source + ",\n";
    }
    EXPECT_FALSE(find_shape_problem(text + "]\n"));
    std::string many = "[[deadline]]\nsources = [";
    for (std::size_t i = 0; i <= max_table_count; ++i) {
        many += source + ",";
    }
    const auto problem = find_shape_problem(many + "]\n");
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->message, "more than 50000 tables");
}

} // namespace
} // namespace ntnu
