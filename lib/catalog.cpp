#include "catalog.hpp"

#include <algorithm>

namespace ntnu {

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

} // namespace ntnu
