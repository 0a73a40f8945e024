#include "cmd_countries.hpp"
#include "layout.hpp"

#include "countries.hpp"
#include "errors.hpp"
#include "group_resolution.hpp"
#include "json_output.hpp"
#include "profile_options.hpp"
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

struct CountriesOptions {
    std::optional<std::string> group;
    bool json = false;
    std::optional<std::string> format;
};

// The country sets whose citizens apply as EU/EEA applicants (facts §2).
constexpr std::array<std::string_view, 3> eu_eea_sets{"eu", "eea-efta", "switzerland"};
constexpr std::string_view nordic_set = "nordic";

// The group a citizen of the country applies in for a master's programme, when neither a Nordic
// degree nor a Norwegian ID number nor refugee status decides it.
Group citizen_group(const Catalog& catalog, std::string_view alpha2) {
    for (const auto set : eu_eea_sets) {
        if (in_country_set(catalog, set, alpha2)) {
            return Group::eu_eea;
        }
    }
    return Group::non_eu;
}

std::optional<Group> group_option(const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    if (ascii_lower(*text) == "refugee") {
        throw UsageError("--group refugee lists no countries: refugee status is not a matter of "
                         "country, but of collective protection or individual asylum in Norway; "
                         "try 'ntnu deadline --refugee'");
    }
    const auto group = parse_enum<Group>(ascii_lower(*text));
    if (!group || text->empty()) {
        const std::vector<std::string> names{"non-eu", "eu-eea", "nordic"};
        const auto hint = closest_matches(*text, names);
        throw UsageError(
            fmt::format("invalid --group '{}'; {}expected one of: {}", *text,
                        hint.empty() ? "" : fmt::format("did you mean {}? ", hint.front()),
                        fmt::join(names, ", ")));
    }
    return group;
}

enum class NoteFor { table, json };

std::string nordic_note(const Catalog& catalog, NoteFor use) {
    std::string text = "The Nordic group is decided by where the bachelor's degree is from, not "
                       "by citizenship: a degree from one of these countries makes a Nordic "
                       "applicant (ntnu deadline --degree-from COUNTRY).";
    text += use == NoteFor::table
                ? " The Group column is for their citizens with a degree from elsewhere."
                : " Each country's group is for its citizens with a degree from elsewhere.";
    if (const CountrySet* set = catalog.country_set(nordic_set);
        set != nullptr && set->provenance.confidence != Confidence::confirmed) {
        text += fmt::format(" This list is {}: NTNU does not state it.",
                            to_string(set->provenance.confidence));
    }
    return text;
}

std::vector<std::string> nordic_sources(const Catalog& catalog) {
    std::vector<std::string> urls;
    const auto add = [&](const std::vector<std::string>& more) {
        for (const auto& url : more) {
            if (std::find(urls.begin(), urls.end(), url) == urls.end()) {
                urls.push_back(url);
            }
        }
    };
    if (const GroupRuleFact* rule = catalog.rule("nordic-degree")) {
        add(rule->provenance.sources);
    }
    if (const CountrySet* set = catalog.country_set(nordic_set)) {
        add(set->provenance.sources);
    }
    return urls;
}

std::string heading_text(std::optional<Group> group, std::size_t count) {
    if (!group) {
        return fmt::format("Every country ({}), and the group its citizens apply in for master's "
                           "programmes",
                           count);
    }
    switch (*group) {
    case Group::eu_eea:
        return fmt::format("EU/EEA countries and Switzerland ({}): their citizens apply as EU/EEA "
                           "applicants",
                           count);
    case Group::non_eu:
        return fmt::format("Countries outside the EU/EEA and Switzerland ({}): their citizens "
                           "apply as non-EU/EEA applicants",
                           count);
    case Group::nordic:
        return fmt::format("The Nordic countries ({}): a bachelor's degree from one makes a "
                           "Nordic applicant",
                           count);
    case Group::refugee: break;
    }
    return "";
}

Json country_json(const CountryRecord& country, Group group) {
    Json j;
    j["alpha2"] = country.alpha2;
    j["alpha3"] = country.alpha3;
    j["name"] = country.name;
    j["name_nb"] = country.nb_name.empty() ? Json(nullptr) : Json(country.nb_name);
    j["group"] = to_string(group);
    return j;
}

