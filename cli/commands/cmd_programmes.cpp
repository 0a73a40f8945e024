// SPDX-License-Identifier: MIT
#include "command_list.hpp"
#include "layout.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "json_output.hpp"
#include "printable.hpp"
#include "profile_options.hpp"
#include "programme_deadlines.hpp"
#include "programme_search.hpp"
#include "render_programme.hpp"
#include "render_programme_deadlines.hpp"
#include "render_requirements.hpp"
#include "result_fields.hpp"
#include "script_output.hpp"
#include "style.hpp"
#include "table.hpp"
#include "text.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace ntnu {
namespace {

struct ProgrammesOptions {
    std::optional<std::string> campus;
    std::optional<std::string> level;
    std::optional<std::string> search;
    std::optional<std::string> open_to;
    ProfileOptions profile; // who is asking: each row then shows their own deadline
    bool still_open = false;
    ScriptOptions script;
};

struct ProgrammeOptions {
    std::string id;
    ProfileOptions profile;
    ScriptOptions script;
};

Json programme_json(const Programme& p, const Meta& meta) {
    Json campuses = Json::array();
    for (const Campus campus : p.campuses) {
        campuses.push_back(to_string(campus));
    }
    Json closed_to = Json::array();
    for (const Group group : p.closed_to) {
        closed_to.push_back(to_string(group));
    }
    Json j;
    j["id"] = p.id;
    j["name"] = p.name;
    j["level"] = to_string(p.level);
    j["campuses"] = std::move(campuses);
    j["duration_years"] = p.duration_years ? Json(*p.duration_years) : Json(nullptr);
    j["kind"] = to_string(p.kind);
    j["url"] = p.url;
    j["closed_to"] = std::move(closed_to);
    j["deadlines"] = to_string(p.deadlines);
    j["note"] = p.note.empty() ? Json(nullptr) : Json(p.note);
    j["confidence"] = to_string(p.provenance.confidence);
    j["sources"] = p.provenance.sources;
    // Additions: the admission condition the tool cannot check, and how old the source is.
    j["requirement"] = p.requirement.empty() ? Json(nullptr) : Json(p.requirement);
    j["source_year"] = p.source_year == 0 ? Json(nullptr) : Json(p.source_year);
    j["source_old"] = programme_source_is_old(p, meta);
    j["source_details"] = source_details_json(p.provenance.source_details);
    j["language"] = p.language == TeachingLanguage::unconfirmed
                        ? Json(nullptr)
                        : Json(p.language == TeachingLanguage::english ? "english" : "norwegian");
    // Intakes NTNU paused: `paused` is true when any is, the list says which.
    Json paused = Json::array();
    for (const auto& pause : p.paused) {
        paused.push_back(Json{{"intake", intake_id(pause.intake)},
                              {"sources", pause.sources},
                              {"source_details", source_details_json(pause.source_details)}});
    }
    j["paused"] = !p.paused.empty();
    j["paused_intakes"] = std::move(paused);
    return j;
}

// The applicant's own deadline for the programme (with a profile): the same keys as a
// deadline result, so scripts read both alike.
void add_deadline_json(Json& j, const ProgrammeDeadline& r, const Context& c) {
    const Occurrence* o = r.occurrence ? &*r.occurrence : nullptr;
    j["deadline"] = o ? Json(format_rfc3339(o->closes, *c.catalog.meta.zone)) : Json(nullptr);
    j["deadline_utc"] = o ? Json(format_rfc3339_utc(o->closes)) : Json(nullptr);
    j["deadline_in_time_zone"] = o ? Json(format_rfc3339(o->closes, *c.zone)) : Json(nullptr);
    j["remaining_seconds"] = r.remaining ? Json(r.remaining->count()) : Json(nullptr);
    j["status"] = to_string(r.status);
    j["applies_as"] = r.programme != nullptr ? Json(to_string(r.applies_as)) : Json(nullptr);
    j["intake"] = Json{{"semester", to_string(r.intake.semester)}, {"year", r.intake.year}};
    j["own_deadline"] = r.own_date;
    j["deadline_id"] = o ? Json(o->deadline_id) : Json(nullptr);
}

using fmt::arg;

Campus campus_option(const std::string& text, const Language& l) {
    if (text.empty()) {
        throw UsageError(l.format(Msg::error_empty_value, arg("option", "--campus")));
    }
    if (const auto campus = parse_campus(text)) {
        return *campus;
    }
    std::vector<std::string> names;
    for (const Campus campus : all_values<Campus>()) {
        names.emplace_back(to_string(campus));
    }
    const auto hint = closest_matches(text, names);
    throw UsageError(l.format(Msg::error_unknown_campus, arg("value", text),
                              arg("hint", hint_text(hint, l)),
                              arg("choices", fmt::format("{}", fmt::join(names, ", ")))));
}

ProgrammeFilter filter_of(const ProgrammesOptions& o, const Language& l) {
    ProgrammeFilter f;
    if (o.campus) {
        f.campus = campus_option(*o.campus, l);
    }
    if (o.level) {
        f.level = parse_choice<Level>(*o.level, "--level", l);
    }
    if (o.open_to) {
        f.open_to = parse_choice<Group>(*o.open_to, "--open-to", l);
    }
    f.search = o.search.value_or("");
    return f;
}

// With a profile: each programme with the applicant's own deadline for the coming intake.
int run_for_applicant(const ProgrammesOptions& options, const ProgrammeFilter& filter,
                      const ResolvedProfile& resolved, Context& context) {
    ProgrammeDeadlineQuery query;
    query.now = context.now;
    query.intake = resolved.intake.value_or(coming_intake(context.now, *context.catalog.meta.zone));
    auto rows = programme_deadlines(context.catalog, find_programmes(context.catalog, filter),
                                    resolved.profile, query);
    const auto all = rows.size();
    if (options.still_open) {
        std::erase_if(rows, [](const ProgrammeDeadline& r) { return !still_open(r); });
    }
    if (options.script.wanted()) {
        ScriptAnswer answer;
        Json list = Json::array();
        for (const auto& r : rows) {
            list.push_back(programme_json(*r.programme, context.catalog.meta));
            add_deadline_json(list.back(), r, context);
            answer.records.push_back(fields_from_json(list.back()));
        }
        Json blank = programme_json(Programme{}, context.catalog.meta);
        add_deadline_json(blank, ProgrammeDeadline{}, context);
        answer.fields = field_names_of(fields_from_json(blank));
        answer.document["programmes"] = std::move(list);
        write_script_answer(options.script, answer, context);
        return exit_ok;
    }
    const Group group =
        resolve_group(resolved.profile, context.catalog, filter.level.value_or(Level::master))
            .group;
    render_programme_deadlines(
        {rows, filter, group, query.intake, options.still_open, all - rows.size()}, context);
    return exit_ok;
}

int run_programmes(const ProgrammesOptions& options, Context& context) {
    const ProgrammeFilter filter = filter_of(options, context.lang);
    const ResolvedProfile resolved = resolve_profile(options.profile, context.lang);
    if (!resolved.profile.empty()) {
        return run_for_applicant(options, filter, resolved, context);
    }
    // Without a profile there is nobody whose deadline to show: the catalogue as it was.
    for (const auto& [given, name] : {std::pair{options.still_open, "--still-open"},
                                      std::pair{options.profile.intake.has_value(), "--intake"}}) {
        if (given) {
            throw UsageError(
                context.lang.format(Msg::error_programmes_needs_profile, arg("option", name)));
        }
    }
    const auto found = find_programmes(context.catalog, filter);
    if (options.script.wanted()) {
        // The catalogue's facts, without a deadline's date: no word on the data's age, as in
        // the table.
        ScriptAnswer answer;
        answer.dated = Dated::no;
        Json list = Json::array();
        for (const auto* p : found) {
            list.push_back(programme_json(*p, context.catalog.meta));
            answer.records.push_back(fields_from_json(list.back()));
        }
        // programme_json writes every key for any programme, so a blank one names the fields
        // even when the search matched none.
        if (!context.catalog.programmes.empty()) {
            answer.fields =
                field_names_of(fields_from_json(programme_json(Programme{}, context.catalog.meta)));
        }
        answer.document["programmes"] = std::move(list);
        write_script_answer(options.script, answer, context);
        return exit_ok;
    }
    render_programmes(found, filter, context);
    return exit_ok;
}

int run_programme(const ProgrammeOptions& options, Context& context) {
    if (options.id.empty()) {
        throw UsageError(std::string(context.lang.text(Msg::error_programme_missing_id)));
    }
    ProfileOptions profile = options.profile;
    profile.programme = options.id;
    const ProfileAnswers collected = collect_answers(profile, context);
    const Programme& programme = *collected.programme;

    if (options.script.wanted()) {
        ScriptAnswer answer;
        Json results = Json::array();
        for (const auto& g : collected.groups) {
            for (const auto& a : g.answers) {
                results.push_back(json_result(a, collected.resolution, context));
                answer.records.push_back(deadline_fields(results.back(), a));
                answer.records.back().emplace_back("programme_name", programme.name);
            }
        }
        answer.document["programme"] = programme_json(programme, context.catalog.meta);
        answer.document["results"] = std::move(results);
        write_script_answer(options.script, answer, context);
        return exit_ok;
    }
    render_programme_details(programme, context);
    context.out << "\n";
    if (collected.resolution) {
        render_card(collected.groups.front(), collected.resolution, collected.profile.level,
                    Explain::brief, context);
        render_requirements_count(profile_requirements(collected, context), context);
    } else {
        render_programme_overview(programme, collected.groups, context);
    }
    return exit_ok;
}

Command register_programmes(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<ProgrammesOptions>();
    completes(sub->add_option("--campus", options->campus, help(l, Msg::help_campus)), "campuses")
        ->option_text(help(l, Msg::metavar_campus));
    completes(sub->add_option("--level", options->level, help(l, Msg::help_programmes_level)),
              "levels")
        ->option_text(help(l, Msg::metavar_level));
    sub->add_option("--search", options->search, help(l, Msg::help_search))
        ->option_text(help(l, Msg::metavar_text));
    completes(sub->add_option("--open-to", options->open_to, help(l, Msg::help_open_to)),
              "categories")
        ->option_text(help(l, Msg::metavar_group));
    // The profile without --level: --level here stays the filter above.
    add_applicant_options(*sub, options->profile, l);
    sub->add_flag("--still-open", options->still_open, help(l, Msg::help_still_open));
    add_script_options(*sub, options->script, l, Msg::help_programmes_format);
    sub->footer(command_footer(l, Msg::help_programmes_footer));
    Command command{sub, [options](Context& context) { return run_programmes(*options, context); }};
    // find_programmes keeps only the programmes the search finds, whatever else the filter
    // asks: those are all the command reads.
    return command;
}

Command register_programme(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<ProgrammeOptions>();
    completes(sub->add_option("ID", options->id, help(l, Msg::help_programme_id)), "programmes");
    add_profile_options(*sub, options->profile, l);
    add_script_options(*sub, options->script, l, Msg::help_programme_format);
    sub->footer(command_footer(l, Msg::help_programme_footer));
    return {sub, [options](Context& context) { return run_programme(*options, context); }};
}

} // namespace

const CommandDefinition programmes_command{"programmes", Msg::help_programmes, Needs::context,
                                           register_programmes};
const CommandDefinition programme_command{"programme", Msg::help_programme_command, Needs::context,
                                          register_programme};

} // namespace ntnu
