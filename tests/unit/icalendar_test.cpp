// SPDX-License-Identifier: MIT
#include "icalendar.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ntnu {
namespace {

std::vector<std::string> split_crlf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

bool valid_utf8_boundaries(const std::string& line) {
    // A line must not start with a continuation byte nor end inside a sequence.
    if (!line.empty() && (static_cast<unsigned char>(line[0]) & 0xC0U) == 0x80U) {
        return false;
    }
    std::size_t i = 0;
    while (i < line.size()) {
        const auto c = static_cast<unsigned char>(line[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        if (i + n > line.size()) {
            return false;
        }
        i += n;
    }
    return true;
}

std::string unfold(const std::string& folded) {
    std::string out;
    for (const auto& line : split_crlf(folded)) {
        out += line.starts_with(" ") ? line.substr(1) : line;
    }
    return out;
}

TEST(IcsFold, ShortLineIsOneLineWithCrlf) {
    EXPECT_EQ(ics_fold_line("SUMMARY:x"), "SUMMARY:x\r\n");
}

TEST(IcsFold, ExactlySeventyFiveOctetsIsNotFolded) {
    const std::string line(75, 'a');
    EXPECT_EQ(ics_fold_line(line), line + "\r\n");
}

TEST(IcsFold, SeventySixOctetsFoldsAfterSeventyFive) {
    const std::string line(76, 'a');
    EXPECT_EQ(ics_fold_line(line), std::string(75, 'a') + "\r\n a\r\n");
}

TEST(IcsFold, ContinuationLinesHoldAtMostSeventyFiveOctetsWithTheSpace) {
    const std::string line(300, 'b');
    const auto folded = ics_fold_line(line);
    const auto lines = split_crlf(folded);
    ASSERT_GT(lines.size(), 3U);
    EXPECT_EQ(lines[0].size(), 75U);
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        EXPECT_EQ(lines[i].size(), 75U);
        EXPECT_EQ(lines[i][0], ' ');
    }
    EXPECT_EQ(unfold(folded), line);
}

TEST(IcsFold, NeverSplitsUtf8AtEveryOffset) {
    // "ø" and "Å" are two octets; shift them across the 75-octet boundary one octet at a time.
    for (std::size_t pad = 60; pad < 80; ++pad) {
        const std::string line =
            "DESCRIPTION:" + std::string(pad, 'x') + "Gjøvik og Ålesund, Gjøvik og Ålesund";
        const auto folded = ics_fold_line(line);
        for (const auto& l : split_crlf(folded)) {
            EXPECT_LE(l.size(), 75U) << pad;
            EXPECT_TRUE(valid_utf8_boundaries(l.starts_with(" ") ? l.substr(1) : l)) << pad;
        }
        EXPECT_EQ(unfold(folded), line) << pad;
    }
}

TEST(IcsFold, LongProgrammeNameWithThreeOctetCharacters) {
    const std::string line = "SUMMARY:MSc in Sustainable Manufacturing — Gjøvik — Ålesund — "
                             "Trondheim — Erasmus Mundus Joint Master’s Degree";
    const auto folded = ics_fold_line(line);
    for (const auto& l : split_crlf(folded)) {
        EXPECT_LE(l.size(), 75U);
        EXPECT_TRUE(valid_utf8_boundaries(l.starts_with(" ") ? l.substr(1) : l));
    }
    EXPECT_EQ(unfold(folded), line);
}

TEST(IcsEscape, EscapesCommaSemicolonBackslashAndNewlines) {
    EXPECT_EQ(ics_escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
    EXPECT_EQ(ics_escape_text("Gjøvik: plain"), "Gjøvik: plain");
}

TEST(IcsDuration, WritesRfc5545Durations) {
    using std::chrono::seconds;
    EXPECT_EQ(ics_duration(seconds{14 * 86400}), "P2W");
    EXPECT_EQ(ics_duration(seconds{86400}), "P1D");
    EXPECT_EQ(ics_duration(seconds{12 * 3600}), "PT12H");
    EXPECT_EQ(ics_duration(seconds{86400 + 12 * 3600}), "P1DT12H");
    EXPECT_EQ(ics_duration(seconds{90 * 60}), "PT1H30M");
    EXPECT_EQ(ics_duration(seconds{0}), "PT0S");
}

TEST(IcsCalendar, EveryLineEndsInCrlfAndFitsSeventyFiveOctets) {
    IcsEvent e;
    e.uid = "master-non-eu-apply-autumn-2027-non-eu@ntnu.cli";
    e.start = date::sys_days{date::year{2026} / 12 / 1} + std::chrono::hours{22} +
              std::chrono::minutes{59};
    e.summary = "NTNU: application deadline, Gjøvik; Ålesund";
    e.description = std::string(200, 'd') + "\nConfirm on ntnu.edu before you rely on it.";
    e.url = "https://www.ntnu.edu/studies/faq-master";
    e.alarms.push_back({std::chrono::seconds{86400}, "in 1d"});
    const auto stamp = date::sys_days{date::year{2026} / 11 / 27} + std::chrono::hours{12};
    const std::string text = build_calendar({e}, "-//ntnu//ntnu 0.1.0//EN", stamp);

    ASSERT_TRUE(text.ends_with("END:VCALENDAR\r\n"));
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            ASSERT_GT(i, 0U);
            EXPECT_EQ(text[i - 1], '\r') << "bare LF at " << i;
        }
        if (text[i] == '\r') {
            ASSERT_LT(i + 1, text.size());
            EXPECT_EQ(text[i + 1], '\n');
        }
    }
    for (const auto& line : split_crlf(text)) {
        EXPECT_LE(line.size(), 75U) << line;
    }
    const std::string flat = unfold(text);
    EXPECT_NE(flat.find("DTSTART:20261201T225900Z"), std::string::npos);
    EXPECT_NE(flat.find("DURATION:PT0S"), std::string::npos);
    EXPECT_EQ(flat.find("DTEND"), std::string::npos);
    EXPECT_NE(flat.find("DTSTAMP:20261127T120000Z"), std::string::npos);
    EXPECT_NE(flat.find("SUMMARY:NTNU: application deadline\\, Gjøvik\\; Ålesund"),
              std::string::npos);
    EXPECT_NE(flat.find("TRIGGER:-P1D"), std::string::npos);
    EXPECT_NE(flat.find("VERSION:2.0"), std::string::npos);
    EXPECT_NE(flat.find("CALSCALE:GREGORIAN"), std::string::npos);
    EXPECT_NE(flat.find("PRODID:-//ntnu//ntnu 0.1.0//EN"), std::string::npos);
}

TEST(IcsCalendar, NoEventsIsStillAValidCalendar) {
    const std::string text = build_calendar({}, "-//x//EN", Instant{});
    EXPECT_EQ(text, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nCALSCALE:GREGORIAN\r\n"
                    "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
}

// Issue 17: a source URL holding CR LF forged a whole event; an id holding one broke UID.
TEST(Icalendar, NoValueCanEndItsLineOrForgeAProperty) {
    EXPECT_EQ(ics_escape_uri("https://x.no/a b\r\nBEGIN:VEVENT"),
              "https://x.no/a%20b%0D%0ABEGIN:VEVENT");
    EXPECT_EQ(ics_escape_uri("https://www.ntnu.no/studier/mixd?x=1#a"),
              "https://www.ntnu.no/studier/mixd?x=1#a");
    EXPECT_EQ(ics_escape_uri("https://x.no/gjøvik"), "https://x.no/gj%C3%B8vik");
    EXPECT_EQ(ics_escape_text("a\x1b[2Jb\xc2\x9b\xe2\x80\xae"), "a?[2Jb??");
    IcsEvent e;
    e.uid = "id\r\nBEGIN:VEVENT";
    e.summary = "s\r\nEND:VEVENT";
    e.description = "d\x1b";
    e.url = "https://x.no/\r\nBEGIN:VEVENT\r\nSUMMARY:forged";
    const auto lines = split_crlf(build_calendar({e}, "-//ntnu//ntnu\r\nX:1//EN", Instant{}));
    int begins = 0;
    for (const auto& line : lines) {
        begins += line == "BEGIN:VEVENT" ? 1 : 0;
        EXPECT_EQ(line.find_first_of("\r\n\x1b"), std::string::npos) << line;
        EXPECT_NE(line.rfind("SUMMARY:forged", 0), 0u) << line;
        EXPECT_NE(line.rfind("X:1", 0), 0u) << line;
    }
    EXPECT_EQ(begins, 1);
    EXPECT_NE(std::find(lines.begin(), lines.end(), "UID:id\\nBEGIN:VEVENT"), lines.end());
}

} // namespace
} // namespace ntnu
