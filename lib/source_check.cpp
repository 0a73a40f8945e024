// SPDX-License-Identifier: MIT
#include "source_check.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <vector>

namespace ntnu {
namespace {

// Lower case, for ASCII and the three Norwegian capitals (Æ, Ø, Å in UTF-8), so "Ålesund" and
// "ålesund" read alike. Other bytes stay as they are: the words looked for are ASCII or
// Norwegian.
std::string fold(std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xc3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next == 0x86 || next == 0x98 || next == 0x85) { // Æ Ø Å
                out[i + 1] = static_cast<char>(next + 0x20);
            }
        }
    }
    return out;
}

struct Token {
    std::string_view text;
    bool number = false;
    std::size_t begin = 0;
    std::size_t end = 0;
};

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || c >= 0x80;
}

// Runs of digits and runs of letters; everything else only separates them.
std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool digit = c >= '0' && c <= '9';
        if (!digit && !is_word_byte(c)) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        while (i < text.size()) {
            const auto d = static_cast<unsigned char>(text[i]);
            if (digit ? !(d >= '0' && d <= '9') : !is_word_byte(d)) {
                break;
            }
            ++i;
        }
        out.push_back({text.substr(begin, i - begin), digit, begin, i});
    }
    return out;
}

int number(const Token& t) {
    int value = 0;
    if (t.text.size() > 6) {
        return -1; // no day, month, year or time is that long
    }
    std::from_chars(t.text.data(), t.text.data() + t.text.size(), value);
    return value;
}

// The month a word names, English or Norwegian, in full or shortened; 0 for none.
unsigned month_of(std::string_view word) {
    struct Name {
        std::string_view text;
        unsigned month;
    };
    static constexpr std::array<Name, 34> names{{
        {"january", 1},   {"januar", 1},    {"jan", 1},  {"february", 2},  {"februar", 2},
        {"feb", 2},       {"march", 3},     {"mars", 3}, {"mar", 3},       {"april", 4},
        {"apr", 4},       {"may", 5},       {"mai", 5},  {"june", 6},      {"juni", 6},
        {"jun", 6},       {"july", 7},      {"juli", 7}, {"jul", 7},       {"august", 8},
        {"aug", 8},       {"september", 9}, {"sept", 9}, {"sep", 9},       {"october", 10},
        {"oktober", 10},  {"oct", 10},      {"okt", 10}, {"november", 11}, {"nov", 11},
        {"december", 12}, {"desember", 12}, {"dec", 12}, {"des", 12},
    }};
    for (const auto& n : names) {
        if (n.text == word) {
            return n.month;
        }
    }
    return 0;
}

// The characters between two tokens.
std::string_view gap(std::string_view text, const Token& a, const Token& b) {
    return text.substr(a.end, b.begin - a.end);
}

// True when only spaces, dots, commas and dashes stand between two words of one date.
bool short_gap(std::string_view between) {
    return between.size() <= 3 && std::all_of(between.begin(), between.end(), [](char c) {
               return c == ' ' || c == '.' || c == ',' || c == '-' || c == '\t';
           });
}

bool is_ordinal_suffix(std::string_view word) {
    return word == "st" || word == "nd" || word == "rd" || word == "th";
}

bool is_day(const Token& t) {
    return t.number && t.text.size() <= 2 && number(t) >= 1 && number(t) <= 31;
}

