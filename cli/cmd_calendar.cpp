#include "cmd_calendar.hpp"

#include "answers.hpp"
#include "atomic_file.hpp"
#include "errors.hpp"
#include "icalendar.hpp"
#include "profile_options.hpp"
#include "version.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <memory>
#include <ostream>
#include <sstream>

namespace ntnu {
namespace {

struct CalendarOptions {
    ProfileOptions profile;
    std::optional<std::string> output;
    bool force = false;
    std::optional<std::string> alarms;
    bool all = false;
};

struct Alarm {
    std::chrono::seconds before{};
    std::string text; // as typed: "14d"
};

std::vector<Alarm> parse_alarms(const std::string& list) {
    std::vector<Alarm> out;
    std::size_t start = 0;
    while (true) {
        const auto comma = list.find(',', start);
        const std::string item =
            list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto parsed = parse_duration(item);
        if (!parsed.value) {
            throw UsageError(fmt::format("{} (in --alarm)", parsed.error));
        }
        out.push_back({*parsed.value, item});
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return out;
}

std::string confidence_words(Confidence c) {
    return std::string(to_string(c));
}

IcsEvent event_of(const Answer& a, const std::vector<Alarm>& alarms, const Context& context) {
    const Occurrence& o = *a.occurrence;
    const auto& oslo = *context.catalog.meta.zone;
    IcsEvent e;
    e.uid = fmt::format("{}-{}-{}", o.deadline_id, intake_id(o.intake), to_string(a.group));
    if (a.programme != nullptr) {
        e.uid += "-" + a.programme->id;
    }
    e.uid += "@ntnu.cli";
    e.start = o.closes;
    const std::string what = a.programme != nullptr ? a.programme->name : "NTNU";
    e.summary = fmt::format("{}: {} ({}, {}, {})", what, milestone_title(o.milestone),
                            group_title(a.group), level_title(a.level), intake_title(o.intake));

    std::vector<std::string> sources = o.sources;
    for (const auto& url : o.time_sources) {
        sources.push_back(url);
    }
    std::string d;
    d += fmt::format("The {} for {} applicants to NTNU's {}", milestone_title(o.milestone),
                     group_title(a.group), level_title(a.level));
    if (a.programme != nullptr) {
        d += fmt::format(" ({}, {})", a.programme->name, a.programme->id);
    }
    d += fmt::format(", {} intake.\n", intake_title(o.intake));
    d += fmt::format("Closes {} in {} ({}).\n", date::format("%F %H:%M", o.local), oslo.name(),
                     format_rfc3339(o.closes, oslo));
    d += fmt::format("Rule: {}.\n", o.deadline_id);
    d += fmt::format("Confidence: date {}, time of day {}.\n", confidence_words(o.date_confidence),
                     confidence_words(o.time_confidence));
    if (!o.note.empty()) {
        d += fmt::format("Note: {}\n", o.note);
    }
    if (!sources.empty()) {
        d += "Sources:";
        for (const auto& url : sources) {
            d += " " + url;
        }
        d += "\n";
    }
    d += "Confirm on ntnu.edu before you rely on it.";
    e.description = std::move(d);

    if (a.programme != nullptr && !a.programme->url.empty()) {
        e.url = a.programme->url;
    } else if (!sources.empty()) {
        e.url = sources.front();
    } else if (a.track != nullptr) {
        e.url = a.track->url;
    }
    for (const auto& alarm : alarms) {
        e.alarms.push_back({alarm.before, fmt::format("{} closes in {}", e.summary, alarm.text)});
    }
    return e;
}

int run_calendar(const CalendarOptions& options, Context& context) {
    std::vector<Alarm> alarms;
    if (options.alarms) {
        alarms = parse_alarms(*options.alarms);
    }
    const ProfileOptions& p = options.profile;
    if (options.all &&
        (p.refugee || !p.citizenships.empty() || p.degree_from || p.norwegian_id || p.category)) {
        throw UsageError("--all exports every group's deadlines; drop --citizenship, "
                         "--degree-from, --norwegian-id, --refugee and --category, or --all");
    }
    if (options.output && options.output->empty()) {
        throw UsageError("-o needs a file name");
    }
    const ProfileAnswers collected = collect_answers(p, context);
    std::vector<IcsEvent> events;
    for (const auto& g : collected.groups) {
        for (const auto& a : g.answers) {
            // Rolling and none answers have no instant to put in a calendar.
            if (a.occurrence) {
                events.push_back(event_of(a, alarms, context));
            }
        }
    }
    const std::string text =
        build_calendar(events, fmt::format("-//ntnu//ntnu {}//EN", ntnu_version), context.now);
    if (options.output) {
        write_file_atomically(*options.output, text,
                              options.force ? Overwrite::allow : Overwrite::refuse);
        return exit_ok;
    }
    context.out << text;
    context.out.flush();
    return exit_ok;
}

} // namespace

Command register_calendar(CLI::App& app) {
    auto options = std::make_shared<CalendarOptions>();
    CLI::App* sub = app.add_subcommand(
        "calendar", "Write the deadlines that apply to you as an iCalendar (.ics) file");
    add_profile_options(*sub, options->profile);
    add_programme_option(*sub, options->profile);
    sub->add_option("-o,--output", options->output,
                    "Write to FILE (atomically) instead of standard output")
        ->option_text("FILE");
    sub->add_flag("--force", options->force, "Overwrite FILE if it exists");
    sub->add_option("--alarm", options->alarms,
                    "Add a reminder this long before each deadline; a comma list such as "
                    "14d,1d")
        ->option_text("DURATIONS");
    sub->add_flag("--all", options->all,
                  "Export every group's deadlines (for advisers), not only the profile's");
    sub->footer(
        "Without a profile, or with --all, every group's deadlines of the level are written.\n"
        "Each deadline of the next intake is one event, at its closing instant in UTC.\n"
        "Exit status: 0 written, 2 usage error (also: FILE exists and no --force),\n"
        "1 FILE could not be written.\n\n"
        "Examples:\n"
        "  ntnu calendar --citizenship IN -o ntnu.ics\n"
        "  ntnu calendar --citizenship IN --alarm 14d,1d > ntnu.ics\n"
        "  ntnu calendar --level exchange --citizenship BR\n"
        "  ntnu calendar --all -o all-groups.ics --force\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_calendar(*options, context); }};
}

} // namespace ntnu
