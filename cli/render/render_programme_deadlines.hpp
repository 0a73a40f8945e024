// SPDX-License-Identifier: MIT
#pragma once
// Human output for "which programmes can I still make?": each programme with the applicant's
// own deadline for the coming intake, the time left, and what stands in the way.

#include "context.hpp"
#include "programme_deadlines.hpp"
#include "programme_search.hpp"

#include <vector>

namespace ntnu {

struct ProgrammeDeadlineView {
    const std::vector<ProgrammeDeadline>& rows; // soonest first, already filtered
    const ProgrammeFilter& filter;
    Group group;              // the applicant's group, as resolved at the master's level
    Intake intake;            // the coming intake
    bool still_open;          // --still-open: rows that have closed were left out
    std::size_t left_out = 0; // how many --still-open left out
};

void render_programme_deadlines(const ProgrammeDeadlineView& view, Context& context);

} // namespace ntnu
