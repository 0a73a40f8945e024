// SPDX-License-Identifier: MIT
#include "command_list.hpp"
#include "layout.hpp"

#include "answers.hpp"
#include "cycle.hpp"
#include "errors.hpp"
#include "journey_json.hpp"
#include "json_output.hpp"
#include "render_cycle.hpp"
#include "render_journey.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace ntnu {
namespace {

struct TimelineOptions {
    ProfileOptions profile;
    bool json = false;
    bool all = false;
};

TimelineCycle choose_timeline(const ProfileAnswers& collected, const Context& c) {
    CycleQuery q;
    q.level = collected.profile.level;
    q.programme = collected.programme;
    if (collected.resolution) {
        q.own = collected.resolution->group;
        // A refugee with no separate scheme follows the regular group's cycle.
        const auto& first = collected.groups.front().answers;
        if (!first.empty() && first.front().instead_of) {
            q.own = first.front().group;
        }
    }
    q.intake = collected.profile.intake;
    q.now = c.now;
    TimelineCycle cycle{choose_cycle(c.catalog, q), {}};
    if (!cycle.intake) {
        return cycle;
    }
    for (const Group g : cycle.groups) {
        const bool own = cycle.own == g;
        // The applicant's own status decides their fee and permit steps; other groups are
        // drawn from the group alone.
        cycle.journeys.push_back({g, own ? Mine::yes : Mine::no,
                                  journey_for(cycle.level, g, *cycle.intake, cycle.programme,
                                              own ? &collected.profile.profile : nullptr, c)});
    }
    return cycle;
}

Json urls_json(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    Json out = Json::array();
    for (const auto* list : {&a, &b}) {
        for (const auto& url : *list) {
            if (std::find(out.begin(), out.end(), url) == out.end()) {
                out.push_back(url);
            }
        }
    }
    return out;
}

void write_cycle_json(const TimelineCycle& cycle, bool all, Context& c) {
    const auto& oslo = *c.catalog.meta.zone;
    Json doc = json_envelope(c);
    // Who the cycle was drawn for; nested, so it cannot clash with other commands' keys.
    doc["scope"] = Json{{"level", to_string(cycle.level)},
                        {"category", cycle.own ? Json(to_string(*cycle.own)) : Json(nullptr)},
                        {"programme", cycle.programme ? Json(cycle.programme->id) : Json(nullptr)}};
    doc["intake"] = cycle.intake ? Json{{"semester", to_string(cycle.intake->semester)},
                                        {"year", cycle.intake->year}}
                                 : Json(nullptr);
    const JourneyEntry* start = cycle.intake ? semester_start(cycle) : nullptr;
    doc["semester_start"] =
        start
            ? Json{{"month", fmt::format("{:04}-{:02}", static_cast<int>(start->month.year()),
                                         static_cast<unsigned>(start->month.month()))},
                   {"date",
                    start->precision == StepPrecision::day
                        ? Json(fmt::format("{:04}-{:02}-{:02}", static_cast<int>(start->day.year()),
                                           static_cast<unsigned>(start->day.month()),
                                           static_cast<unsigned>(start->day.day())))
                        : Json(nullptr)},
                   {"confidence", to_string(start->confidence)},
                   {"sources", start->sources}}
            : Json(nullptr);
    Json milestones = Json::array();
    for (const auto& item : cycle.items) {
        const auto& o = item.occurrence;
        milestones.push_back(Json{
            {"group", to_string(item.group)},
            {"milestone", to_string(o.milestone)},
            {"deadline_id", o.deadline_id},
            {"instant", format_rfc3339(o.closes, oslo)},
            {"instant_utc", format_rfc3339_utc(o.closes)},
            {"instant_in_time_zone", format_rfc3339(o.closes, *c.zone)},
            {"applies", item.applies},
            {"past", item.past},
            {"confidence",
             {{"date", to_string(o.date_confidence)},
              {"time_of_day", to_string(o.time_confidence)}}},
            {"sources", urls_json(o.sources, {})},
            {"time_sources", urls_json(o.time_sources, {})},
            {"source_details", source_details_json(o.source_details)},
            {"time_source_details", source_details_json(o.time_source_details)},
            {"note", o.note.empty() ? Json(nullptr) : Json(o.note)},
        });
    }
    doc["milestones"] = std::move(milestones);
    // The steps after the application: the applicant's own, or every group's.
    Json journey = Json::array();
    const GroupJourney* own = own_journey(cycle);
    for (const auto& j : cycle.journeys) {
        if (own == nullptr || all || &j == own) {
            for (auto& entry : journey_json(j.entries, j.group, j.mine)) {
                journey.push_back(std::move(entry));
            }
        }
    }
    doc["journey"] = std::move(journey);
    write_json(doc, c);
}

int run_timeline(const TimelineOptions& options, Context& context) {
    const ProfileAnswers collected = collect_answers(options.profile, context);
    const TimelineCycle cycle = choose_timeline(collected, context);
    if (options.json) {
        write_cycle_json(cycle, options.all, context);
    } else if (cycle.intake) {
        render_cycle(cycle, options.all, context);
    } else {
        render_no_cycle(cycle, context);
    }
    return exit_ok;
}

Command register_timeline(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<TimelineOptions>();
    add_profile_options(*sub, options->profile, l);
    add_programme_option(*sub, options->profile, l);
    sub->add_flag("--json", options->json, help(l, Msg::help_json));
    sub->add_flag("--all", options->all, help(l, Msg::help_timeline_all));
    sub->footer(command_footer(l, Msg::help_timeline_footer));
    return {sub, [options](Context& context) { return run_timeline(*options, context); }};
}

} // namespace

const CommandDefinition timeline_command{"timeline", Msg::help_timeline, Needs::context,
                                         register_timeline};

} // namespace ntnu
