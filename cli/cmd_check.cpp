#include "cmd_check.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "json_output.hpp"
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

enum class Verdict { outside_window, within_window, closed, no_deadline };

constexpr std::string_view verdict_name(Verdict v) {
    switch (v) {
    case Verdict::outside_window: return "outside_window";
    case Verdict::within_window: return "within_window";
    case Verdict::closed: return "closed";
    case Verdict::no_deadline: return "no_deadline";
    }
    return "";
}

int exit_status_of(Verdict v) {
    switch (v) {
    case Verdict::within_window: return exit_within_window;
    case Verdict::closed: return exit_closed;
    case Verdict::outside_window:
    case Verdict::no_deadline: return exit_ok;
    }
    return exit_ok;
}

// Inside the window means closing at most `within` from now; closed wins only when every
// deadline of the intake has closed, since a later milestone still lets the applicant act.
Verdict verdict_of(const std::vector<Answer>& answers, std::chrono::seconds within) {
    bool any_dated = false;
    bool any_open = false;
    bool any_within = false;
    for (const auto& a : answers) {
        if (!a.remaining) {
            continue;
        }
        any_dated = true;
        if (a.remaining->count() > 0) {
            any_open = true;
            any_within = any_within || *a.remaining <= within;
        }
    }
    if (!any_dated) {
        return Verdict::no_deadline;
    }
    if (!any_open) {
        return Verdict::closed;
    }
    return any_within ? Verdict::within_window : Verdict::outside_window;
}

std::string verdict_line(Verdict verdict, const Answer& a, std::string_view within_text,
                         const Context& c) {
    const std::string what =
        fmt::format("{} {}", group_title(a.group), milestone_title(a.milestone));
    if (a.closed_to_group) {
        return fmt::format("no deadline: {} is not open to {} applicants", a.programme->name,
                           group_title(a.group));
    }
    if (!a.occurrence && a.programme != nullptr && a.programme->deadlines == DeadlineSource::own) {
        return fmt::format("no deadline: {} sets its own, and this data has no date for it; see {}",
                           a.programme->name, a.programme->url);
    }
    if (!a.occurrence) {
        return fmt::format("no deadline: the data has no current {} for {} applicants",
                           milestone_title(a.milestone), group_title(a.group));
    }
    const std::string when =
        fmt::format("{} {}", short_datetime(a.occurrence->closes, *c.catalog.meta.zone),
                    zone_abbreviation(a.occurrence->closes, *c.catalog.meta.zone));
    switch (verdict) {
    case Verdict::closed:
        return fmt::format(
            "closed: the {} for {} closed {} ({})", what, intake_title(a.occurrence->intake),
            a.remaining->count() == 0 ? std::string("just now")
                                      : fmt::format("{} ago", long_duration(*a.remaining)),
            when);
    case Verdict::within_window:
    case Verdict::outside_window:
        return fmt::format("{}: the {} for {} closes in {} ({}), {} {}",
                           verdict == Verdict::within_window ? "within window" : "outside window",
                           what, intake_title(a.occurrence->intake), long_duration(*a.remaining),
                           when, verdict == Verdict::within_window ? "within" : "more than",
                           within_text);
    case Verdict::no_deadline: break;
    }
    return "";
}

int run_check(const CheckOptions& options, Context& context) {
    const auto window = parse_duration(options.within);
    if (!window.value) {
        throw UsageError(fmt::format("{} (in --within)", window.error));
    }
    if (options.json && options.format) {
        throw UsageError("--json and --format cannot be used together");
    }
    const ProfileAnswers collected = collect_answers(options.profile, context);
    if (!collected.resolution) {
        throw UsageError("check needs to know who is asking: give --citizenship, --degree-from, "
                         "--norwegian-id, --refugee or --category");
    }
    const auto& answers = collected.groups.front().answers;
    const Verdict verdict = verdict_of(answers, *window.value);
    const int status = exit_status_of(verdict);

    if (options.json || options.format) {
        Json results = Json::array();
        std::vector<FieldRecord> records;
        for (const auto& a : answers) {
            results.push_back(json_result(a, collected.resolution, context));
            records.push_back(deadline_fields(results.back(), a));
            records.back().emplace_back("within_seconds", window.value->count());
            records.back().emplace_back("verdict", std::string(verdict_name(verdict)));
            records.back().emplace_back("exit_status", static_cast<long long>(status));
        }
        if (options.format) {
            print_formatted(*options.format, records, context);
            return status;
        }
        Json doc = json_envelope(context);
        doc["within_seconds"] = window.value->count();
        doc["verdict"] = verdict_name(verdict);
        doc["exit_status"] = status;
        doc["results"] = std::move(results);
        write_json(doc, context);
        return status;
    }
    if (!options.quiet) {
        // The answer that decided: the soonest still open, else the last to have closed.
        const Answer* decisive = &answers.front();
        for (const auto& a : answers) {
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

Command register_check(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* sub = app.add_subcommand(
        "check", "For scripts: the exit status says whether the deadline closes within DURATION");
    sub->add_option("--within", options->within, "The window, such as 14d, 12h, 90m, 2w or 1d12h")
        ->option_text("DURATION")
        ->required();
    add_profile_options(*sub, options->profile);
    add_programme_option(*sub, options->profile);
    sub->add_flag("-q,--quiet", options->quiet, "Print nothing; only the exit status speaks");
    sub->add_flag("--json", options->json, "Print JSON for scripts (schema_version 1)");
    sub->add_option("--format", options->format,
                    "Print one line per result from a template; fields as for deadline, plus "
                    "within_seconds, verdict and exit_status")
        ->option_text("TEMPLATE");
    sub->footer(
        "Exit status: 0 more than DURATION remains (or no dated deadline), 3 the deadline\n"
        "closes within DURATION, 4 the intake's deadline has closed (with --intake),\n"
        "2 usage error, 1 data error.\n\n"
        "Examples:\n"
        "  ntnu check --within 14d --citizenship US\n"
        "  ntnu check --within 30d --category eu-eea --intake autumn-2027 --quiet\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_check(*options, context); }};
}

} // namespace ntnu
