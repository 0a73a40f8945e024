// SPDX-License-Identifier: MIT
#include "command_list.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "printable.hpp"
#include "render_check.hpp"
#include "render_time.hpp"
#include "result_fields.hpp"
#include "script_output.hpp"

#include <fmt/format.h>

#include <memory>

namespace ntnu {
namespace {

struct CheckOptions {
    ProfileOptions profile;
    std::string within;
    bool quiet = false;
    ScriptOptions script;
};

// The exit status that tells a script the verdict (man page, EXIT STATUS).
int exit_status_of(Verdict v) {
    switch (v) {
    case Verdict::within_window: return exit_within_window;
    case Verdict::closed: return exit_closed;
    case Verdict::cannot_apply: return exit_cannot_apply;
    case Verdict::outside_window:
    case Verdict::no_deadline: return exit_ok;
    }
    return exit_ok;
}

int run_check(const CheckOptions& options, Context& context) {
    const auto span = parse_window(options.within);
    if (!span.value) {
        throw UsageError(duration_error(options.within, span, "--within", context.lang));
    }
    // `m` stays minutes, as the contract says; a day's worth or more of them is more likely
    // months meant, so it is said, not refused.
    if (span.value->bare_minutes > 24 * 60) {
        context.err << printable(context.lang.format(
                           Msg::warning_within_minutes, fmt::arg("value", options.within),
                           fmt::arg("length",
                                    long_duration(std::chrono::minutes{span.value->bare_minutes},
                                                  context.lang))))
                    << '\n';
    }
    // Months count on the applicant's calendar, from now.
    const std::chrono::seconds window = span_length(*span.value, context.now, *context.zone);
    const ProfileAnswers collected = collect_answers(options.profile, context);
    if (!collected.resolution) {
        throw UsageError(std::string(context.lang.text(Msg::error_check_needs_profile)));
    }
    const auto& answers = collected.groups.front().answers;
    const Verdict verdict = check_verdict(answers, window);
    const int status = exit_status_of(verdict);

    if (options.script.wanted()) {
        ScriptAnswer answer;
        Json results = Json::array();
        for (const auto& a : answers) {
            results.push_back(json_result(a, collected.resolution, context));
            auto& record = answer.records.emplace_back(deadline_fields(results.back(), a));
            record.emplace_back("within_seconds", window.count());
            record.emplace_back("verdict", std::string(to_string(verdict)));
            record.emplace_back("exit_status", static_cast<long long>(status));
        }
        answer.document["within_seconds"] = window.count();
        answer.document["verdict"] = to_string(verdict);
        answer.document["exit_status"] = status;
        answer.document["results"] = std::move(results);
        write_script_answer(options.script, answer, context);
        return status;
    }
    if (!options.quiet) {
        render_verdict(verdict, answers, spoken_duration(window, context.lang), context);
    }
    return status;
}

Command register_check(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CheckOptions>();
    sub->add_option("--within", options->within, help(l, Msg::help_within))
        ->option_text(help(l, Msg::metavar_duration))
        ->required();
    add_profile_options(*sub, options->profile, l);
    add_programme_option(*sub, options->profile, l);
    sub->add_flag("-q,--quiet", options->quiet, help(l, Msg::help_quiet));
    add_script_options(*sub, options->script, l, Msg::help_check_format);
    sub->footer(command_footer(l, Msg::help_check_footer));
    return {sub, [options](Context& context) { return run_check(*options, context); }};
}

} // namespace

const CommandDefinition check_command{"check", Msg::help_check, Needs::context, register_check};

} // namespace ntnu
