// SPDX-License-Identifier: MIT
#pragma once
// iCalendar (RFC 5545) text: escaping, line folding and whole calendars of instant events.

#include "time_text.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// A reminder before an event: a VALARM with TRIGGER:-P…, ACTION:DISPLAY and DESCRIPTION.
struct IcsAlarm {
    std::chrono::seconds before{};
    std::string description;
};

// One deadline: an instant, written in UTC with DURATION:PT0S; or, with `day`, a whole day
// (a step whose source gives a date but no time), written as a DATE value.
struct IcsEvent {
    std::string uid; // stable: derived from the deadline's identity, never time or randomness
    Instant start{};
    std::optional<date::year_month_day> day;
    std::string summary;
    std::string description;
    std::string url; // empty: no URL property
    std::vector<IcsAlarm> alarms;
};

// Escapes a TEXT value: backslash, semicolon, comma, and newlines as "\n" (RFC 5545 §3.3.11);
// every other control character, bidirectional formatting character or byte that is not UTF-8
// becomes '?'. UID, SUMMARY, DESCRIPTION and PRODID are TEXT.
std::string ics_escape_text(std::string_view text);

// A URI value (URL): every byte a URI cannot hold (controls, space, non-ASCII, "<>\^`{|}) is
// percent-encoded, so no CR LF inside it can end the line and start a forged property.
std::string ics_escape_uri(std::string_view uri);

// Folds one content line (without its CRLF) into lines of at most 75 octets, each ending
// in CRLF; continuation lines start with one space. Never splits a UTF-8 sequence.
std::string ics_fold_line(std::string_view line);

// "20261201T225900Z": an instant as a UTC DATE-TIME.
std::string ics_utc(Instant instant);

// "P14D", "PT12H", "P1DT12H", "PT0S": a non-negative duration as an RFC 5545 DURATION.
std::string ics_duration(std::chrono::seconds duration);

// A whole VCALENDAR with these events, CRLF line endings, folded; stamped with `stamp`.
std::string build_calendar(const std::vector<IcsEvent>& events, std::string_view prodid,
                           Instant stamp);

} // namespace ntnu