// Every day and month the text names.
std::vector<date::month_day> days_in(std::string_view text) {
    const auto t = tokens(text);
    std::vector<date::month_day> out;
    const auto add = [&](int day, unsigned month) {
        const date::month_day md{date::month{month}, date::day{static_cast<unsigned>(day)}};
        if (md.ok()) {
            out.push_back(md);
        }
    };
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (is_day(t[i])) {
            std::size_t j = i + 1;
            // "1st": the suffix touches the number.
            if (j < t.size() && !t[j].number && is_ordinal_suffix(t[j].text) &&
                t[j].begin == t[i].end) {
                ++j;
            }
            const Token& before = t[j - 1];
            if (j < t.size() && t[j].text == "of" && short_gap(gap(text, before, t[j]))) {
                ++j; // "1st of March"
            }
            if (j < t.size() && !t[j].number && month_of(t[j].text) != 0 &&
                short_gap(gap(text, t[j - 1], t[j]))) {
                add(number(t[i]), month_of(t[j].text)); // "1 December", "1. desember"
            }
            // "01.02.2020", "1.12": day, then month, Norwegian order.
            if (i + 1 < t.size() && t[i + 1].number && t[i + 1].text.size() <= 2 &&
                gap(text, t[i], t[i + 1]) == ".") {
                const int month = number(t[i + 1]);
                if (month >= 1 && month <= 12) {
                    add(number(t[i]), static_cast<unsigned>(month));
                }
            }
        } else if (!t[i].number && month_of(t[i].text) != 0 && i + 1 < t.size() &&
                   is_day(t[i + 1]) && short_gap(gap(text, t[i], t[i + 1]))) {
            add(number(t[i + 1]), month_of(t[i].text)); // "December 1st", "Dec. 1"
        } else if (t[i].number && t[i].text.size() == 4 && i + 2 < t.size() &&
                   gap(text, t[i], t[i + 1]) == "-" && gap(text, t[i + 1], t[i + 2]) == "-" &&
                   t[i + 1].number && is_day(t[i + 2])) {
            const int month = number(t[i + 1]); // "2026-12-01"
            if (month >= 1 && month <= 12) {
                add(number(t[i + 2]), static_cast<unsigned>(month));
            }
        }
    }
    return out;
}

// Every time of day the text names, in minutes since midnight.
std::vector<int> times_in(std::string_view text) {
    const auto t = tokens(text);
    std::vector<int> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].number || t[i].text.size() > 2) {
            continue;
        }
        int hours = number(t[i]);
        int minutes = -1;
        std::size_t next = i + 1;
        if (next < t.size() && t[next].number && t[next].text.size() == 2) {
            const auto between = gap(text, t[i], t[next]);
            // "01.02.2020" is a date: a third part after a second dot.
            const bool date_like = between == "." && next + 1 < t.size() && t[next + 1].number &&
                                   gap(text, t[next], t[next + 1]) == ".";
            if ((between == ":" || between == ".") && !date_like) {
                minutes = number(t[next]);
                ++next;
            }
        }
        // "kl. 12": the hour alone, after the Norwegian word for o'clock.
        if (minutes < 0 && i > 0 && t[i - 1].text == "kl") {
            minutes = 0;
        }
        // "2 pm", "2:00 pm".
        if (next < t.size() && (t[next].text == "pm" || t[next].text == "am") &&
            gap(text, t[next - 1], t[next]).size() <= 1) {
            if (minutes < 0) {
                minutes = 0;
            }
            if (hours == 12) {
                hours = 0;
            }
            if (t[next].text == "pm") {
                hours += 12;
            }
        }
        if (minutes >= 0 && minutes <= 59 && hours >= 0 && hours <= 23) {
            out.push_back(hours * 60 + minutes);
        }
    }
    return out;
}

// "two", "to", "2": the small numbers a length is written with; 0 for none.
int small_number(const Token& t) {
    if (t.number) {
        return t.text.size() <= 2 ? number(t) : 0;
    }
    static constexpr std::array<std::pair<std::string_view, int>, 12> words{{
        {"one", 1},
        {"en", 1},
        {"ett", 1},
        {"two", 2},
        {"to", 2},
        {"three", 3},
        {"tre", 3},
        {"four", 4},
        {"fire", 4},
        {"five", 5},
        {"fem", 5},
        {"six", 6},
    }};
    for (const auto& [word, n] : words) {
        if (t.text == word) {
            return n;
        }
    }
    return 0;
}

} // namespace

