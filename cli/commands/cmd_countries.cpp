// SPDX-License-Identifier: MIT
#include "command_list.hpp"
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

// The master's rule that makes a degree from a country Nordic: its sets are the Nordic countries.
const GroupRule* nordic_degree_rule(const Catalog& catalog) {
    for (const GroupRule* rule : catalog.rules_for(Level::master)) {
        if (rule->condition == RuleCondition::degree_from && rule->group == Group::nordic) {
            return rule;
        }
    }
    return nullptr;
}

bool nordic_degree_country(const Catalog& catalog, std::string_view alpha2) {
    const GroupRule* rule = nordic_degree_rule(catalog);
    return rule != nullptr && std::any_of(rule->country_sets.begin(), rule->country_sets.end(),
                                          [&](const std::string& set) {
                                              return in_country_set(catalog, set, alpha2);
                                          });
}

// The group a citizen of the country applies in for a master's programme, when neither a Nordic
// degree nor a Norwegian ID number nor refugee status decides it.
Group master_citizen_group(const Catalog& catalog, std::string_view alpha2) {
    return citizen_group(catalog, Level::master, alpha2).value_or(Group::non_eu);
}

std::optional<Group> group_option(const std::optional<std::string>& text, const Language& l) {
    if (!text) {
        return std::nullopt;
    }
    if (ascii_lower(*text) == "refugee") {
        throw UsageError(std::string(l.text(Msg::error_countries_refugee)));
    }
    const auto group = parse_enum<Group>(ascii_lower(*text));
    if (!group || text->empty()) {
        const std::vector<std::string> names{"non-eu", "eu-eea", "nordic"};
        const auto hint = closest_matches(*text, names);
        throw UsageError(l.format(Msg::error_invalid_choice, fmt::arg("option", "--group"),
                                  fmt::arg("value", *text), fmt::arg("hint", hint_text(hint, l)),
                                  fmt::arg("choices", fmt::format("{}", fmt::join(names, ", ")))));
    }
    return group;
}

enum class NoteFor { table, json };

// The JSON note is a value for scripts, so it is English whatever the language of the table.
std::string nordic_note(const Catalog& catalog, NoteFor use, const Language& l) {
    std::string text(l.text(Msg::countries_nordic_note));
    text += " ";
    text += l.text(use == NoteFor::table ? Msg::countries_nordic_note_table
                                         : Msg::countries_nordic_note_json);
    Confidence confidence = Confidence::confirmed;
    if (const GroupRule* rule = nordic_degree_rule(catalog)) {
        for (const auto& id : rule->country_sets) {
            if (const CountrySet* set = catalog.country_set(id)) {
                confidence = weakest(confidence, set->provenance.confidence);
            }
        }
    }
    if (confidence != Confidence::confirmed) {
        text += " ";
        text += l.format(Msg::countries_list_not_confirmed,
                         fmt::arg("confidence", confidence_title(confidence, l)));
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
    if (const GroupRule* rule = nordic_degree_rule(catalog)) {
        add(rule->provenance.sources);
        for (const auto& id : rule->country_sets) {
            if (const CountrySet* set = catalog.country_set(id)) {
                add(set->provenance.sources);
            }
        }
    }
    return urls;
}

// No heading for refugees: the refugee group is not a set of countries.
constexpr Wording<Group, 3> country_headings{{
    {Group::eu_eea, Msg::countries_heading_eu_eea},
    {Group::non_eu, Msg::countries_heading_non_eu},
    {Group::nordic, Msg::countries_heading_nordic},
}};

std::string heading_text(std::optional<Group> group, std::size_t count, const Language& l) {
    const auto n = fmt::arg("count", count);
    if (!group) {
        return l.format(Msg::countries_heading_all, n);
    }
    const auto msg = message_for(country_headings, *group);
    return msg ? l.format(*msg, n) : "";
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
        throw UsageError(std::string(context.lang.text(Msg::error_json_and_format)));
    }
    const auto wanted = group_option(options.group, context.lang);
    struct Listed {
        const CountryRecord* country;
        Group group;
    };
    std::vector<Listed> listed;
    for (const auto& country : country_table()) {
        const Group group = master_citizen_group(context.catalog, country.alpha2);
        const bool keep = !wanted ? true
                          : *wanted == Group::nordic
                              ? nordic_degree_country(context.catalog, country.alpha2)
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
            doc["note"] = nordic_note(context.catalog, NoteFor::json, Language(Lang::en));
            doc["note_sources"] = nordic_sources(context.catalog);
        }
        write_json(doc, context);
        return exit_ok;
    }

    auto& c = context;
    const auto& l = c.lang;
    heading(c, heading_text(wanted, listed.size(), l));
    c.out << "\n";
    if (wanted == Group::nordic) {
        footnote(c, nordic_note(c.catalog, NoteFor::table, l), Tone::plain);
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
    c.out << render_fitted_table({{std::string(l.text(Msg::column_alpha2))},
                                  {std::string(l.text(Msg::column_alpha3))},
                                  {std::string(l.text(Msg::column_english_name))},
                                  {std::string(l.text(Msg::column_norwegian_name))},
                                  {std::string(l.text(Msg::column_group))}},
                                 rows, {Wrap::no, Wrap::no, Wrap::yes, Wrap::yes, Wrap::no},
                                 c.colour, c.width);
    c.out << "\n";
    if (wanted == Group::nordic) {
        for (const auto& url : nordic_sources(c.catalog)) {
            footnote(c, l.format(Msg::countries_source, fmt::arg("url", url)), Tone::dim);
        }
    } else {
        footnote(c, l.text(Msg::countries_group_note), Tone::dim);
    }
    return exit_ok;
}

Command register_countries(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CountriesOptions>();
    completes(sub->add_option("--group", options->group, help(l, Msg::help_countries_group)),
              "groups")
        ->option_text(help(l, Msg::metavar_group));
    sub->add_flag("--json", options->json, help(l, Msg::help_json));
    sub->add_option("--format", options->format, help(l, Msg::help_countries_format))
        ->option_text(help(l, Msg::metavar_template));
    sub->footer(command_footer(l, Msg::help_countries_footer));
    return {sub, [options](Context& context) { return run_countries(*options, context); }};
}

} // namespace

const CommandDefinition countries_command{"countries", Msg::help_countries, Needs::context,
                                          register_countries};

} // namespace ntnu
