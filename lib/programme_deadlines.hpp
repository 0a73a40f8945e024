// SPDX-License-Identifier: MIT
#pragma once
// Which programmes can an applicant still make? For each programme, the applicant's own
// deadline for the coming intake (the programme's own date where it has one, the general date
// of the applicant's group otherwise), the time left at `now`, and what stands in the way.

#include "applicant_answers.hpp"

#include <chrono>
#include <optional>
#include <vector>

namespace ntnu {

// What one programme's row says for one applicant and intake.
enum class ProgrammeStatus {
    open,            // the deadline is ahead
    closing_soon,    // ahead, inside the closing-soon window
    closed,          // closed for this cycle (this intake)
    closed_to_group, // the programme does not take the applicant's group at all
    paused,          // NTNU paused the programme's intake ([[programme.paused]])
    none,            // no dated deadline in the data for this intake
};

template <> struct EnumNames<ProgrammeStatus> {
    static constexpr std::array<std::pair<ProgrammeStatus, std::string_view>, 6> names{{
        {ProgrammeStatus::open, "open"},
        {ProgrammeStatus::closing_soon, "closing_soon"},
        {ProgrammeStatus::closed, "closed"},
        {ProgrammeStatus::closed_to_group, "closed_to_group"},
        {ProgrammeStatus::paused, "paused"},
        {ProgrammeStatus::none, "none"},
    }};
};

struct ProgrammeDeadline {
    const Programme* programme = nullptr;
    Group applies_as = Group::non_eu; // the group whose deadline this is
    Intake intake;
    ProgrammeStatus status = ProgrammeStatus::none;
    std::optional<Occurrence> occurrence;          // the deadline to meet, when dated
    std::optional<std::chrono::seconds> remaining; // closes - now; negative once closed
    bool own_date = false; // the programme's own deadline, not the group's general one
};

struct ProgrammeDeadlineQuery {
    Instant now{};
    Intake intake; // the coming intake: see coming_intake
    std::chrono::seconds closing_soon = default_closing_soon;
};

// The coming intake at `now`: the next autumn whose semester has not started. Autumn teaching
// starts in August, so from 1 August (local to `zone`) the coming autumn is next year's.
Intake coming_intake(Instant now, const date::time_zone& zone);

// One row per programme, soonest first: deadlines still ahead by closing instant, then those
// closed for this cycle, then paused, closed to the group, and undated ones, each by id. The
// group is resolved at each programme's level; a refugee with no separate scheme meets the
// regular deadline of the group the rest of the profile leads to.
std::vector<ProgrammeDeadline> programme_deadlines(const Catalog& catalog,
                                                   const std::vector<const Programme*>& programmes,
                                                   const Profile& profile,
                                                   const ProgrammeDeadlineQuery& query);

// True when the applicant can still apply: the deadline is ahead (open or closing soon).
bool still_open(const ProgrammeDeadline& row);

} // namespace ntnu
