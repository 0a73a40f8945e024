#include "cmd_programmes.hpp"
#include "layout.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "json_output.hpp"
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

Json programme_json(const Programme& p) {
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
    return j;
}

// Prints the records through the template. With no records the template is still checked
// against `fields`, so a typo is an error whether or not anything matched.
void print_records(const std::string& format, const std::vector<FieldRecord>& records,
                   const std::vector<std::string>& fields, const Context& context) {
    if (records.empty()) {
        if (!fields.empty()) {
            const FormatTemplate check(format, fields);
        }
        return;
    }
    print_formatted(format, records, context);
}

Campus campus_option(const std::string& text) {
    if (text.empty()) {
        throw UsageError("empty value for --campus");
    }
    if (const auto campus = parse_campus(text)) {
        return *campus;
    }
    std::vector<std::string> names;
    for (const Campus campus : all_values<Campus>()) {
        names.emplace_back(to_string(campus));
    }
    const auto hint = closest_matches(text, names);
    throw UsageError(fmt::format("unknown campus '{}' in --campus; {}expected one of: {}", text,
                                 hint.empty() ? "" : fmt::format("did you mean {}? ", hint.front()),
                                 fmt::join(names, ", ")));
}

ProgrammeFilter filter_of(const ProgrammesOptions& o) {
    ProgrammeFilter f;
    if (o.campus) {
        f.campus = campus_option(*o.campus);
    }
    if (o.level) {
        f.level = parse_choice<Level>(*o.level, "--level");
    }
    if (o.open_to) {
        f.open_to = parse_choice<Group>(*o.open_to, "--open-to");
    }
    f.search = o.search.value_or("");
    return f;
}

