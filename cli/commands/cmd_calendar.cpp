// SPDX-License-Identifier: MIT
#include "command_list.hpp"

#include "answers.hpp"
#include "atomic_file.hpp"
#include "errors.hpp"
#include "icalendar.hpp"
#include "input_errors.hpp"
#include "profile_options.hpp"
#include "render_deadline.hpp"
#include "render_journey.hpp"
#include "render_time.hpp"
#include "version.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>
#include <set>
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
    std::string text; // in words, in the output language: "14 days"
};

// Each alarm is copied into every event, so the list is bounded: a long --alarm would
// otherwise multiply into every event of the calendar (a 129 KB argument made 120 MB).
constexpr std::size_t max_alarms = 10;

// The alarms of a comma-separated list, in its order, each time once: "1d,24h" is one alarm,
// the first as typed. More than max_alarms different times is a usage error.
std::vector<Alarm> parse_alarms(const std::string& list, const Language& l) {
    std::vector<Alarm> out;
    std::set<std::chrono::seconds> seen;
    std::size_t start = 0;
    while (true) {
        const auto comma = list.find(',', start);
        const std::string item =
            list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto parsed = parse_duration(item);
        if (!parsed.value) {
            throw UsageError(duration_error(item, parsed, "--alarm", l));
        }
        if (seen.insert(*parsed.value).second) {
            out.push_back({*parsed.value, spoken_duration(*parsed.value, l)});
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    if (out.size() > max_alarms) {
        throw UsageError(l.format(Msg::error_alarm_too_many, fmt::arg("count", out.size()),
                                  fmt::arg("most", max_alarms)));
    }
    return out;
}

// SUMMARY, DESCRIPTION and the alarms' text are for people, so they are in the output language;
// UIDs, times and the calendar's structure are not.
IcsEvent event_of(const Answer& a, const std::vector<Alarm>& alarms, const Context& context) {
    using fmt::arg;
    const auto& l = context.lang;
    const Occurrence& o = *a.occurrence;
    const auto& oslo = *context.catalog.meta.zone;
    IcsEvent e;
    // The applicant's category, so a refugee's regular-route event never shares a UID with the
    // regular group's own event.
    const Group category = a.instead_of ? a.instead_of->group : a.group;
    e.uid = fmt::format("{}-{}-{}", o.deadline_id, intake_id(o.intake), to_string(category));
    if (a.programme != nullptr) {
        e.uid += "-" + a.programme->id;
    }
    e.uid += "@ntnu.cli";
    e.start = o.closes;
    const std::string what = a.programme != nullptr ? a.programme->name : "NTNU";
    const std::string milestone_text = milestone_title(o.milestone, l);
    const std::string group_text = group_title(a.group, l);
    const std::string level_text = level_title(a.level, l);
    // A scheme's intake may be inferred ("spring 2027 (inferred)"): the page dates it only.
    const std::string intake_text =
        a.scheme ? answer_intake_title(a, l) : intake_title(o.intake, l);
    // fmt::arg keeps a reference: the texts above must outlive these.
    const auto milestone = arg("milestone", milestone_text);
    const auto group = arg("group", group_text);
    const auto level = arg("level", level_text);
    const auto intake = arg("intake", intake_text);
    std::string d;
    if (a.scheme) {
        // The refugees' temporary study places are a scheme of their own, not the level's
        // programmes: the event must not say "master's programmes".
        // "~spring 2027" in the title, as in the overview: the page does not name the intake.
        const bool inferred = o.intake_confidence != Confidence::confirmed;
        e.summary = l.format(Msg::calendar_scheme_summary, arg("what", what), milestone, group,
                             arg("intake", (inferred ? "~" : "") + intake_title(o.intake, l)));
        d += l.format(Msg::calendar_scheme_what, milestone, group, intake);
    } else {
        e.summary =
            l.format(Msg::calendar_summary, arg("what", what), milestone, group, level, intake);
        d += l.format(
            Msg::calendar_what, milestone, group, level,
            arg("programme", a.programme != nullptr
                                 ? fmt::format(" ({}, {})", a.programme->name, a.programme->id)
                                 : std::string()),
            intake);
    }
    d += "\n";

    const std::vector<std::string>& sources = o.sources;
    d += l.format(Msg::calendar_closes, arg("local", long_local_datetime(o.closes, oslo, l)),
                  arg("zone", oslo.name()), arg("instant", format_rfc3339(o.closes, oslo)));
    d += "\n";
    d += l.format(Msg::calendar_rule, arg("rule", o.deadline_id));
    d += "\n";
    d += l.format(Msg::calendar_confidence, arg("date", confidence_title(o.date_confidence, l)),
                  arg("time_of_day", confidence_title(o.time_confidence, l)));
    d += "\n";
    if (!o.note.empty()) {
        d += l.format(Msg::calendar_note, arg("note", note_in(o.note, o.note_nb, l)));
        d += "\n";
    }
    if (!sources.empty()) {
        d += l.format(Msg::calendar_sources,
                      arg("urls", fmt::format("{}", fmt::join(sources, " "))));
        d += "\n";
    }
    if (!o.time_sources.empty()) {
        d += l.format(Msg::calendar_time_sources,
                      arg("urls", fmt::format("{}", fmt::join(o.time_sources, " "))));
        d += "\n";
    }
    d += l.text(Msg::calendar_confirm);
    e.description = std::move(d);

    if (a.programme != nullptr && !a.programme->url.empty()) {
        e.url = a.programme->url;
    } else if (!sources.empty()) {
        e.url = sources.front();
    } else if (a.track != nullptr) {
        e.url = a.track->url;
    }
    for (const auto& alarm : alarms) {
        e.alarms.push_back({alarm.before, l.format(Msg::calendar_alarm, arg("summary", e.summary),
                                                   arg("before", alarm.text))});
    }
    return e;
}

// The dated steps after the application deadline (results, reply, semester start, ...): one
// all-day event each, with its source. The UID is built as a deadline's, from the step's id,
// so a re-import updates the event rather than adding another.
void add_step_events(const Answer& a, const ProfileAnswers& collected,
                     const std::vector<Alarm>& alarms, Context& context,
                     std::vector<IcsEvent>& events) {
    using fmt::arg;
    const auto& l = context.lang;
    const Occurrence& o = *a.occurrence;
    const Group category = a.instead_of ? a.instead_of->group : a.group;
    const Profile* profile = collected.resolution ? &collected.profile.profile : nullptr;
    for (const auto& e : journey_for(a.level, a.group, o.intake, a.programme, profile, context)) {
        if (e.precision != StepPrecision::day || e.step->at_deadline) {
            continue;
        }
        IcsEvent ev;
        ev.uid = fmt::format("{}-{}-{}", e.step->id, intake_id(o.intake), to_string(category));
        if (a.programme != nullptr) {
            ev.uid += "-" + a.programme->id;
        }
        ev.uid += "@ntnu.cli";
        if (std::any_of(events.begin(), events.end(),
                        [&](const IcsEvent& x) { return x.uid == ev.uid; })) {
            continue;
        }
        ev.day = e.day;
        const std::string what = a.programme != nullptr ? a.programme->name : "NTNU";
        const std::string step_text = journey_title(e, l);
        const std::string group_text = group_title(a.group, l);
        const std::string level_text = level_title(a.level, l);
        const std::string intake_text = intake_title(o.intake, l);
        const auto step = arg("step", step_text);
        const auto group = arg("group", group_text);
        const auto level = arg("level", level_text);
        const auto intake = arg("intake", intake_text);
        ev.summary =
            l.format(Msg::calendar_step_summary, arg("what", what), step, group, level, intake);
        std::string d;
        d += l.format(
            Msg::calendar_step_what, step, group, level,
            arg("programme", a.programme != nullptr
                                 ? fmt::format(" ({}, {})", a.programme->name, a.programme->id)
                                 : std::string()),
            intake);
        d += "\n";
        d += l.format(Msg::calendar_step_day, arg("date", long_date(e.day, l)));
        d += "\n";
        d += l.format(Msg::calendar_step_id, arg("step", e.step->id));
        d += "\n";
        d += l.format(Msg::calendar_step_confidence,
                      arg("confidence", confidence_title(e.confidence, l)));
        d += "\n";
        if (!e.note.empty()) {
            d += l.format(Msg::calendar_note, arg("note", note_in(e.note, e.note_nb, l)));
            d += "\n";
        }
        d += l.format(Msg::calendar_sources,
                      arg("urls", fmt::format("{}", fmt::join(e.sources, " "))));
        d += "\n";
        d += l.text(Msg::calendar_confirm);
        ev.description = std::move(d);
        if (!e.sources.empty()) {
            ev.url = e.sources.front();
        }
        // Before the start of the step's day, wherever the calendar is read.
        for (const auto& alarm : alarms) {
            ev.alarms.push_back(
                {alarm.before, l.format(Msg::calendar_step_alarm, arg("summary", ev.summary),
                                        arg("before", alarm.text))});
        }
        events.push_back(std::move(ev));
    }
}

int run_calendar(const CalendarOptions& options, Context& context) {
    const auto& l = context.lang;
    std::vector<Alarm> alarms;
    if (options.alarms) {
        alarms = parse_alarms(*options.alarms, l);
    }
    const ProfileOptions& p = options.profile;
    if (options.all &&
        (p.refugee || !p.citizenships.empty() || p.degree_from || p.norwegian_id || p.category)) {
        throw UsageError(std::string(l.text(Msg::error_calendar_all_with_profile)));
    }
    if (options.output && options.output->empty()) {
        throw UsageError(std::string(l.text(Msg::error_calendar_empty_output)));
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
    for (const auto& g : collected.groups) {
        for (const auto& a : g.answers) {
            // A scheme's steps are not the level's: NTNU dates its deadline only (its intake is
            // inferred, what it offers unstated), so no semester registration is drawn after it.
            if (a.occurrence && a.milestone == Milestone::apply && !a.scheme) {
                add_step_events(a, collected, alarms, context, events);
            }
        }
    }
    // An empty calendar is a valid file, but an import of it would show nothing: say so.
    if (events.empty()) {
        context.err << "ntnu: " << l.text(Msg::calendar_no_events) << "\n";
    }
    // PRODID's last part names the language of the calendar's text (RFC 5545 §3.7.3).
    const std::string text = build_calendar(
        events, fmt::format("-//ntnu//ntnu {}//{}", ntnu_version, l.text(Msg::calendar_language)),
        context.now);
    // `-o -` is standard output, written where it already points, as with no -o at all.
    if (options.output && *options.output != "-") {
        write_file_atomically(*options.output, text,
                              options.force ? Overwrite::allow : Overwrite::refuse, l);
    } else {
        context.out << text;
        context.out.flush();
    }
    // The calendar's dates are the data's: old data warns here as in every command with a date.
    warn_if_stale(context);
    return exit_ok;
}

Command register_calendar(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CalendarOptions>();
    add_profile_options(*sub, options->profile, l);
    add_programme_option(*sub, options->profile, l);
    completes(sub->add_option("-o,--output", options->output, help(l, Msg::help_output)), "file")
        ->option_text(help(l, Msg::metavar_file));
    sub->add_flag("--force", options->force, help(l, Msg::help_force));
    sub->add_option("--alarm", options->alarms, help(l, Msg::help_alarm))
        ->option_text(help(l, Msg::metavar_durations));
    sub->add_flag("--all", options->all, help(l, Msg::help_all));
    sub->footer(command_footer(l, Msg::help_calendar_footer));
    return {sub, [options](Context& context) { return run_calendar(*options, context); }};
}

} // namespace

const CommandDefinition calendar_command{"calendar", Msg::help_calendar, Needs::context,
                                         register_calendar};

} // namespace ntnu
