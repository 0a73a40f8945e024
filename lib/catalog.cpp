// SPDX-License-Identifier: MIT
#include "catalog.hpp"

#include "text.hpp"

#include <algorithm>

namespace ntnu {

bool data_is_stale(const Meta& meta, date::sys_seconds now) {
    auto year_later = meta.last_checked + date::years{1};
    if (!year_later.ok()) {
        // 29 February plus a year: the year is over once 28 February is.
        year_later = year_later.year() / year_later.month() / date::last;
    }
    return now >= date::sys_days{year_later} + date::days{1};
}

bool programme_source_is_old(const Programme& programme, const Meta& meta) {
    constexpr int old_after_years = 3;
    return programme.source_year != 0 &&
           programme.source_year + old_after_years < static_cast<int>(meta.last_checked.year());
}

const PausedIntake* Programme::paused_intake(const Intake& intake) const {
    const auto it = std::find_if(paused.begin(), paused.end(),
                                 [&](const PausedIntake& p) { return p.intake == intake; });
    return it == paused.end() ? nullptr : &*it;
}

const PausedIntake* Programme::last_paused() const {
    const auto it = std::max_element(
        paused.begin(), paused.end(),
        [](const PausedIntake& a, const PausedIntake& b) { return a.intake < b.intake; });
    return it == paused.end() ? nullptr : &*it;
}

const CountrySet* Catalog::country_set(std::string_view id) const {
    const auto it = std::find_if(country_sets.begin(), country_sets.end(),
                                 [&](const CountrySet& s) { return s.id == id; });
    return it == country_sets.end() ? nullptr : &*it;
}

const GroupRule* Catalog::rule(std::string_view id) const {
    const auto it =
        std::find_if(rules.begin(), rules.end(), [&](const GroupRule& r) { return r.id == id; });
    return it == rules.end() ? nullptr : &*it;
}

std::vector<const GroupRule*> Catalog::rules_for(Level level) const {
    std::vector<const GroupRule*> out;
    for (const auto& r : rules) {
        if (std::find(r.levels.begin(), r.levels.end(), level) != r.levels.end()) {
            out.push_back(&r);
        }
    }
    return out;
}

std::vector<Group> Catalog::groups_of(Level level) const {
    const auto rules = rules_for(level);
    std::vector<Group> out;
    for (const Group g : all_values<Group>()) {
        if (std::any_of(rules.begin(), rules.end(), [&](const auto* r) { return r->group == g; })) {
            out.push_back(g);
        }
    }
    return out;
}

const TerritoryCitizenship* Catalog::territory(std::string_view alpha2) const {
    for (const auto& t : territories) {
        if (std::find(t.territories.begin(), t.territories.end(), alpha2) != t.territories.end()) {
            return &t;
        }
    }
    return nullptr;
}

const Track* Catalog::track(Level level, Group group) const {
    const auto it = std::find_if(tracks.begin(), tracks.end(), [&](const Track& t) {
        return t.level == level && t.group == group;
    });
    return it == tracks.end() ? nullptr : &*it;
}

const Programme* Catalog::programme(std::string_view id) const {
    const auto wanted = ascii_lower(id);
    const auto it = std::find_if(programmes.begin(), programmes.end(),
                                 [&](const Programme& p) { return ascii_lower(p.id) == wanted; });
    return it == programmes.end() ? nullptr : &*it;
}

} // namespace ntnu
