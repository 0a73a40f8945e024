// SPDX-License-Identifier: MIT
#include "cycle.hpp"

#include <algorithm>

namespace ntnu {

bool closed_to(const Programme* programme, Group group) {
    return programme != nullptr &&
           std::find(programme->closed_to.begin(), programme->closed_to.end(), group) !=
               programme->closed_to.end();
}

Cycle choose_cycle(const Catalog& catalog, const CycleQuery& q) {
    Cycle cycle;
    cycle.level = q.level;
    cycle.programme = q.programme;
    cycle.own = q.own;
    for (const Group g : catalog.groups_of(cycle.level)) {
        if (!closed_to(cycle.programme, g)) {
            cycle.groups.push_back(g);
        }
    }
    const auto scope = [&](Group g) {
        return Scope{cycle.level, g, cycle.programme, std::nullopt};
    };
    cycle.intake = q.intake;
    if (!cycle.intake && cycle.own && !closed_to(cycle.programme, *cycle.own)) {
        cycle.intake = next_intake(catalog, scope(*cycle.own), q.now);
        cycle.own_has_no_upcoming = !cycle.intake;
        Query asked;
        asked.level = cycle.level;
        asked.group = *cycle.own;
        asked.now = q.now;
        asked.programme = cycle.programme;
        const auto own = answer(catalog, asked);
        if (cycle.intake && !own.empty() && own.front().previous &&
            recently_missed(*own.front().previous, *cycle.intake, q.now)) {
            cycle.missed = own.front().previous;
        }
    }
    // A group's separate scheme (a refugee's temporary places) is not the programmes' cycle:
    // the regular groups' next intake is drawn, the scheme's only when no other group has one.
    const auto is_scheme = [&](Group g) {
        const Track* track = catalog.track(cycle.level, g);
        return track != nullptr && track->kind == TrackKind::scheme;
    };
    for (const bool schemes : {false, true}) {
        if (cycle.intake) {
            break;
        }
        for (const Group g : cycle.groups) {
            if (is_scheme(g) != schemes) {
                continue;
            }
            const auto next = next_intake(catalog, scope(g), q.now);
            if (next && (!cycle.intake || *next < *cycle.intake)) {
                cycle.intake = next;
            }
        }
    }
    if (!cycle.intake) {
        cycle.own_has_no_upcoming = false; // nobody has a cycle: said once, for everyone
        return cycle;
    }
    for (const Group g : cycle.groups) {
        for (auto& o : occurrences_for_intake(catalog, scope(g), *cycle.intake)) {
            CycleItem item;
            item.group = g;
            item.applies = cycle.own == g;
            item.past = status_at(o.closes, q.now, default_closing_soon) == Status::closed;
            item.occurrence = std::move(o);
            cycle.items.push_back(std::move(item));
        }
    }
    std::stable_sort(cycle.items.begin(), cycle.items.end(),
                     [](const CycleItem& a, const CycleItem& b) {
                         return a.occurrence.closes < b.occurrence.closes;
                     });
    return cycle;
}

} // namespace ntnu
