// SPDX-License-Identifier: MIT
#include "time_text.hpp"

#include "text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace ntnu {
namespace {

constexpr std::string_view instant_forms =
    "use RFC 3339 such as 2026-11-27T12:00:00Z or 2026-11-27T13:00:00+01:00, or a date such "
    "as 2026-11-27";

// Reads exactly `width` digits at `pos`, advancing it; nullopt if any is not a digit.
std::optional<int> digits(std::string_view text, std::size_t& pos, std::size_t width) {
    if (pos + width > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < width; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    pos += width;
    return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

} // namespace

std::string quote_input(std::string_view text) {
    // Long input is cut, at a character boundary so the message stays valid UTF-8.
    constexpr std::size_t limit = 64;
    std::size_t cut = std::min(limit, text.size());
    while (cut < text.size() && cut > 0 &&
           (static_cast<unsigned char>(text[cut]) & 0xC0u) == 0x80u) {
        --cut;
    }
    std::string out;
    for (const char c : text.substr(0, cut)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? '?' : c;
    }
    return fmt::format("'{}'{}", out, cut < text.size() ? "…" : "");
}

Parsed<Instant> parse_instant(std::string_view text, const date::time_zone& zone) {
    const auto fail = [&](TimeProblem problem, std::string_view why) {
        return Parsed<Instant>{
            std::nullopt,
            fmt::format("invalid time {}: {}; {}", quote_input(text), why, instant_forms), problem,
            ""};
    };
    std::size_t pos = 0;
    const auto y = digits(text, pos, 4);
    const bool dash1 = expect(text, pos, '-');
    const auto mo = digits(text, pos, 2);
    const bool dash2 = expect(text, pos, '-');
    const auto d = digits(text, pos, 2);
    if (!y || !dash1 || !mo || !dash2 || !d) {
        // "99999-01-01": a year of five digits or more is a year out of range, not a typo.
        const auto first_non_digit = text.find_first_not_of("0123456789");
        if (first_non_digit != std::string_view::npos && first_non_digit > 4 &&
            text[first_non_digit] == '-') {
            return fail(TimeProblem::year_out_of_range, "the year must be from 1900 to 9990");
        }
        return fail(TimeProblem::expected_date, "expected a date YYYY-MM-DD");
    }
    const date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*mo)},
                                   date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) {
        return fail(TimeProblem::no_such_date, "no such date");
    }
    // Deadlines are computed up to a few years ahead; RFC 3339 ends at year 9999.
    if (*y < 1900 || *y > 9990) {
        return fail(TimeProblem::year_out_of_range, "the year must be from 1900 to 9990");
    }
    if (pos == text.size()) {
        const date::local_seconds midnight{date::local_days{ymd}};
        return {zone.to_sys(midnight, date::choose::earliest), {}};
    }
    if (!(expect(text, pos, 'T') || expect(text, pos, 't') || expect(text, pos, ' '))) {
        return fail(TimeProblem::expected_t, "expected 'T' between the date and the time");
    }
    const auto h = digits(text, pos, 2);
    const bool colon1 = expect(text, pos, ':');
    const auto mi = digits(text, pos, 2);
    const bool colon2 = expect(text, pos, ':');
    const auto s = digits(text, pos, 2);
    if (!h || !colon1 || !mi || !colon2 || !s) {
        return fail(TimeProblem::expected_time, "expected a time HH:MM:SS");
    }
    if (*h > 23 || *mi > 59 || *s > 60) {
        return fail(TimeProblem::no_such_time, "no such time of day");
    }
    // RFC 3339 allows a leap second, :60, but the clock this program counts in (POSIX time)
    // has none: reading it as :59 or as the next minute's :00 would each be a second off,
    // silently. The user says which.
    if (*s == 60) {
        return fail(TimeProblem::leap_second,
                    "a 60th second (a leap second) has no instant of its own here: write :59 or "
                    "the next minute's :00");
    }
    if (expect(text, pos, '.') || expect(text, pos, ',')) {
        // Fractions of a second are dropped: flooring never makes a closed deadline look open.
        const std::size_t start = pos;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        }
        if (pos == start) {
            return fail(TimeProblem::expected_fraction, "expected digits after the decimal point");
        }
    }
    std::chrono::minutes offset{0};
    if (expect(text, pos, 'Z') || expect(text, pos, 'z')) {
        offset = std::chrono::minutes{0};
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        const auto oh = digits(text, pos, 2);
        const bool colon = expect(text, pos, ':');
        const auto om = digits(text, pos, 2);
        if (!oh || !colon || !om || *oh > 23 || *om > 59) {
            return fail(TimeProblem::expected_offset, "expected an offset such as +01:00");
        }
        offset = sign * (std::chrono::hours{*oh} + std::chrono::minutes{*om});
    } else {
        return fail(TimeProblem::missing_zone,
                    "missing a zone: end with Z or an offset such as +01:00");
    }
    if (pos != text.size()) {
        return fail(TimeProblem::trailing_text, "unexpected text after the offset");
    }
    const auto local = date::sys_days{ymd} + std::chrono::hours{*h} + std::chrono::minutes{*mi} +
                       std::chrono::seconds{*s};
    return {Instant{local - offset}, {}};
}

