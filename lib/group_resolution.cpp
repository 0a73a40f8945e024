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

ResolutionStep step_for(const Catalog& catalog, std::string_view rule_id, bool fired,
                        std::vector<std::string> countries,
                        Confidence extra = Confidence::confirmed) {
    ResolutionStep step{std::string(rule_id), fired, std::move(countries), extra, {}};
    if (const GroupRuleFact* fact = catalog.rule(rule_id)) {
        step.confidence = weakest(step.confidence, fact->provenance.confidence);
        step.sources = fact->provenance.sources;
    }
    return step;
}

// Adds the confidence and sources of the country set that a step relied on.
void add_set_facts(const Catalog& catalog, ResolutionStep& step, std::string_view set_id) {
    if (const CountrySet* set = catalog.country_set(set_id)) {
        step.confidence = weakest(step.confidence, set->provenance.confidence);
        for (const auto& url : set->provenance.sources) {
            if (std::find(step.sources.begin(), step.sources.end(), url) == step.sources.end()) {
                step.sources.push_back(url);
            }
        }
    }
}

bool eu_eea_or_swiss(const Catalog& catalog, const std::string& code) {
    return in_country_set(catalog, "eu", code) || in_country_set(catalog, "eea-efta", code) ||
           in_country_set(catalog, "switzerland", code);
}

} // namespace

Resolution resolve_group(const Profile& profile, const Catalog& catalog) {
    Resolution r;
    if (profile.category) {
        r.group = *profile.category;
        r.steps.push_back({"category", true, {}, Confidence::confirmed, {}});
        return r;
    }
    if (profile.refugee == RefugeeStatus::yes) {
        r.group = Group::refugee;
        r.steps.push_back(step_for(catalog, "refugee-status", true, {}));
        return r;
    }

    // Rule 2: degree origin decides, whatever the citizenship.
    if (profile.degree_from) {
        const bool nordic = in_country_set(catalog, "nordic", *profile.degree_from);
        auto step = step_for(catalog, "nordic-degree", nordic, {*profile.degree_from});
        add_set_facts(catalog, step, "nordic");
        r.steps.push_back(std::move(step));
        if (nordic) {
            r.group = Group::nordic;
            return r;
        }
    } else {
        r.steps.push_back(step_for(catalog, "nordic-degree", false, {}));
    }

    // Rule 3: any one EU/EEA or Swiss citizenship is enough.
    std::vector<std::string> qualifying;
    for (const auto& code : profile.citizenships) {
        if (eu_eea_or_swiss(catalog, code)) {
            qualifying.push_back(code);
        }
    }
    if (!qualifying.empty()) {
        r.group = Group::eu_eea;
        auto step = step_for(catalog, "eu-eea-citizen", true, qualifying);
        for (const auto id : {"eu", "eea-efta", "switzerland"}) {
            if (std::any_of(qualifying.begin(), qualifying.end(),
                            [&](const auto& c) { return in_country_set(catalog, id, c); })) {
                add_set_facts(catalog, step, id);
            }
        }
        r.steps.push_back(std::move(step));
        // The dual-citizenship rule matters only when another citizenship would not qualify.
        if (qualifying.size() < profile.citizenships.size()) {
            r.steps.push_back(step_for(catalog, "dual-citizenship", true, profile.citizenships));
        }
        return r;
    }
    if (!profile.citizenships.empty()) {
        r.steps.push_back(step_for(catalog, "eu-eea-citizen", false, profile.citizenships));
    }
    if (profile.norwegian_id == HasNorwegianId::yes) {
        r.group = Group::eu_eea;
        r.steps.push_back(step_for(catalog, "norwegian-id", true, {}));
        return r;
    }

    // Rule 4: everyone else.
    r.group = Group::non_eu;
    // Without a citizenship, the default rests on an assumption: that none is EU/EEA/Swiss.
    r.steps.push_back(
        step_for(catalog, "non-eu-default", true, profile.citizenships,
                 profile.citizenships.empty() ? Confidence::assumed : Confidence::confirmed));
    return r;
}

} // namespace ntnu
