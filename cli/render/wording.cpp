#include "wording.hpp"

#include "countries.hpp"

#include <fmt/format.h>

#include <vector>

namespace ntnu {

using fmt::arg;

std::string group_title(Group group, const Language& lang) {
    switch (group) {
    case Group::non_eu: return std::string(lang.text(Msg::group_non_eu));
    case Group::eu_eea: return std::string(lang.text(Msg::group_eu_eea));
    case Group::nordic: return std::string(lang.text(Msg::group_nordic));
    case Group::refugee: return std::string(lang.text(Msg::group_refugee));
    }
    return "?";
}

std::string short_group_title(Group group, const Language& lang) {
    switch (group) {
    case Group::non_eu: return std::string(lang.text(Msg::group_short_non_eu));
    case Group::eu_eea: return std::string(lang.text(Msg::group_short_eu_eea));
    case Group::nordic: return std::string(lang.text(Msg::group_short_nordic));
    case Group::refugee: return std::string(lang.text(Msg::group_short_refugee));
    }
    return "?";
}

std::string level_title(Level level, const Language& lang) {
    switch (level) {
    case Level::master: return std::string(lang.text(Msg::level_master));
    case Level::exchange: return std::string(lang.text(Msg::level_exchange));
    case Level::phd: return std::string(lang.text(Msg::level_phd));
    case Level::bachelor: return std::string(lang.text(Msg::level_bachelor));
    }
    return "?";
}

std::string milestone_title(Milestone milestone, const Language& lang) {
    switch (milestone) {
    case Milestone::opens: return std::string(lang.text(Msg::milestone_opens));
    case Milestone::nominate: return std::string(lang.text(Msg::milestone_nominate));
    case Milestone::early: return std::string(lang.text(Msg::milestone_early));
    case Milestone::apply: return std::string(lang.text(Msg::milestone_apply));
    }
    return "?";
}

std::string intake_title(const Intake& intake, const Language& lang) {
    return lang.format(intake.semester == Semester::autumn ? Msg::intake_autumn
                                                           : Msg::intake_spring,
                       arg("year", intake.year));
}

std::string semester_title(Semester semester, const Language& lang) {
    return std::string(
        lang.text(semester == Semester::autumn ? Msg::semester_autumn : Msg::semester_spring));
}

std::string confidence_title(Confidence confidence, const Language& lang) {
    switch (confidence) {
    case Confidence::confirmed: return std::string(lang.text(Msg::confidence_confirmed));
    case Confidence::projected: return std::string(lang.text(Msg::confidence_projected));
    case Confidence::inferred: return std::string(lang.text(Msg::confidence_inferred));
    case Confidence::assumed: return std::string(lang.text(Msg::confidence_assumed));
    }
    return "?";
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
        const std::string& nb = set ? set->name_nb : id;
        const std::string& en = set && !set->name.empty() ? set->name : id;
        names.push_back(lang.code() == Lang::nb && !nb.empty() ? nb : en);
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

} // namespace ntnu
