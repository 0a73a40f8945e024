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

const CountrySet* Catalog::country_set(std::string_view id) const {
    const auto it = std::find_if(country_sets.begin(), country_sets.end(),
                                 [&](const CountrySet& s) { return s.id == id; });
    return it == country_sets.end() ? nullptr : &*it;
}

const GroupRuleFact* Catalog::rule(std::string_view id) const {
    const auto it = std::find_if(rules.begin(), rules.end(),
                                 [&](const GroupRuleFact& r) { return r.id == id; });
    return it == rules.end() ? nullptr : &*it;
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