namespace {

// A unit as typed, by its letter: 'w', 'd', 'h', 'm' (minutes), 's', or 'o' for calendar
// months; '\0' for a word that names none. Applicants write "3months" and "2 weeks" as often
// as "3mo" and "2w".
char unit_letter(std::string_view word) {
    struct Spelling {
        std::string_view word;
        char letter;
    };
    static constexpr std::array<Spelling, 22> spellings{{
        {"w", 'w'},     {"week", 'w'},   {"weeks", 'w'},  {"d", 'd'},       {"day", 'd'},
        {"days", 'd'},  {"h", 'h'},      {"hour", 'h'},   {"hours", 'h'},   {"m", 'm'},
        {"min", 'm'},   {"mins", 'm'},   {"minute", 'm'}, {"minutes", 'm'}, {"s", 's'},
        {"sec", 's'},   {"secs", 's'},   {"second", 's'}, {"seconds", 's'}, {"mo", 'o'},
        {"month", 'o'}, {"months", 'o'},
    }};
    for (const auto& spelling : spellings) {
        if (spelling.word == word) {
            return spelling.letter;
        }
    }
    return '\0';
}

Parsed<Span> parse_span(std::string_view text, bool months_allowed) {
    const auto fail = [&](TimeProblem problem, std::string_view why, std::string detail = "") {
        return Parsed<Span>{
            std::nullopt,
            fmt::format("invalid duration {}: {}; use a number and a unit (w, d, h, m, s), such "
                        "as 30d, 12h, 90m, 2w or 1d12h",
                        quote_input(text), why),
            problem, std::move(detail)};
    };
    if (text.empty()) {
        return fail(TimeProblem::empty, "it is empty");
    }
    if (text.front() == '-') {
        return fail(TimeProblem::negative, "a duration cannot be negative");
    }
    // A century is more than any admission cycle; the cap also keeps the sum from overflowing.
    constexpr long long max_seconds = 100LL * 366 * 86400;
    Span span;
    long long total = 0;
    std::string seen_units;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        long long number = 0;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) {
            number = number * 10 + (text[pos] - '0');
            if (number > max_seconds) {
                return fail(TimeProblem::too_long, "it is too long");
            }
            ++pos;
        }
        if (pos == start) {
            return fail(TimeProblem::expected_number,
                        fmt::format("expected a number at position {}", pos + 1),
                        std::to_string(pos + 1));
        }
        if (pos == text.size()) {
            return fail(TimeProblem::missing_unit, "the last number has no unit");
        }
        const std::size_t unit_start = pos;
        while (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos]))) {
            ++pos;
        }
        // Not a letter at all ("5%"): that character is the unknown unit.
        const std::string word = pos == unit_start
                                     ? std::string(1, text[pos++])
                                     : ascii_lower(text.substr(unit_start, pos - unit_start));
        const char unit = unit_letter(word);
        long long scale = 0;
        switch (unit) {
        case 'w': scale = 7 * 86400; break;
        case 'd': scale = 86400; break;
        case 'h': scale = 3600; break;
        case 'm': scale = 60; break;
        case 's': scale = 1; break;
        case 'o': scale = 0; break;
        default: break;
        }
        if (unit == '\0' || (unit == 'o' && !months_allowed)) {
            const std::string shown(text.substr(unit_start, pos - unit_start));
            return fail(TimeProblem::unknown_unit, fmt::format("unknown unit '{}'", shown), shown);
        }
        if (seen_units.find(unit) != std::string::npos) {
            return fail(TimeProblem::repeated_unit,
                        fmt::format("the unit '{}' appears twice", word), word);
        }
        seen_units += unit;
        if (unit == 'o') {
            // 1200 months is a century: more is refused like any other duration.
            if (number > 1200) {
                return fail(TimeProblem::too_long, "it is too long");
            }
            span.months = number;
        } else if (unit == 'm' && word == "m") {
            span.bare_minutes = number;
        }
        total += number * scale;
        if (total > max_seconds) {
            return fail(TimeProblem::too_long, "it is too long");
        }
    }
    span.seconds = std::chrono::seconds{total};
    return {span, {}};
}

} // namespace

