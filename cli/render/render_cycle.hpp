// SPDX-License-Identifier: MIT
#pragma once
// The timeline command's screen: the title, the milestones on a month axis, the notes, and the
// steps after the application. The cycle itself comes from lib/cycle.hpp; this draws it.

#include "context.hpp"
#include "cycle.hpp"
#include "journey.hpp"
#include "render_journey.hpp"

#include <vector>

namespace ntnu {

// One group's steps after the application.
struct GroupJourney {
    Group group = Group::non_eu;
    Mine mine = Mine::no;
    std::vector<JourneyEntry> entries;
};

// The cycle, with every group's steps after the application, in group order; the
// applicant's own are `mine`.
struct TimelineCycle : Cycle {
    std::vector<GroupJourney> journeys;
};

// The applicant's own journey in the cycle, or nullptr.
const GroupJourney* own_journey(const TimelineCycle& cycle);

// The step that starts the semester, from the data: the applicant's, else any group's.
const JourneyEntry* semester_start(const TimelineCycle& cycle);

// The screen of a cycle with an intake; with `all`, every group's steps after the application.
void render_cycle(const TimelineCycle& cycle, bool all, Context& c);

// The screen when there is no cycle to draw, saying why.
void render_no_cycle(const Cycle& cycle, Context& c);

} // namespace ntnu
