// SPDX-License-Identifier: MIT
#include "command_list.hpp"
#include "layout.hpp"

#include "country_groups.hpp"
#include "errors.hpp"
#include "json_output.hpp"
#include "profile_options.hpp"
#include "render_countries.hpp"
#include "result_fields.hpp"
#include "script_output.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace ntnu {
namespace {

struct CountriesOptions {
    std::optional<std::string> group;
    ScriptOptions script;
};

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
        // "eu" begins eu-eea alone, as in --category.
        const auto hint = choice_hint(*text, names);
        throw UsageError(l.format(Msg::error_invalid_choice, fmt::arg("option", "--group"),
                                  fmt::arg("value", *text), fmt::arg("hint", hint_text(hint, l)),
                                  fmt::arg("choices", fmt::format("{}", fmt::join(names, ", ")))));
    }
    return group;
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
    const auto wanted = group_option(options.group, context.lang);
    const auto listed = countries_of(context.catalog, wanted);

    if (options.script.wanted()) {
        // Countries and their groups: no date, so no word on the data's age.
        ScriptAnswer answer;
        answer.dated = Dated::no;
        Json list = Json::array();
        for (const auto& [country, group] : listed) {
            list.push_back(country_json(*country, group));
            answer.records.push_back(fields_from_json(list.back()));
        }
        answer.document["countries"] = std::move(list);
        if (wanted == Group::nordic) {
            answer.document["note"] =
                nordic_note(context.catalog, NoteFor::json, Language(Lang::en));
            answer.document["note_sources"] = nordic_sources(context.catalog);
        }
        write_script_answer(options.script, answer, context);
        return exit_ok;
    }

    render_countries(listed, wanted, context);
    return exit_ok;
}

Command register_countries(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CountriesOptions>();
    completes(sub->add_option("--group", options->group, help(l, Msg::help_countries_group)),
              "groups")
        ->option_text(help(l, Msg::metavar_group));
    add_script_options(*sub, options->script, l, Msg::help_countries_format);
    sub->footer(command_footer(l, Msg::help_countries_footer));
    return {sub, [options](Context& context) { return run_countries(*options, context); }};
}

} // namespace

const CommandDefinition countries_command{"countries", Msg::help_countries, Needs::context,
                                          register_countries};

} // namespace ntnu
