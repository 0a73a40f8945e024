// SPDX-License-Identifier: MIT
#pragma once
// The journey after the application, for people (a list that fits 80 columns), for scripts
// (JSON) and for calendars (all-day events): the steps come from lib/journey.hpp.

#include "context.hpp"
#include "deadlines.hpp"
#include "journey.hpp"

#include <string>
#include <vector>

namespace ntnu {

// The journey of one group for one intake; `profile` (may be nullptr) decides the fee and
// permit steps by the applicant's own citizenship and status.
std::vector<JourneyEntry> journey_for(Level level, Group group, const Intake& intake,
                                      const Programme* programme, const Profile* profile,
                                      const Context& c);

// "20 Jul 2027", "Aug 2027" or "undated": when a step is due.
std::string journey_when(const JourneyEntry& entry, const Language& lang);

// The step's title in the output language.
std::string journey_title(const JourneyEntry& entry, const Language& lang);

enum class Mine { no, yes }; // the steps are the applicant's own: marked ">"

// The list: one entry per step, in journey order, each with its rule, confidence and sources.
void render_journey(const std::vector<JourneyEntry>& entries, Mine mine, Context& c);

// The one line a deadline card ends with: the next step after the application deadline among
// the answers of the applicant's group, for their profile (fee and permit steps). Nothing when
// the data has no step after the deadline.
void render_next_step(const std::vector<Answer>& answers, const Profile& profile, Context& c);

} // namespace ntnu
