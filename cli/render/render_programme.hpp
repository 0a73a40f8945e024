// SPDX-License-Identifier: MIT
#pragma once
// Human output for the programme catalogue: one programme's facts, and its deadline per group.

#include "context.hpp"
#include "programme_search.hpp"
#include "render_deadline.hpp"

#include <string>
#include <vector>

namespace ntnu {

// What the filter asked for, in words: "at Gjøvik, matching 'security'"; "" for nothing.
std::string programmes_filter_text(const ProgrammeFilter& filter, const Language& lang);

// "Joint Nordic", "Erasmus Mundus": the kind of programme, for people.
std::string kind_title(ProgrammeKind kind, const Language& lang);

// "Gjøvik", "Trondheim, Gjøvik", or "unconfirmed" when the data has no campus.
std::string campus_list(const Programme& programme, const Language& lang);

// "2 years", or "" when the data has no duration.
std::string duration_text(const Programme& programme, const Language& lang);

// The programme's heading and facts: campus, duration, kind, level, deadlines, URL, note.
void render_programme_details(const Programme& programme, Context& context);

// The programme's next deadline for each group, in a table, with what the data says about the
// groups it has no date for (closed to them, or its own deadline not in the data).
void render_programme_overview(const Programme& programme, const std::vector<GroupAnswers>& groups,
                               Context& context);

// The catalogue's programmes that the filter found, in a table fitted to the terminal, with
// what the filter asked for and the programmes a campus filter could not place.
void render_programmes(const std::vector<const Programme*>& found, const ProgrammeFilter& filter,
                       Context& context);

} // namespace ntnu
