// SPDX-License-Identifier: MIT
#include "input_errors.hpp"

#include "text.hpp"

#include <cerrno>
#include <cstring>

namespace ntnu {
namespace {

using fmt::arg;

Msg reason(TimeProblem problem) {
    switch (problem) {
    case TimeProblem::expected_date: return Msg::time_problem_expected_date;
    case TimeProblem::no_such_date: return Msg::time_problem_no_such_date;
    case TimeProblem::year_out_of_range: return Msg::time_problem_year_out_of_range;
    case TimeProblem::expected_t: return Msg::time_problem_expected_t;
    case TimeProblem::expected_time: return Msg::time_problem_expected_time;
    case TimeProblem::no_such_time: return Msg::time_problem_no_such_time;
    case TimeProblem::leap_second: return Msg::time_problem_leap_second;
    case TimeProblem::expected_fraction: return Msg::time_problem_expected_fraction;
    case TimeProblem::expected_offset: return Msg::time_problem_expected_offset;
    case TimeProblem::missing_zone: return Msg::time_problem_missing_zone;
    case TimeProblem::trailing_text: return Msg::time_problem_trailing_text;
    case TimeProblem::empty: return Msg::time_problem_empty;
    case TimeProblem::negative: return Msg::time_problem_negative;
    case TimeProblem::too_long: return Msg::time_problem_too_long;
    case TimeProblem::expected_number: return Msg::time_problem_expected_number;
    case TimeProblem::missing_unit: return Msg::time_problem_missing_unit;
    case TimeProblem::unknown_unit: return Msg::time_problem_unknown_unit;
    case TimeProblem::repeated_unit: return Msg::time_problem_repeated_unit;
    case TimeProblem::none: break;
    }
    return Msg::time_problem_expected_date;
}

// "invalid time '…': why; use … (in --now)": the kind of value, the reason and the origin.
std::string input_error(Msg kind, std::string_view input, TimeProblem problem,
                        const std::string& detail, std::string_view origin, const Language& lang) {
    const std::string why = lang.format(reason(problem), arg("detail", detail));
    return lang.format(
        Msg::error_in_option,
        arg("error", lang.format(kind, arg("input", quote_input(input)), arg("why", why))),
        arg("option", origin));
}

} // namespace

std::string instant_error(std::string_view input, const Parsed<Instant>& parsed,
                          std::string_view origin, const Language& lang) {
    return input_error(Msg::error_invalid_time, input, parsed.problem, parsed.detail, origin, lang);
}

std::string duration_error(std::string_view input, const Parsed<std::chrono::seconds>& parsed,
                           std::string_view origin, const Language& lang) {
    return input_error(Msg::error_invalid_duration, input, parsed.problem, parsed.detail, origin,
                       lang);
}

std::string duration_error(std::string_view input, const Parsed<Span>& parsed,
                           std::string_view origin, const Language& lang) {
    return input_error(Msg::error_invalid_duration, input, parsed.problem, parsed.detail, origin,
                       lang);
}

std::string system_error_text(int error, const Language& lang) {
    switch (error) {
    case ENOENT: return std::string(lang.text(Msg::errno_enoent));
    case EACCES: return std::string(lang.text(Msg::errno_eacces));
    case EISDIR: return std::string(lang.text(Msg::errno_eisdir));
    case ENOTDIR: return std::string(lang.text(Msg::errno_enotdir));
    case ENOSPC: return std::string(lang.text(Msg::errno_enospc));
    case EROFS: return std::string(lang.text(Msg::errno_erofs));
    case EPERM: return std::string(lang.text(Msg::errno_eperm));
    case EBADF: return std::string(lang.text(Msg::errno_ebadf));
    default: return std::strerror(error);
    }
}

std::string unexpected_argument_error(std::string_view value, const std::vector<std::string>& known,
                                      const Language& lang) {
    const auto hint = closest_matches(value, known);
    return hint.empty() ? lang.format(Msg::error_unexpected_argument, arg("value", value))
                        : lang.format(Msg::error_unexpected_argument_suggests, arg("value", value),
                                      arg("hint", hint[0]));
}

std::string hint_text(const std::vector<std::string>& hints, const Language& lang) {
    return hints.empty() ? "" : lang.format(Msg::error_hint, fmt::arg("hint", hints.front()));
}

} // namespace ntnu
