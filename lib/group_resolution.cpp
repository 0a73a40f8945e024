// SPDX-License-Identifier: MIT
#include "group_resolution.hpp"

#include <algorithm>

namespace ntnu {

bool Profile::empty() const {
    return citizenships.empty() && !degree_from && norwegian_id == HasNorwegianId::no &&
           refugee == RefugeeStatus::no && !category;
}

Confidence Resolution::confidence() const {
    Confidence c = Confidence::confirmed;
    for (const auto& step : steps) {
        if (step.fired) {
            c = weakest(c, step.confidence);
        }
    }
    return c;
}

bool in_country_set(const Catalog& catalog, std::string_view set_id, std::string_view alpha2) {
    const CountrySet* set = catalog.country_set(set_id);
    return set != nullptr &&
           std::find(set->countries.begin(), set->countries.end(), alpha2) != set->countries.end();
}

namespace {

void add_sources(ResolutionStep& step, const Provenance& facts) {
    step.confidence = weakest(step.confidence, facts.confidence);
    for (const auto& url : facts.sources) {
        if (std::find(step.sources.begin(), step.sources.end(), url) == step.sources.end()) {
            step.sources.push_back(url);
        }
    }
    for (const auto& source : facts.source_details) {
        if (std::find(step.source_details.begin(), step.source_details.end(), source) ==
            step.source_details.end()) {
            step.source_details.push_back(source);
        }
    }
}

bool in_any_set(const Catalog& catalog, const GroupRule& rule, std::string_view code) {
    return std::any_of(rule.country_sets.begin(), rule.country_sets.end(),
                       [&](const std::string& set) { return in_country_set(catalog, set, code); });
}

// Adds the confidence and sources of each country set that holds one of `codes`.
void add_set_facts(const Catalog& catalog, const GroupRule& rule,
                   const std::vector<std::string>& codes, ResolutionStep& step) {
    for (const auto& id : rule.country_sets) {
        const CountrySet* set = catalog.country_set(id);
        if (set != nullptr && std::any_of(codes.begin(), codes.end(), [&](const auto& c) {
                return in_country_set(catalog, id, c);
            })) {
            add_sources(step, set->provenance);
        }
    }
}

// The citizenships as the rules see them: a territory's code becomes its people's citizenship,
// with a step that says so.
std::vector<std::string> citizenships_of(const Profile& profile, const Catalog& catalog,
                                         std::vector<ResolutionStep>& steps) {
    std::vector<std::string> out;
    for (const auto& code : profile.citizenships) {
        std::string held = code;
        if (const TerritoryCitizenship* t = catalog.territory(code)) {
            ResolutionStep step;
            step.rule_id = code;
            step.kind = StepKind::territory;
            step.fired = true;
            step.countries = {code, t->citizenship};
            step.note = t->note;
            step.note_nb = t->note_nb;
            add_sources(step, t->provenance);
            steps.push_back(std::move(step));
            held = t->citizenship;
        }
        if (std::find(out.begin(), out.end(), held) == out.end()) {
            out.push_back(held);
        }
    }
    return out;
}

// Checks one rule against the profile; the step says whether it held and what it looked at.
ResolutionStep check_rule(const GroupRule& rule, const Profile& profile,
                          const std::vector<std::string>& citizenships, const Catalog& catalog) {
    ResolutionStep step;
    step.rule_id = rule.id;
    step.condition = rule.condition;
    step.group = rule.group;
    step.note = rule.note;
    step.note_nb = rule.note_nb;
    add_sources(step, rule.provenance);
    std::vector<std::string> qualifying;
    for (const auto& code : citizenships) {
        if (in_any_set(catalog, rule, code)) {
            qualifying.push_back(code);
        }
    }
    switch (rule.condition) {
    case RuleCondition::refugee: step.fired = profile.refugee == RefugeeStatus::yes; break;
    case RuleCondition::degree_from:
        if (profile.degree_from) {
            step.countries = {*profile.degree_from};
            step.fired = in_any_set(catalog, rule, *profile.degree_from);
            add_set_facts(catalog, rule, step.countries, step);
        }
        break;
    case RuleCondition::dual_citizen_of:
        step.fired = !qualifying.empty() && qualifying.size() < citizenships.size();
        step.countries = step.fired ? qualifying : citizenships;
        break;
    case RuleCondition::citizen_of:
        step.fired = !qualifying.empty();
        step.countries = step.fired ? qualifying : citizenships;
        break;
    case RuleCondition::norwegian_id:
        step.fired = profile.norwegian_id == HasNorwegianId::yes;
        break;
    case RuleCondition::otherwise:
        step.fired = true;
        step.countries = citizenships;
        // Without a citizenship, the default rests on an assumption: that none would qualify.
        if (citizenships.empty()) {
            step.confidence = Confidence::assumed;
        }
        break;
    }
    if (step.fired && (rule.condition == RuleCondition::citizen_of ||
                       rule.condition == RuleCondition::dual_citizen_of)) {
        add_set_facts(catalog, rule, qualifying, step);
    }
    return step;
}

// A rule that did not hold is worth showing when it tells the applicant something: a Nordic
// degree they might have, or citizenships that did not qualify.
bool worth_a_hint(const ResolutionStep& step) {
    switch (step.condition) {
    case RuleCondition::degree_from: return true;
    case RuleCondition::citizen_of: return !step.countries.empty();
    default: return false;
    }
}

} // namespace

Resolution resolve_group(const Profile& profile, const Catalog& catalog, Level level,
                         std::optional<Group> excluded) {
    Resolution r;
    if (profile.category) {
        r.group = *profile.category;
        ResolutionStep step;
        step.rule_id = "category";
        step.kind = StepKind::category;
        step.group = *profile.category;
        step.fired = true;
        r.steps.push_back(std::move(step));
        return r;
    }
    const auto citizenships = citizenships_of(profile, catalog, r.steps);
    for (const GroupRule* rule : catalog.rules_for(level)) {
        if (excluded && rule->group == *excluded) {
            continue;
        }
        auto step = check_rule(*rule, profile, citizenships, catalog);
        const bool fired = step.fired;
        if (fired || worth_a_hint(step)) {
            r.steps.push_back(std::move(step));
        }
        if (fired) {
            r.group = rule->group;
            return r;
        }
    }
    // The loader requires every level that has deadlines to end its rules with `otherwise`; a
    // level without rules has no deadlines either, so this group is never shown with a date.
    r.group = Group::non_eu;
    return r;
}

std::optional<Group> citizen_group(const Catalog& catalog, Level level, std::string_view alpha2) {
    Profile profile;
    profile.citizenships = {std::string(alpha2)};
    std::vector<ResolutionStep> ignored;
    const auto citizenships = citizenships_of(profile, catalog, ignored);
    for (const GroupRule* rule : catalog.rules_for(level)) {
        const bool about_citizenship = rule->condition == RuleCondition::citizen_of ||
                                       rule->condition == RuleCondition::otherwise;
        if (about_citizenship && check_rule(*rule, profile, citizenships, catalog).fired) {
            return rule->group;
        }
    }
    return std::nullopt;
}

} // namespace ntnu