// What the filter asked for, in words: "at Gjøvik, matching 'security'".
std::string filter_text(const ProgrammeFilter& f) {
    std::vector<std::string> parts;
    if (f.level) {
        parts.push_back(fmt::format("for {}", level_title(*f.level)));
    }
    if (f.campus) {
        parts.push_back(fmt::format("at {}", campus_name(*f.campus)));
    }
    if (f.open_to) {
        parts.push_back(fmt::format("open to {} applicants", group_title(*f.open_to)));
    }
    if (!f.search.empty()) {
        // Echoed to a terminal: control characters must not reach it.
        std::string shown = f.search;
        for (char& ch : shown) {
            const auto byte = static_cast<unsigned char>(ch);
            if (byte < 0x20 || byte == 0x7f) {
                ch = '?';
            }
        }
        parts.push_back(fmt::format("matching '{}'", shown));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

void render_programmes(const std::vector<const Programme*>& found, const ProgrammeFilter& filter,
                       Context& c) {
    const std::string asked = filter_text(filter);
    const std::string title =
        asked.empty() ? fmt::format("The programme catalogue: {} programmes", found.size())
                      : fmt::format("Programmes {}: {} of {}", asked, found.size(),
                                    c.catalog.programmes.size());
    for (const auto& part : wrap_text(title, output_width)) {
        c.out << paint(part, Tone::heading, c.colour) << "\n";
    }
    c.out << "\n";

    if (found.empty()) {
        footnote(c, "No programme in this data matches.", Tone::plain);
    } else {
        bool any_own = false;
        bool any_restricted = false;
        std::vector<Row> rows;
        for (const auto* p : found) {
            std::string flags;
            if (p->deadlines == DeadlineSource::own) {
                flags += "D";
                any_own = true;
            }
            if (!p->closed_to.empty()) {
                flags += "R";
                any_restricted = true;
            }
            rows.push_back({{p->id, Tone::emphasis},
                            {p->name},
                            {campus_list(*p), p->campuses.empty() ? Tone::dim : Tone::plain},
                            {p->duration_years ? std::to_string(*p->duration_years) : ""},
                            {kind_title(p->kind)},
                            {flags, Tone::warn}});
        }
        c.out << render_fitted_table(
            {{"ID"}, {"Name"}, {"Campus"}, {"Years"}, {"Kind"}, {"Flags"}}, rows,
            {Wrap::no, Wrap::yes, Wrap::yes, Wrap::no, Wrap::no, Wrap::no}, c.colour);
        c.out << "\n";
        if (any_own) {
            footnote(c, "D: its own deadline; NTNU's general deadlines do not apply", Tone::plain);
        }
        if (any_restricted) {
            footnote(c, "R: closed to some applicant groups", Tone::plain);
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
            footnote(c,
                     fmt::format("Not shown: {} programme{} whose campus is unconfirmed ({}).",
                                 unplaced.size(), unplaced.size() == 1 ? "" : "s",
                                 fmt::join(unplaced, ", ")),
                     Tone::dim);
        }
    }
    footnote(c,
             "Details and deadlines: ntnu programme ID. This catalogue is partial: check ntnu.edu "
             "for every programme.",
             Tone::dim);
}

int run_programmes(const ProgrammesOptions& options, Context& context) {
    if (options.json && options.format) {
        throw UsageError("--json and --format cannot be used together");
    }
    const ProgrammeFilter filter = filter_of(options);
    const auto found = find_programmes(context.catalog, filter);
    if (options.json || options.format) {
        Json list = Json::array();
        std::vector<FieldRecord> records;
        for (const auto* p : found) {
            list.push_back(programme_json(*p));
            records.push_back(fields_from_json(list.back()));
        }
        if (options.format) {
            std::vector<std::string> fields;
            if (!context.catalog.programmes.empty()) {
                fields = field_names_of(
                    fields_from_json(programme_json(context.catalog.programmes.front())));
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
        throw UsageError("--json and --format cannot be used together");
    }
    if (options.id.empty()) {
        throw UsageError("which programme? Give its id, such as 'ntnu programme mixd'; 'ntnu "
                         "programmes' lists them");
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
        doc["programme"] = programme_json(programme);
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

Command register_programmes(CLI::App& app) {
    auto options = std::make_shared<ProgrammesOptions>();
    CLI::App* sub = app.add_subcommand("programmes", "The programme catalogue, filtered by "
                                                     "campus, level, text or applicant group");
    sub->add_option("--campus", options->campus,
                    "Only programmes at this campus: trondheim, gjovik or alesund")
        ->option_text("CAMPUS");
    sub->add_option("--level", options->level,
                    "Only programmes of this level: master, exchange, phd or bachelor")
        ->option_text("LEVEL");
    sub->add_option("--search", options->search,
                    "Only programmes whose name or id contains TEXT (any case, accents optional)")
        ->option_text("TEXT");
    sub->add_option("--open-to", options->open_to,
                    "Only programmes this group may apply to: non-eu, eu-eea, nordic or refugee")
        ->option_text("GROUP");
    sub->add_flag("--json", options->json, "Print JSON for scripts (schema_version 1)");
    sub->add_option("--format", options->format,
                    "Print one line per programme from a template such as '{id} {name}'; fields "
                    "are the JSON keys of a programme")
        ->option_text("TEMPLATE");
    sub->footer(
        "Examples:\n"
        "  ntnu programmes --campus gjovik\n"
        "  ntnu programmes --search security\n"
        "  ntnu programmes --open-to non-eu --format '{id} {name}'\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_programmes(*options, context); }};
}

Command register_programme(CLI::App& app) {
    auto options = std::make_shared<ProgrammeOptions>();
    CLI::App* sub = app.add_subcommand(
        "programme", "One programme: its facts, and its deadline for each applicant group");
    sub->add_option("ID", options->id, "The programme's id, as 'ntnu programmes' lists it");
    add_profile_options(*sub, options->profile);
    sub->add_flag("--json", options->json, "Print JSON for scripts (schema_version 1)");
    sub->add_option("--format", options->format,
                    "Print one line per result from a template; fields as for deadline, plus "
                    "programme_name")
        ->option_text("TEMPLATE");
    sub->footer(
        "With a profile, only the applicant's group is shown.\n\n"
        "Examples:\n"
        "  ntnu programme msisee\n"
        "  ntnu programme mixd --citizenship CN\n"
        "  ntnu programme mis --category eu-eea --json\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_programme(*options, context); }};
}

} // namespace ntnu
