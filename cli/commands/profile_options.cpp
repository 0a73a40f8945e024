// SPDX-License-Identifier: MIT
#include "profile_options.hpp"

#include "command.hpp"
#include "countries.hpp"
#include "errors.hpp"
#include "programme_search.hpp"
#include "text.hpp"

#include <fmt/format.h>

namespace ntnu {

using fmt::arg;

std::string help(const Language& lang, Msg id) {
    return lang.format(id);
}

void add_profile_options(CLI::App& app, ProfileOptions& o, const Language& l) {
    completes(app.add_option("--level", o.level, help(l, Msg::help_level)), "levels")
        ->option_text(help(l, Msg::metavar_level))
        ->default_str("master");
    add_applicant_options(app, o, l);
}

void add_applicant_options(CLI::App& app, ProfileOptions& o, const Language& l) {
    completes(app.add_option("--citizenship", o.citizenships, help(l, Msg::help_citizenship)),
              "countries")
        ->option_text(help(l, Msg::metavar_country))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    completes(app.add_option("--degree-from", o.degree_from, help(l, Msg::help_degree_from)),
              "countries")
        ->option_text(help(l, Msg::metavar_country));
    app.add_flag("--norwegian-id", o.norwegian_id, help(l, Msg::help_norwegian_id));
    app.add_flag("--refugee", o.refugee, help(l, Msg::help_refugee));
    completes(app.add_option("--category", o.category, help(l, Msg::help_category)), "categories")
        ->option_text(help(l, Msg::metavar_group));
    app.add_option("--intake", o.intake, help(l, Msg::help_intake))
        ->option_text(help(l, Msg::metavar_intake));
    completes(app.add_option("--home-country", o.home_country, help(l, Msg::help_home_country)),
              "countries")
        ->option_text(help(l, Msg::metavar_country));
}

void add_programme_option(CLI::App& app, ProfileOptions& o, const Language& l) {
    completes(app.add_option("--programme", o.programme, help(l, Msg::help_programme)),
              "programmes")
        ->option_text(help(l, Msg::metavar_id));
}

std::string command_footer(const Language& lang, Msg id) {
    // The examples come last, where a reader's eye ends.
    return lang.format(Msg::help_global_footer) + "\n\n" + lang.format(id) + "\n";
}

const Programme& find_programme_or_throw(const Catalog& catalog, const std::string& id,
                                         const Language& l) {
    if (id.empty()) {
        throw UsageError(std::string(l.text(Msg::error_empty_programme)));
    }
    // The id, the exact name, or a beginning of one name alone: what an applicant copies from
    // NTNU's page is as good as the id.
    std::vector<const Programme*> several;
    if (const Programme* p = programme_by_name(catalog, id, several)) {
        return *p;
    }
    if (!several.empty()) {
        std::vector<std::string> fits;
        for (const auto* p : several) {
            fits.push_back(fmt::format("{} ({})", p->id, p->name));
        }
        throw UsageError(l.format(Msg::error_ambiguous_programme, arg("value", id),
                                  arg("hints", l.join(fits, Msg::list_or))));
    }
    // A typo of an id or a name; the hint is always the id, which is what to type.
    std::vector<std::string> candidates;
    for (const auto& p : catalog.programmes) {
        candidates.push_back(p.id);
        candidates.push_back(p.name);
    }
    std::vector<std::string> hints;
    for (const auto& match : closest_matches(id, candidates)) {
        for (const auto& p : catalog.programmes) {
            if (match == p.id || match == p.name) {
                hints.push_back(match == p.id ? p.id : fmt::format("{} ({})", p.id, p.name));
                break;
            }
        }
    }
    // Part of a name ("security") names the programmes that contain it.
    if (hints.empty()) {
        ProgrammeFilter filter;
        filter.search = id;
        const auto found = fold_for_lookup(id).size() >= 3 ? find_programmes(catalog, filter)
                                                           : std::vector<const Programme*>{};
        if (!found.empty() && found.size() <= 3) {
            for (const auto* p : found) {
                hints.push_back(fmt::format("{} ({})", p->id, p->name));
            }
        }
    }
    if (hints.empty()) {
        throw UsageError(l.format(Msg::error_unknown_programme, arg("value", id)));
    }
    throw UsageError(l.format(Msg::error_unknown_programme_suggests, arg("value", id),
                              arg("hints", l.join(hints, Msg::list_or))));
}

template <typename E>
E parse_choice(const std::string& text, const std::string& option, const Language& l) {
    if (text.empty()) {
        throw UsageError(l.format(Msg::error_empty_value, arg("option", option)));
    }
    if (auto value = parse_enum<E>(ascii_lower(text))) {
        return *value;
    }
    std::vector<std::string> names;
    for (const auto& [v, name] : EnumNames<E>::names) {
        names.emplace_back(name);
    }
    // The start of one name ("eu" for eu-eea) is what was meant, before any typo.
    const auto hint = choice_hint(text, names);
    throw UsageError(l.format(Msg::error_invalid_choice, arg("option", option), arg("value", text),
                              arg("hint", hint_text(hint, l)),
                              arg("choices", fmt::format("{}", fmt::join(names, ", ")))));
}

template Group parse_choice<Group>(const std::string&, const std::string&, const Language&);
template Level parse_choice<Level>(const std::string&, const std::string&, const Language&);

namespace {

// "DE (Tyskland)": the code to type, then the name to recognise it by.
std::string code_and_name(const CountryRecord& c, const Language& l) {
    const std::string_view name = l.code() == Lang::nb && !c.nb_name.empty() ? c.nb_name : c.name;
    return fmt::format("{} ({})", c.alpha2, name);
}

} // namespace

std::string country_code(const std::string& text, const std::string& option, const Language& l) {
    if (text.empty()) {
        throw UsageError(l.format(Msg::error_empty_country, arg("option", option)));
    }
    const auto found = lookup_country(text);
    if (found.size() == 1) {
        return std::string(found.front()->alpha2);
    }
    if (found.size() > 1) {
        std::vector<std::string> choices;
        for (const auto* c : found) {
            choices.push_back(code_and_name(*c, l));
        }
        throw UsageError(l.format(Msg::error_ambiguous_country, arg("value", text),
                                  arg("option", option),
                                  arg("choices", l.join(choices, Msg::list_or))));
    }
    std::vector<std::string> hints;
    for (const auto* c : suggest_countries(text)) {
        hints.push_back(code_and_name(*c, l));
    }
    throw UsageError(
        hints.empty()
            ? l.format(Msg::error_unknown_country, arg("value", text), arg("option", option))
            : l.format(Msg::error_unknown_country_suggests, arg("value", text),
                       arg("option", option), arg("hint", l.join(hints, Msg::list_or))));
}

namespace {

// "did you mean autumn-2027? " for "høst-2027" (Norwegian) or "autum-2027"; or nothing.
std::string intake_hint(const std::string& text, const Language& l) {
    const auto dash = text.find('-');
    if (dash == std::string::npos) {
        return "";
    }
    const std::string semester = fold_for_lookup(text.substr(0, dash));
    const std::string year = text.substr(dash + 1);
    std::string wanted;
    if (semester == "host") {
        wanted = "autumn";
    } else if (semester == "var") {
        wanted = "spring";
    } else if (const auto close = closest_matches(semester, {"autumn", "spring"}); !close.empty()) {
        wanted = close.front();
    }
    const auto candidate = wanted + "-" + year;
    return wanted.empty() || !parse_intake(candidate) ? "" : hint_text({candidate}, l);
}

} // namespace

ResolvedProfile resolve_profile(const ProfileOptions& o, const Language& l) {
    ResolvedProfile r;
    r.level = o.level ? parse_choice<Level>(*o.level, "--level", l) : Level::master;
    for (const auto& c : o.citizenships) {
        const auto code = country_code(c, "--citizenship", l);
        if (std::find(r.profile.citizenships.begin(), r.profile.citizenships.end(), code) ==
            r.profile.citizenships.end()) {
            r.profile.citizenships.push_back(code);
        }
    }
    if (o.degree_from) {
        r.profile.degree_from = country_code(*o.degree_from, "--degree-from", l);
    }
    if (o.home_country) {
        r.profile.home_country = country_code(*o.home_country, "--home-country", l);
    }
    r.profile.norwegian_id = o.norwegian_id ? HasNorwegianId::yes : HasNorwegianId::no;
    r.profile.refugee = o.refugee ? RefugeeStatus::yes : RefugeeStatus::no;
    if (o.category) {
        r.profile.category = parse_choice<Group>(*o.category, "--category", l);
        // --category names the group directly: with any option the rules would read, one of the
        // two would be dropped without a word.
        std::vector<std::string> conflicting;
        if (!o.citizenships.empty()) {
            conflicting.emplace_back("--citizenship");
        }
        if (o.degree_from) {
            conflicting.emplace_back("--degree-from");
        }
        if (o.norwegian_id) {
            conflicting.emplace_back("--norwegian-id");
        }
        if (o.refugee) {
            conflicting.emplace_back("--refugee");
        }
        if (!conflicting.empty()) {
            throw UsageError(l.format(Msg::error_category_conflict,
                                      arg("options", l.join(conflicting, Msg::list_and))));
        }
    }
    if (o.intake) {
        r.intake = parse_intake(*o.intake);
        if (!r.intake) {
            throw UsageError(l.format(Msg::error_invalid_intake, arg("value", *o.intake),
                                      arg("hint", intake_hint(*o.intake, l))));
        }
    }
    return r;
}

} // namespace ntnu
