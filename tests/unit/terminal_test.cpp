// SPDX-License-Identifier: MIT
// Colour, width and character set, decided from a snapshot of the environment (environment.hpp)
// rather than from the process's own, so each case states exactly what it sees.

#include "errors.hpp"
#include "terminal.hpp"

#include <gtest/gtest.h>

namespace ntnu {
namespace {

Environment terminal() {
    Environment env;
    env.stdout_is_terminal = true;
    env.terminal_columns = 120;
    return env;
}

TEST(Terminal, ColourFollowsTheOptionThenNoColorTermAndTheTerminal) {
    const Language en;
    EXPECT_EQ(colour_choice(std::nullopt, terminal(), en), Colour::on);
    EXPECT_EQ(colour_choice(std::nullopt, Environment{}, en), Colour::off); // not a terminal
    EXPECT_EQ(colour_choice("always", Environment{}, en), Colour::on);
    EXPECT_EQ(colour_choice("never", terminal(), en), Colour::off);
    Environment no_color = terminal();
    no_color.no_color = "1";
    EXPECT_EQ(colour_choice(std::nullopt, no_color, en), Colour::off);
    EXPECT_EQ(colour_choice("always", no_color, en), Colour::on); // asked for, it wins
    Environment dumb = terminal();
    dumb.term = "dumb";
    EXPECT_EQ(colour_choice("auto", dumb, en), Colour::off);
    EXPECT_THROW(colour_choice("sometimes", terminal(), en), UsageError);
}

TEST(Terminal, ColumnsFromColumnsElseTheTerminalWithinSixtyToEighty) {
    EXPECT_EQ(output_columns(Environment{}), 80u);
    Environment env = terminal();
    EXPECT_EQ(output_columns(env), 80u); // 120 is wider than the layout
    env.terminal_columns = 70;
    EXPECT_EQ(output_columns(env), 70u);
    env.columns = "65";
    EXPECT_EQ(output_columns(env), 65u);
    env.columns = "40";
    EXPECT_EQ(output_columns(env), 60u);
    env.columns = "wide";
    EXPECT_EQ(output_columns(env), 70u); // unreadable: the terminal's
}

TEST(Terminal, CharsetFromTheCtypeLocale) {
    EXPECT_EQ(output_charset(Environment{}), Charset::ascii); // no locale is the C locale
    Environment env;
    env.lang = "nb_NO.UTF-8";
    EXPECT_EQ(output_charset(env), Charset::unicode);
    env.lc_ctype = "POSIX";
    EXPECT_EQ(output_charset(env), Charset::ascii);
    env.lc_all = "en_GB.UTF-8";
    EXPECT_EQ(output_charset(env), Charset::unicode);
}

TEST(Terminal, AsciiGlyphsKeepDeadlinesAndStepsApart) {
    EXPECT_EQ(to_ascii_glyphs("├──●──○──◆──◇┤"), "|--*--o--#--x|");
}
} // namespace
} // namespace ntnu
