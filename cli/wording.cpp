#include "wording.hpp"

#include "countries.hpp"

#include <fmt/format.h>

#include <vector>

namespace ntnu {

std::string group_title(Group group) {
    switch (group) {
    case Group::non_eu: return "non-EU/EEA";
    case Group::eu_eea: return "EU/EEA and Swiss";
    case Group::nordic: return "Nordic-degree";
    case Group::refugee: return "refugee";
    }
    return "?";
}

std::string short_group_title(Group group) {
    switch (group) {
    case Group::non_eu: return "non-EU/EEA";
    case Group::eu_eea: return "EU/EEA/Swiss";
    case Group::nordic: return "Nordic";
    case Group::refugee: return "refugee";
    }
    return "?";
}

std::string level_title(Level level) {
    switch (level) {
    case Level::master: return "master's programmes";
    case Level::exchange: return "exchange studies";
    case Level::phd: return "PhD positions";
    case Level::bachelor: return "bachelor's programmes";
    }
    return "?";
}

std::string milestone_title(Milestone milestone) {
    switch (milestone) {
    case Milestone::opens: return "applications open";
    case Milestone::nominate: return "nomination deadline";
    case Milestone::early: return "early deadline";
    case Milestone::apply: return "application deadline";
    }
    return "?";
}

std::string intake_title(const Intake& intake) {
    return fmt::format("{} {}", to_string(intake.semester), intake.year);
}

std::string country_label(const std::string& alpha2) {
    const CountryRecord* c = country_by_alpha2(alpha2);
    return c == nullptr ? alpha2 : fmt::format("{} ({})", c->name, c->alpha2);
}

namespace {

std::string country_list(const std::vector<std::string>& codes) {
    std::vector<std::string> labels;
    for (const auto& code : codes) {
        labels.push_back(country_label(code));
    }
    if (labels.size() <= 1) {
        return labels.empty() ? "" : labels.front();
    }
    const std::string last = labels.back();
    labels.pop_back();
    return fmt::format("{} and {}", fmt::join(labels, ", "), last);
}

} // namespace

std::string step_text(const ResolutionStep& step) {
    const std::string countries = country_list(step.countries);
    const std::string& id = step.rule_id;
    if (id == "category") {
        return "You named the group with --category, so no rule was applied.";
    }
    if (id == "refugee-status") {
        return "You have collective protection or individual asylum in Norway (--refugee): "
               "NTNU's temporary study places for refugees apply.";
    }
    if (id == "nordic-degree") {
        if (step.countries.empty()) {
            return "No --degree-from given. With a bachelor's degree from a Nordic country you "
                   "would apply by the Nordic deadline instead.";
        }
        return step.fired ? fmt::format("Your bachelor's degree is from {}, a Nordic country: "
                                        "the degree, not citizenship, makes you a Nordic "
                                        "applicant.",
                                        countries)
                          : fmt::format("Your bachelor's degree is from {}, outside the Nordic "
                                        "countries.",
                                        countries);
    }
    if (id == "eu-eea-citizen") {
        return step.fired ? fmt::format("{} is in the EU/EEA or Switzerland: you apply as an "
                                        "EU/EEA applicant.",
                                        countries)
                          : fmt::format("{} {} not in the EU/EEA or Switzerland.", countries,
                                        step.countries.size() == 1 ? "is" : "are");
    }
    if (id == "dual-citizenship") {
        return "With several citizenships, one EU/EEA or Swiss citizenship is enough (NTNU "
               "states no rule for dual citizens).";
    }
    if (id == "norwegian-id") {
        return "You hold a Norwegian ID number and your education is from outside the Nordic "
               "countries: you apply as an EU/EEA applicant, whatever your citizenship.";
    }
    if (id == "non-eu-default") {
        return step.countries.empty()
                   ? "No --citizenship given, so none is taken to be EU/EEA or Swiss: you apply "
                     "as a non-EU/EEA applicant."
                   : "Everyone else applies as a non-EU/EEA applicant.";
    }
    return id;
}

} // namespace ntnu
