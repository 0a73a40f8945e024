// SPDX-License-Identifier: MIT
#include "render_countries.hpp"
#include "layout.hpp"

#include "style.hpp"
#include "table.hpp"
#include "wording.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {
namespace {

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

} // namespace

std::string nordic_note(const Catalog& catalog, NoteFor use, const Language& l) {
    std::string text(l.text(Msg::countries_nordic_note));
    text += " ";
    text += l.text(use == NoteFor::table ? Msg::countries_nordic_note_table
                                         : Msg::countries_nordic_note_json);
    const Confidence confidence = nordic_countries_confidence(catalog);
    if (confidence != Confidence::confirmed) {
        text += " ";
        text += l.format(Msg::countries_list_not_confirmed,
                         fmt::arg("confidence", confidence_title(confidence, l)));
    }
    return text;
}

void render_countries(const std::vector<ListedCountry>& listed, std::optional<Group> wanted,
                      Context& context) {
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
    // In a narrow terminal the alpha-3 code goes: the alpha-2 code is what the options take.
    constexpr std::size_t alpha3 = 1;
    c.out << render_narrowed_table({{std::string(l.text(Msg::column_alpha2))},
                                    {std::string(l.text(Msg::column_alpha3))},
                                    {std::string(l.text(Msg::column_english_name))},
                                    {std::string(l.text(Msg::column_norwegian_name))},
                                    {std::string(l.text(Msg::column_group))}},
                                   rows, {Wrap::no, Wrap::no, Wrap::yes, Wrap::yes, Wrap::no},
                                   {alpha3}, c.colour, c.width);
    c.out << "\n";
    if (wanted == Group::nordic) {
        for (const auto& url : nordic_sources(c.catalog)) {
            footnote(c, l.format(Msg::countries_source, fmt::arg("url", url)), Tone::dim);
        }
    } else {
        footnote(c, l.text(Msg::countries_group_note), Tone::dim);
    }
}

} // namespace ntnu