int run_countries(const CountriesOptions& options, Context& context) {
    if (options.json && options.format) {
        throw UsageError("--json and --format cannot be used together");
    }
    const auto wanted = group_option(options.group);
    struct Listed {
        const CountryRecord* country;
        Group group;
    };
    std::vector<Listed> listed;
    for (const auto& country : country_table()) {
        const Group group = citizen_group(context.catalog, country.alpha2);
        const bool keep = !wanted ? true
                          : *wanted == Group::nordic
                              ? in_country_set(context.catalog, nordic_set, country.alpha2)
                              : group == *wanted;
        if (keep) {
            listed.push_back({&country, group});
        }
    }

    if (options.json || options.format) {
        Json list = Json::array();
        std::vector<FieldRecord> records;
        for (const auto& [country, group] : listed) {
            list.push_back(country_json(*country, group));
            records.push_back(fields_from_json(list.back()));
        }
        if (options.format) {
            print_formatted(*options.format, records, context);
            return exit_ok;
        }
        Json doc = json_envelope(context);
        doc["countries"] = std::move(list);
        if (wanted == Group::nordic) {
            doc["note"] = nordic_note(context.catalog, NoteFor::json);
            doc["note_sources"] = nordic_sources(context.catalog);
        }
        write_json(doc, context);
        return exit_ok;
    }

    auto& c = context;
    for (const auto& part : wrap_text(heading_text(wanted, listed.size()), output_width)) {
        c.out << paint(part, Tone::heading, c.colour) << "\n";
    }
    c.out << "\n";
    if (wanted == Group::nordic) {
        footnote(c, nordic_note(c.catalog, NoteFor::table), Tone::plain);
        c.out << "\n";
    }
    std::vector<Row> rows;
    for (const auto& [country, group] : listed) {
        rows.push_back({{std::string(country->alpha2), Tone::emphasis},
                        {std::string(country->alpha3)},
                        {std::string(country->name)},
                        {std::string(country->nb_name)},
                        {std::string(to_string(group))}});
    }
    c.out << render_fitted_table({{"Alpha-2"}, {"Alpha-3"}, {"Name"}, {"Norwegian"}, {"Group"}},
                                 rows, {Wrap::no, Wrap::no, Wrap::yes, Wrap::yes, Wrap::no},
                                 c.colour);
    c.out << "\n";
    if (wanted == Group::nordic) {
        for (const auto& url : nordic_sources(c.catalog)) {
            footnote(c, fmt::format("Source: {}", url), Tone::dim);
        }
    } else {
        footnote(
            c,
            "Group: eu-eea for citizens of the EU/EEA and Switzerland, non-eu for everyone "
            "else. A bachelor's degree from a Nordic country makes a Nordic applicant, whatever "
            "the citizenship: ntnu countries --group nordic.",
            Tone::dim);
    }
    return exit_ok;
}

} // namespace

Command register_countries(CLI::App& app) {
    auto options = std::make_shared<CountriesOptions>();
    CLI::App* sub = app.add_subcommand("countries", "Countries, and the applicant group their "
                                                    "citizens belong to");
    sub->add_option("--group", options->group,
                    "Only the countries of a group: non-eu, eu-eea or nordic (by degree)")
        ->option_text("GROUP");
    sub->add_flag("--json", options->json, "Print JSON for scripts (schema_version 1)");
    sub->add_option("--format", options->format,
                    "Print one line per country from a template such as '{alpha2} {name}'; "
                    "fields: alpha2, alpha3, name, name_nb, group")
        ->option_text("TEMPLATE");
    sub->footer(
        "The group shown is for the master's level, decided by citizenship alone; a Nordic\n"
        "degree, a Norwegian ID number or refugee status can change it (see ntnu deadline).\n\n"
        "Examples:\n"
        "  ntnu countries --group eu-eea\n"
        "  ntnu countries --group nordic\n"
        "  ntnu countries --format '{alpha2} {group}'\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_countries(*options, context); }};
}

} // namespace ntnu
