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

std::string step_text(const ResolutionStep& step, const Language& lang) {
    std::vector<std::string> labels;
    for (const auto& code : step.countries) {
        labels.push_back(country_label(code, lang));
    }
    const std::string countries = lang.join(labels, Msg::list_and);
    const std::string& id = step.rule_id;
    if (id == "category") {
        return std::string(lang.text(Msg::rule_category));
    }
    if (id == "refugee-status") {
        return std::string(lang.text(Msg::rule_refugee));
    }
    if (id == "nordic-degree") {
        if (step.countries.empty()) {
            return std::string(lang.text(Msg::rule_nordic_not_given));
        }
        return lang.format(step.fired ? Msg::rule_nordic_fired : Msg::rule_nordic_not_fired,
                           arg("countries", countries));
    }
    if (id == "eu-eea-citizen") {
        return lang.format(step.fired                   ? Msg::rule_eu_eea_fired
                           : step.countries.size() == 1 ? Msg::rule_eu_eea_not_fired_one
                                                        : Msg::rule_eu_eea_not_fired_several,
                           arg("countries", countries));
    }
    if (id == "dual-citizenship") {
        return std::string(lang.text(Msg::rule_dual_citizenship));
    }
    if (id == "norwegian-id") {
        return std::string(lang.text(Msg::rule_norwegian_id));
    }
    if (id == "non-eu-default") {
        return std::string(lang.text(step.countries.empty() ? Msg::rule_non_eu_no_citizenship
                                                            : Msg::rule_non_eu_default));
    }
    return id;
}

} // namespace ntnu
