// SPDX-License-Identifier: MIT
#include "icalendar.hpp"

#include "unsafe_text.hpp"

#include <date/date.h>
#include <fmt/format.h>

namespace ntnu {
namespace {

constexpr std::size_t max_octets = 75;

bool is_continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

void add_line(std::string& out, std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    out += ics_fold_line(line);
}

} // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        char32_t code = 0;
        const std::size_t length = utf8_sequence_length(text, i, code);
        // TEXT holds no CONTROL but HTAB (RFC 5545 §3.3.11); no C1 control or bidirectional
        // override reaches the reader's calendar either, nor bytes that are not UTF-8 (§6).
        if (c != '\r' && c != '\n' && c != '\t' && (length == 0 || is_unsafe_character(code))) {
            out += '?';
            i += length == 0 ? 0 : length - 1;
            continue;
        }
        if (length > 1) {
            out.append(text.substr(i, length));
            i += length - 1;
            continue;
        }
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\r':
            // CRLF is one newline.
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            out += "\\n";
            break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    return out;
}

std::string ics_escape_uri(std::string_view uri) {
    std::string out;
    out.reserve(uri.size());
    for (const char c : uri) {
        const auto byte = static_cast<unsigned char>(c);
        // Outside RFC 3986's characters: controls (a CR LF would end the property and start a
        // forged one), space, non-ASCII bytes, and the few ASCII characters URIs never hold.
        if (byte <= 0x20 || byte >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' ||
            c == '^' || c == '`' || c == '{' || c == '|' || c == '}') {
            out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
        } else {
            out += c;
        }
    }
    return out;
}

std::string ics_fold_line(std::string_view line) {
    std::string out;
    std::size_t limit = max_octets; // the first line has no leading space
    while (line.size() > limit) {
        std::size_t cut = limit;
        // Step back to the start of a UTF-8 sequence so none is split.
        while (cut > 0 && is_continuation_byte(line[cut])) {
            --cut;
        }
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = max_octets - 1;
    }
    out.append(line);
    out += "\r\n";
    return out;
}

std::string ics_utc(Instant instant) {
    return date::format("%Y%m%dT%H%M%SZ", instant);
}

std::string ics_duration(std::chrono::seconds duration) {
    long long s = duration.count();
    if (s <= 0) {
        return "PT0S";
    }
    const long long days = s / 86400;
    s %= 86400;
    const long long hours = s / 3600;
    s %= 3600;
    const long long minutes = s / 60;
    const long long seconds = s % 60;
    std::string out = "P";
    if (days > 0 && days % 7 == 0 && hours == 0 && minutes == 0 && seconds == 0) {
        return out + std::to_string(days / 7) + "W";
    }
    if (days > 0) {
        out += std::to_string(days) + "D";
    }
    if (hours > 0 || minutes > 0 || seconds > 0) {
        out += "T";
        if (hours > 0) {
            out += std::to_string(hours) + "H";
        }
        if (minutes > 0) {
            out += std::to_string(minutes) + "M";
        }
        if (seconds > 0) {
            out += std::to_string(seconds) + "S";
        }
    }
    return out;
}

std::string build_calendar(const std::vector<IcsEvent>& events, std::string_view prodid,
                           Instant stamp) {
    std::string out;
    add_line(out, "BEGIN", "VCALENDAR");
    add_line(out, "VERSION", "2.0");
    add_line(out, "PRODID", ics_escape_text(prodid));
    add_line(out, "CALSCALE", "GREGORIAN");
    add_line(out, "METHOD", "PUBLISH");
    const std::string dtstamp = ics_utc(stamp);
    for (const auto& e : events) {
        add_line(out, "BEGIN", "VEVENT");
        add_line(out, "UID", ics_escape_text(e.uid));
        add_line(out, "DTSTAMP", dtstamp);
        if (e.day) {
            // A floating DATE: the day is the same wherever the calendar is read.
            const auto ymd = [](date::year_month_day d) {
                return fmt::format("{:04}{:02}{:02}", static_cast<int>(d.year()),
                                   static_cast<unsigned>(d.month()),
                                   static_cast<unsigned>(d.day()));
            };
            add_line(out, "DTSTART;VALUE=DATE", ymd(*e.day));
            add_line(out, "DTEND;VALUE=DATE",
                     ymd(date::year_month_day{date::sys_days{*e.day} + date::days{1}}));
        } else {
            add_line(out, "DTSTART", ics_utc(e.start));
            // A deadline is an instant. khal reads DTEND equal to DTSTART as "one hour", but
            // DURATION:PT0S as the instant it is; python-icalendar reads both.
            add_line(out, "DURATION", "PT0S");
        }
        add_line(out, "SUMMARY", ics_escape_text(e.summary));
        add_line(out, "DESCRIPTION", ics_escape_text(e.description));
        if (!e.url.empty()) {
            add_line(out, "URL", ics_escape_uri(e.url));
        }
        add_line(out, "TRANSP", "TRANSPARENT");
        for (const auto& alarm : e.alarms) {
            add_line(out, "BEGIN", "VALARM");
            add_line(out, "ACTION", "DISPLAY");
            add_line(out, "TRIGGER", "-" + ics_duration(alarm.before));
            add_line(out, "DESCRIPTION", ics_escape_text(alarm.description));
            add_line(out, "END", "VALARM");
        }
        add_line(out, "END", "VEVENT");
    }
    add_line(out, "END", "VCALENDAR");
    return out;
}

} // namespace ntnu
