// SPDX-License-Identifier: MIT
#pragma once
// The admission cycle a timeline draws: which intake, and every group's milestones for it.

#include "catalog.hpp"
#include "deadlines.hpp"

#include <optional>
#include <vector>

namespace ntnu {

// One group's milestone in the cycle.
struct CycleItem {
    Group group = Group::non_eu;
    Occurrence occurrence;
    bool applies = false; // the applicant's own group's
    bool past = false;    // closed (or opened) at `now`
};

struct CycleQuery {
    Level level = Level::master;
    const Programme* programme = nullptr;
    // The applicant's group: for a refugee with no separate scheme, the regular group whose
    // deadlines they meet. None without a profile.
    std::optional<Group> own;
    std::optional<Intake> intake; // a given intake, rather than the next one
    Instant now{};
};

struct Cycle {
    Level level = Level::master;
    const Programme* programme = nullptr;
    std::optional<Group> own;
    std::vector<Group> groups;        // the groups shown (a programme may exclude some)
    std::optional<Intake> intake;     // none when the level has no dated milestones at all
    bool own_has_no_upcoming = false; // the own group has nothing ahead: another group's cycle
    std::vector<CycleItem> items;     // in closing order, then group order
    std::optional<Occurrence> missed; // the own group's deadline that closed just before
};

// The cycle to draw: the asked-for intake; else the own group's next one (with the deadline it
// recently missed, see recently_missed); else, and when the own group has nothing ahead, the
// earliest next intake of any group shown. No intake when no group has one.
Cycle choose_cycle(const Catalog& catalog, const CycleQuery& query);

// True when the programme does not take applicants of the group at all.
bool closed_to(const Programme* programme, Group group);

} // namespace ntnu