Parsed<std::chrono::seconds> parse_duration(std::string_view text) {
    auto span = parse_span(text, false);
    if (!span.value) {
        return {std::nullopt, std::move(span.error), span.problem, std::move(span.detail)};
    }
    return {span.value->seconds, {}};
}

Parsed<Span> parse_window(std::string_view text) {
    return parse_span(text, true);
}

std::chrono::seconds span_length(const Span& span, Instant now, const date::time_zone& zone) {
    if (span.months == 0) {
        return span.seconds;
    }
    // Calendar months on the applicant's clock: 31 January and one month is 28 (or 29)
    // February, the month's last day, not 3 March.
    const auto local = zone.to_local(now);
    const auto day = date::floor<date::days>(local);
    const date::year_month_day ymd{day};
    const auto ym = date::year_month{ymd.year(), ymd.month()} + date::months{span.months};
    const auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}};
    const date::year_month_day target{ym.year(), ym.month(), std::min(ymd.day(), last.day())};
    const auto then_local = date::local_days{target} + (local - day);
    const auto then = zone.to_sys(then_local, date::choose::earliest);
    return std::chrono::duration_cast<std::chrono::seconds>(then - now) + span.seconds;
}

std::string format_rfc3339(Instant instant, const date::time_zone& zone) {
    // A zone at UTC+0 still writes "+00:00": "Z" would claim the zone is UTC itself.
    // RFC 3339 offsets are whole minutes, but local mean time before standard time was not
    // (Kathmandu until 1920 was +05:41:16). The clock time is written with the offset cut to
    // whole minutes, so the text still names exactly this instant (found by fuzz/now_parser).
    const auto offset =
        std::chrono::duration_cast<std::chrono::minutes>(zone.get_info(instant).offset);
    const auto local = instant + offset;
    const auto magnitude = offset < std::chrono::minutes{0} ? -offset : offset;
    return fmt::format("{}{}{:02}:{:02}", date::format("%FT%T", local),
                       offset < std::chrono::minutes{0} ? '-' : '+', magnitude.count() / 60,
                       magnitude.count() % 60);
}

std::string format_rfc3339_utc(Instant instant) {
    return date::format("%FT%TZ", instant);
}

} // namespace ntnu
