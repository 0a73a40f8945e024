// SPDX-License-Identifier: MIT
#include "cmd_programmes.hpp"
#include "layout.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "json_output.hpp"
#include "printable.hpp"
#include "profile_options.hpp"
#include "programme_search.hpp"
#include "render_programme.hpp"
#include "result_fields.hpp"
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
    bool json = false;
    std::optional<std::string> format;
};

struct ProgrammeOptions {
    std::string id;
    ProfileOptions profile;
    bool json = false;
    std::optional<std::string> format;
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

// Prints the records through the template. With no records the template is still checked
// against `fields`, so a typo is an error whether or not anything matched.
void print_records(const std::string& format, const std::vector<FieldRecord>& records,
                   const std::vector<std::string>& fields, const Context& context) {
    if (records.empty()) {
        if (!fields.empty()) {
            const FormatTemplate check(format, fields, context.lang);
        }
        return;
    }
    print_formatted(format, records, context);
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

// What the filter asked for, in words: "at Gjøvik, matching 'security'".
std::string filter_text(const ProgrammeFilter& f, const Language& l) {
    std::vector<std::string> parts;
    if (f.level) {
        parts.push_back(
            l.format(Msg::programmes_filter_level, arg("level", level_title(*f.level, l))));
    }
    if (f.campus) {
        parts.push_back(
            l.format(Msg::programmes_filter_campus, arg("campus", campus_name(*f.campus))));
    }
    if (f.open_to) {
        parts.push_back(
            l.format(Msg::programmes_filter_open_to, arg("group", group_title(*f.open_to, l))));
    }
    if (!f.search.empty()) {
        // Echoed to a terminal: no control character (C1's CSI included), bidirectional
        // override or byte that is not UTF-8 may reach it.
        parts.push_back(l.format(Msg::programmes_filter_search, arg("text", printable(f.search))));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

void render_programmes(const std::vector<const Programme*>& found, const ProgrammeFilter& filter,
                       Context& c) {
    const auto& l = c.lang;
    const std::string asked = filter_text(filter, l);
    heading(c, asked.empty() ? l.format(Msg::programmes_title_all, arg("count", found.size()))
                             : l.format(Msg::programmes_title_filtered, arg("filter", asked),
                                        arg("found", found.size()),
                                        arg("total", c.catalog.programmes.size())));
    c.out << "\n";

    if (found.empty()) {
        footnote(c, l.text(Msg::programmes_no_match), Tone::plain);
    } else {
        bool any_own = false;
        bool any_restricted = false;
        bool any_paused = false;
        std::vector<Row> rows;
        for (const auto* p : found) {
            std::string flags;
            if (p->deadlines == DeadlineSource::own) {
                flags += l.text(Msg::programmes_flag_own);
                any_own = true;
            }
            if (!p->closed_to.empty()) {
                flags += l.text(Msg::programmes_flag_restricted);
                any_restricted = true;
            }
            if (!p->paused.empty()) {
                flags += l.text(Msg::programmes_flag_paused);
                any_paused = true;
            }
            rows.push_back({{p->id, Tone::emphasis},
                            {p->name},
                            {campus_list(*p, l), p->campuses.empty() ? Tone::dim : Tone::plain},
                            {p->duration_years ? std::to_string(*p->duration_years) : ""},
                            {kind_title(p->kind, l)},
                            {flags, Tone::warn}});
        }
        c.out << render_fitted_table({{std::string(l.text(Msg::column_id))},
                                      {std::string(l.text(Msg::column_name))},
                                      {std::string(l.text(Msg::column_campus))},
                                      {std::string(l.text(Msg::column_years))},
                                      {std::string(l.text(Msg::column_kind))},
                                      {std::string(l.text(Msg::column_flags))}},
                                     rows,
                                     {Wrap::no, Wrap::yes, Wrap::yes, Wrap::no, Wrap::no, Wrap::no},
                                     c.colour, c.width);
        c.out << "\n";
        if (any_own) {
            footnote(c, l.text(Msg::programmes_flag_own_note), Tone::plain);
        }
        if (any_restricted) {
            footnote(c, l.text(Msg::programmes_flag_restricted_note), Tone::plain);
        }
        if (any_paused) {
            footnote(c, l.text(Msg::programmes_flag_paused_note), Tone::plain);
        }
    }
    if (filter.campus) {
        ProgrammeFilter anywhere = filter;
        anywhere.campus.reset();
        std::vector<std::string> unplaced;
        for (const auto* p : find_programmes(c.catalog, anywhere)) {
            if (p->campuses.empty()) {
                unplaced.push_back(p->id);
            }
        }
        if (!unplaced.empty()) {
            footnote(
                c,
                l.format(l.plural(static_cast<long long>(unplaced.size()),
                                  Msg::programmes_unplaced_one, Msg::programmes_unplaced_other),
                         arg("n", unplaced.size()),
                         arg("ids", fmt::format("{}", fmt::join(unplaced, ", ")))),
                Tone::dim);
        }
    }
    footnote(c, l.text(Msg::programmes_footer_note), Tone::dim);
}

int run_programmes(const ProgrammesOptions& options, Context& context) {
    if (options.json && options.format) {
        throw UsageError(std::string(context.lang.text(Msg::error_json_and_format)));
    }
    const ProgrammeFilter filter = filter_of(options, context.lang);
    const auto found = find_programmes(context.catalog, filter);
    if (options.json || options.format) {
        Json list = Json::array();
        std::vector<FieldRecord> records;
        for (const auto* p : found) {
            list.push_back(programme_json(*p, context.catalog.meta));
            records.push_back(fields_from_json(list.back()));
        }
        if (options.format) {
            // programme_json writes every key for any programme, so a blank one names the
            // fields even when the search matched none.
            std::vector<std::string> fields;
            if (!context.catalog.programmes.empty()) {
                fields = field_names_of(
                    fields_from_json(programme_json(Programme{}, context.catalog.meta)));
            }
            print_records(*options.format, records, fields, context);
            return exit_ok;
        }
        Json doc = json_envelope(context);
        doc["programmes"] = std::move(list);
        write_json(doc, context);
        return exit_ok;
    }
    render_programmes(found, filter, context);
    return exit_ok;
}

int run_programme(const ProgrammeOptions& options, Context& context) {
    if (options.json && options.format) {
        throw UsageError(std::string(context.lang.text(Msg::error_json_and_format)));
    }
    if (options.id.empty()) {
        throw UsageError(std::string(context.lang.text(Msg::error_programme_missing_id)));
    }
    ProfileOptions profile = options.profile;
    profile.programme = options.id;
    const ProfileAnswers collected = collect_answers(profile, context);
    const Programme& programme = *collected.programme;

    if (options.json || options.format) {
        Json results = Json::array();
        std::vector<FieldRecord> records;
        for (const auto& g : collected.groups) {
            for (const auto& a : g.answers) {
                results.push_back(json_result(a, collected.resolution, context));
                records.push_back(deadline_fields(results.back(), a));
                records.back().emplace_back("programme_name", programme.name);
            }
        }
        if (options.format) {
            print_formatted(*options.format, records, context);
            return exit_ok;
        }
        Json doc = json_envelope(context);
        doc["programme"] = programme_json(programme, context.catalog.meta);
        doc["results"] = std::move(results);
        write_json(doc, context);
        return exit_ok;
    }
    render_programme_details(programme, context);
    context.out << "\n";
    if (collected.resolution) {
        render_card(collected.groups.front(), collected.resolution, collected.profile.level,
                    Explain::brief, context);
    } else {
        render_programme_overview(programme, collected.groups, context);
    }
    return exit_ok;
}

} // namespace

Command register_programmes(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<ProgrammesOptions>();
    sub->add_option("--campus", options->campus, help(l, Msg::help_campus))
        ->option_text(help(l, Msg::metavar_campus));
    sub->add_option("--level", options->level, help(l, Msg::help_programmes_level))
        ->option_text(help(l, Msg::metavar_level));
    sub->add_option("--search", options->search, help(l, Msg::help_search))
        ->option_text(help(l, Msg::metavar_text));
    sub->add_option("--open-to", options->open_to, help(l, Msg::help_open_to))
        ->option_text(help(l, Msg::metavar_group));
    sub->add_flag("--json", options->json, help(l, Msg::help_json));
    sub->add_option("--format", options->format, help(l, Msg::help_programmes_format))
        ->option_text(help(l, Msg::metavar_template));
    sub->footer(command_footer(l, Msg::help_programmes_footer));
    Command command{sub, [options](Context& context) { return run_programmes(*options, context); }};
    // find_programmes keeps only the programmes the search finds, whatever else the filter
    // asks: those are all the command reads.
    return command;
}

Command register_programme(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<ProgrammeOptions>();
    sub->add_option("ID", options->id, help(l, Msg::help_programme_id))
        ->type_name(help(l, Msg::metavar_text));
    add_profile_options(*sub, options->profile, l);
    sub->add_flag("--json", options->json, help(l, Msg::help_json));
    sub->add_option("--format", options->format, help(l, Msg::help_programme_format))
        ->option_text(help(l, Msg::metavar_template));
    sub->footer(command_footer(l, Msg::help_programme_footer));
    return {sub, [options](Context& context) { return run_programme(*options, context); }};
}

} // namespace ntnu