std::optional<AsOf> parse_as_of(std::string_view text) {
    if (text == "undated") {
        return AsOf{Undated{}};
    }
    const auto digits = [](std::string_view s) {
        return !s.empty() &&
               std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (text.size() == 4 && digits(text)) {
        int y = 0;
        std::from_chars(text.data(), text.data() + 4, y);
        return AsOf{date::year{y}};
    }
    if (text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(text.substr(0, 4)) &&
        digits(text.substr(5, 2)) && digits(text.substr(8, 2))) {
        int y = 0;
        unsigned m = 0;
        unsigned d = 0;
        std::from_chars(text.data(), text.data() + 4, y);
        std::from_chars(text.data() + 5, text.data() + 7, m);
        std::from_chars(text.data() + 8, text.data() + 10, d);
        const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
        if (ymd.ok()) {
            return AsOf{ymd};
        }
    }
    return std::nullopt;
}

std::optional<int> as_of_year(const AsOf& as_of) {
    if (const auto* y = std::get_if<date::year>(&as_of)) {
        return static_cast<int>(*y);
    }
    if (const auto* d = std::get_if<date::year_month_day>(&as_of)) {
        return static_cast<int>(d->year());
    }
    return std::nullopt;
}

bool quote_states_day(std::string_view quote, date::month_day day) {
    const auto folded = fold(quote);
    const auto days = days_in(folded);
    return std::find(days.begin(), days.end(), day) != days.end();
}

bool quote_states_month(std::string_view quote, date::month month) {
    const auto folded = fold(quote);
    for (const auto& t : tokens(folded)) {
        if (!t.number && month_of(t.text) == static_cast<unsigned>(month)) {
            return true;
        }
    }
    const auto days = days_in(folded);
    return std::any_of(days.begin(), days.end(),
                       [&](const date::month_day& md) { return md.month() == month; });
}

bool quote_states_time(std::string_view quote, std::chrono::minutes time) {
    const auto times = times_in(fold(quote));
    return std::find(times.begin(), times.end(), static_cast<int>(time.count())) != times.end();
}

bool quote_states_year(std::string_view quote, int year) {
    const auto folded = fold(quote);
    const auto t = tokens(folded);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].number || t[i].text.size() != 4) {
            continue;
        }
        const int y = number(t[i]);
        if (y == year) {
            return true;
        }
        // "2026/27": the second year of an academic year, in two digits.
        if (i + 1 < t.size() && t[i + 1].number && t[i + 1].text.size() == 2 &&
            gap(folded, t[i], t[i + 1]) == "/" && y / 100 * 100 + number(t[i + 1]) == year) {
            return true;
        }
    }
    return false;
}

bool quote_states_campus(std::string_view quote, Campus campus) {
    const auto folded = fold(quote);
    const auto has = [&](std::string_view word) { return folded.find(word) != std::string::npos; };
    switch (campus) {
    case Campus::trondheim: return has("trondheim");
    case Campus::gjovik: return has("gj\u00f8vik") || has("gjovik");
    case Campus::alesund: return has("\u00e5lesund") || has("alesund") || has("aalesund");
    }
    return false;
}

bool quote_states_years_long(std::string_view quote, int years) {
    const auto folded = fold(quote);
    const auto t = tokens(folded);
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::string_view w = t[i].text;
        // "toårig", "treårig": one Norwegian word.
        static constexpr std::string_view arig = "\u00e5rig";
        if (!t[i].number && w.size() > arig.size() && w.ends_with(arig) &&
            small_number(Token{w.substr(0, w.size() - arig.size())}) == years) {
            return true;
        }
        if (i + 1 >= t.size() || gap(folded, t[i], t[i + 1]).size() > 2) {
            continue;
        }
        const std::string_view unit = t[i + 1].text;
        if (small_number(t[i]) == years && (unit == "year" || unit == "years" ||
                                            unit == "\u00e5r" || unit == arig || unit == "aar")) {
            return true; // "2 years", "two-year", "2-year", "2 år", "2-årig"
        }
        if (t[i].number && (unit == "ects" || unit == "studiepoeng" || unit == "credits") &&
            number(t[i]) == years * 60) {
            return true; // "120 ECTS": 60 a year
        }
    }
    return false;
}

bool quote_states_language(std::string_view quote, bool english) {
    const auto folded = fold(quote);
    if (english) {
        return folded.find("english") != std::string::npos ||
               folded.find("engelsk") != std::string::npos;
    }
    return folded.find("norwegian") != std::string::npos ||
           folded.find("norsk") != std::string::npos;
}

} // namespace ntnu
