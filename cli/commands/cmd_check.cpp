// SPDX-License-Identifier: MIT
#include "cmd_check.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "json_output.hpp"
#include "render_deadline.hpp"
#include "render_time.hpp"
#include "result_fields.hpp"
#include "style.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace ntnu {
namespace {

struct CheckOptions {
    ProfileOptions profile;
    std::string within;
    bool json = false;
    bool quiet = false;
    std::optional<std::string> format;
};

// The exit status that tells a script the verdict (man page, EXIT STATUS).
int exit_status_of(Verdict v) {
    switch (v) {
    case Verdict::within_window: return exit_within_window;
    case Verdict::closed: return exit_closed;
    case Verdict::outside_window:
    case Verdict::no_deadline: return exit_ok;
    }
    return exit_ok;
}

std::string verdict_line(Verdict verdict, const Answer& a, std::string_view within_text,
                         const Context& c) {
    using fmt::arg;
    const auto& l = c.lang;
    const std::string group = group_title(a.group, l);
    if (a.closed_to_group) {
        return l.format(Msg::check_not_open, arg("programme", a.programme->name),
                        arg("group", group));
    }
    if (!a.occurrence && a.programme != nullptr && a.programme->deadlines == DeadlineSource::own) {
        return l.format(Msg::check_own_no_date, arg("programme", a.programme->name),
                        arg("url", a.programme->url));
    }
    if (!a.occurrence) {
        return l.format(Msg::check_no_entry, arg("milestone", milestone_title(a.milestone, l)),
                        arg("group", group));
    }
    const auto& oslo = *c.catalog.meta.zone;
    const std::string when = fmt::format("{} {}", short_datetime(a.occurrence->closes, oslo, l),
                                         zone_abbreviation(a.occurrence->closes, oslo));
    const std::string milestone_text = milestone_title(a.milestone, l);
    const std::string intake_text = intake_title(a.occurrence->intake, l);
    // fmt::arg keeps a reference: the texts above must outlive these.
    const auto milestone = arg("milestone", milestone_text);
    const auto intake = arg("intake", intake_text);
    switch (verdict) {
    case Verdict::closed:
        return l.format(Msg::check_closed, arg("group", group), milestone, intake,
                        arg("ago", closed_ago(-*a.remaining, l)), arg("when", when));
    case Verdict::within_window:
    case Verdict::outside_window:
        return l.format(verdict == Verdict::within_window ? Msg::check_within : Msg::check_outside,
                        arg("group", group), milestone, intake,
                        arg("left", long_duration(*a.remaining, l)), arg("when", when),
                        arg("window", within_text));
    case Verdict::no_deadline: break;
    }
    return "";
}

int run_check(const CheckOptions& options, Context& context) {
    const auto window = parse_duration(options.within);
    if (!window.value) {
        throw UsageError(duration_error(options.within, window, "--within", context.lang));
    }
    if (options.json && options.format) {
        throw UsageError(std::string(context.lang.text(Msg::error_json_and_format)));
    }
    const ProfileAnswers collected = collect_answers(options.profile, context);
    if (!collected.resolution) {
        throw UsageError(std::string(context.lang.text(Msg::error_check_needs_profile)));
    }
    const auto& answers = collected.groups.front().answers;
    const Verdict verdict = check_verdict(answers, *window.value);
    const int status = exit_status_of(verdict);

    if (options.json || options.format) {
        Json results = Json::array();
        std::vector<FieldRecord> records;
        for (const auto& a : answers) {
            results.push_back(json_result(a, collected.resolution, context));
            records.push_back(deadline_fields(results.back(), a));
            records.back().emplace_back("within_seconds", window.value->count());
            records.back().emplace_back("verdict", std::string(to_string(verdict)));
            records.back().emplace_back("exit_status", static_cast<long long>(status));
        }
        if (options.format) {
            print_formatted(*options.format, records, context);
            warn_if_stale(context);
            return status;
        }
        Json doc = json_envelope(context);
        doc["within_seconds"] = window.value->count();
        doc["verdict"] = to_string(verdict);
        doc["exit_status"] = status;
        doc["results"] = std::move(results);
        write_json(doc, context);
        return status;
    }
    if (!options.quiet) {
        // The answer that decided: the soonest still open, else the last to have closed.
        const Answer* decisive = &answers.front();
        for (const auto& a : answers) {
            if (a.scheme) {
                continue; // the regular route decides
            }
            if (a.remaining && a.remaining->count() > 0) {
                decisive = &a;
                break;
            }
            decisive = &a;
        }
        const Tone tone = verdict == Verdict::within_window ? Tone::warn
                          : verdict == Verdict::closed      ? Tone::bad
                                                            : Tone::plain;
        context.out << paint(verdict_line(verdict, *decisive, options.within, context), tone,
                             context.colour)
                    << '\n';
    }
    return status;
}

} // namespace

Command register_check(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CheckOptions>();
    sub->add_option("--within", options->within, help(l, Msg::help_within))
        ->option_text(help(l, Msg::metavar_duration))
        ->required();
    add_profile_options(*sub, options->profile, l);
    add_programme_option(*sub, options->profile, l);
    sub->add_flag("-q,--quiet", options->quiet, help(l, Msg::help_quiet));
    sub->add_flag("--json", options->json, help(l, Msg::help_json));
    sub->add_option("--format", options->format, help(l, Msg::help_check_format))
        ->option_text(help(l, Msg::metavar_template));
    sub->footer(command_footer(l, Msg::help_check_footer));
    return {sub, [options](Context& context) { return run_check(*options, context); }};
}

} // namespace ntnu
