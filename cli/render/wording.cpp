// SPDX-License-Identifier: MIT
#include "wording.hpp"

#include "countries.hpp"

#include <fmt/format.h>

#include <vector>

namespace ntnu {

using fmt::arg;

namespace {

constexpr Wording<Group, 4> group_titles{{
    {Group::non_eu, Msg::group_non_eu},
    {Group::eu_eea, Msg::group_eu_eea},
    {Group::nordic, Msg::group_nordic},
    {Group::refugee, Msg::group_refugee},
}};
static_assert(words_every_value(group_titles));

constexpr Wording<Group, 4> short_group_titles{{
    {Group::non_eu, Msg::group_short_non_eu},
    {Group::eu_eea, Msg::group_short_eu_eea},
    {Group::nordic, Msg::group_short_nordic},
    {Group::refugee, Msg::group_short_refugee},
}};
static_assert(words_every_value(short_group_titles));

constexpr Wording<Level, 4> level_titles{{
    {Level::master, Msg::level_master},
    {Level::exchange, Msg::level_exchange},
    {Level::phd, Msg::level_phd},
    {Level::bachelor, Msg::level_bachelor},
}};
static_assert(words_every_value(level_titles));

constexpr Wording<Level, 4> level_names{{
    {Level::master, Msg::level_name_master},
    {Level::exchange, Msg::level_name_exchange},
    {Level::phd, Msg::level_name_phd},
    {Level::bachelor, Msg::level_name_bachelor},
}};
static_assert(words_every_value(level_names));

constexpr Wording<Level, 4> level_filters{{
    {Level::master, Msg::level_filter_master},
    {Level::exchange, Msg::level_filter_exchange},
    {Level::phd, Msg::level_filter_phd},
    {Level::bachelor, Msg::level_filter_bachelor},
}};
static_assert(words_every_value(level_filters));

constexpr Wording<Milestone, 4> milestone_titles{{
    {Milestone::opens, Msg::milestone_opens},
    {Milestone::nominate, Msg::milestone_nominate},
    {Milestone::early, Msg::milestone_early},
    {Milestone::apply, Msg::milestone_apply},
}};
static_assert(words_every_value(milestone_titles));

constexpr Wording<Semester, 2> intake_patterns{{
    {Semester::spring, Msg::intake_spring},
    {Semester::autumn, Msg::intake_autumn},
}};
static_assert(words_every_value(intake_patterns));

constexpr Wording<Semester, 2> semester_titles{{
    {Semester::spring, Msg::semester_spring},
    {Semester::autumn, Msg::semester_autumn},
}};
static_assert(words_every_value(semester_titles));

constexpr Wording<Confidence, 4> confidence_titles{{
    {Confidence::confirmed, Msg::confidence_confirmed},
    {Confidence::projected, Msg::confidence_projected},
    {Confidence::inferred, Msg::confidence_inferred},
    {Confidence::assumed, Msg::confidence_assumed},
}};
static_assert(words_every_value(confidence_titles));

} // namespace

std::string group_title(Group group, const Language& lang) {
    return words(group_titles, group, lang);
}

std::string short_group_title(Group group, const Language& lang) {
    return words(short_group_titles, group, lang);
}

std::string level_title(Level level, const Language& lang) {
    return words(level_titles, level, lang);
}

std::string level_name(Level level, const Language& lang) {
    return words(level_names, level, lang);
}

std::string level_filter(Level level, const Language& lang) {
    return words(level_filters, level, lang);
}

std::string milestone_title(Milestone milestone, const Language& lang) {
    return words(milestone_titles, milestone, lang);
}

std::string intake_title(const Intake& intake, const Language& lang) {
    return lang.format(*message_for(intake_patterns, intake.semester), arg("year", intake.year));
}

std::string semester_title(Semester semester, const Language& lang) {
    return words(semester_titles, semester, lang);
}

std::string confidence_title(Confidence confidence, const Language& lang) {
    return words(confidence_titles, confidence, lang);
}

std::string country_label(const std::string& alpha2, const Language& lang) {
    const CountryRecord* c = country_by_alpha2(alpha2);
    if (c == nullptr) {
        return alpha2;
    }
    // iso-codes' bokmål name, where it has one; the English name is a proper name too.
    const std::string_view name =
        lang.code() == Lang::nb && !c->nb_name.empty() ? c->nb_name : c->name;
    return fmt::format("{} ({})", name, c->alpha2);
}

namespace {

// "the EU, the EEA or Switzerland": the country sets a rule tests, as the data names them.
std::string set_names(const GroupRule& rule, const Catalog& catalog, const Language& lang) {
    std::vector<std::string> names;
    for (const auto& id : rule.country_sets) {
        const CountrySet* set = catalog.country_set(id);
        const std::string& en = set && !set->name.empty() ? set->name : id;
        names.push_back(set ? note_in(en, set->name_nb, lang) : id);
    }
    return lang.join(names, Msg::list_or);
}

} // namespace

std::string step_text(const ResolutionStep& step, const Catalog& catalog, const Language& lang) {
    std::vector<std::string> labels;
    for (const auto& code : step.countries) {
        labels.push_back(country_label(code, lang));
    }
    const std::string countries = lang.join(labels, Msg::list_and);
    // fmt::arg keeps a reference: the text it names must outlive the format calls below.
    const std::string group_name = group_title(step.group, lang);
    const auto group = arg("group", group_name);
    if (step.kind == StepKind::category) {
        return std::string(lang.text(Msg::rule_category));
    }
    if (step.kind == StepKind::territory) {
        return lang.format(Msg::rule_territory,
                           arg("territory", labels.empty() ? step.rule_id : labels.front()),
                           arg("country", labels.size() > 1 ? labels[1] : ""));
    }
    const GroupRule* rule = catalog.rule(step.rule_id);
    const std::string sets = rule ? set_names(*rule, catalog, lang) : "";
    const auto in = arg("sets", sets);
    const auto named = arg("countries", countries);
    switch (step.condition) {
    case RuleCondition::refugee:
        return step.group == Group::refugee ? std::string(lang.text(Msg::rule_refugee_scheme))
                                            : lang.format(Msg::rule_refugee_regular, group);
    case RuleCondition::degree_from:
        if (step.countries.empty()) {
            return lang.format(Msg::rule_degree_not_given, in, group);
        }
        return lang.format(step.fired ? Msg::rule_degree_fired : Msg::rule_degree_not_fired, named,
                           in, group);
    case RuleCondition::dual_citizen_of:
        return lang.format(Msg::rule_dual_citizen, named, in, group);
    case RuleCondition::citizen_of:
        return lang.format(step.fired                   ? Msg::rule_citizen_fired
                           : step.countries.size() == 1 ? Msg::rule_citizen_not_fired_one
                                                        : Msg::rule_citizen_not_fired_several,
                           named, in, group);
    case RuleCondition::norwegian_id: return lang.format(Msg::rule_norwegian_id, group);
    case RuleCondition::otherwise:
        return lang.format(step.countries.empty() ? Msg::rule_otherwise_no_citizenship
                                                  : Msg::rule_otherwise,
                           group);
    }
    return step.rule_id;
}

std::string note_in(const std::string& note, const std::string& note_nb, const Language& lang) {
    return lang.code() == Lang::nb && !note_nb.empty() ? note_nb : note;
}

std::string sentence_start(std::string text) {
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') {
        text.front() = static_cast<char>(text.front() - 'a' + 'A');
    }
    return text;
}

} // namespace ntnu
