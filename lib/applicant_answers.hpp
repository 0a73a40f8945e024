// SPDX-License-Identifier: MIT
#pragma once
// From a profile to the deadlines that apply: the group (or every group of the level), and for
// a refugee with no separate scheme, the regular deadline the rest of the profile leads to.

#include "deadlines.hpp"
#include "group_resolution.hpp"

#include <chrono>
#include <optional>
#include <vector>

namespace ntnu {

// The answers for one of the groups shown: the applicant's, or each group of an overview.
struct GroupAnswers {
    Group group = Group::non_eu; // the group as resolved or listed (answers may stand in for it)
    std::vector<Answer> answers;
};

struct ApplicantQuery {
    Level level = Level::master;
    Instant now{};
    std::optional<Intake> intake;
    const Programme* programme = nullptr;
    std::chrono::seconds closing_soon = default_closing_soon;
    std::optional<std::string> home_country; // exchange: where the home university is
};

struct ApplicantAnswers {
    // Empty when no profile was given. For a refugee with no separate scheme, the steps of both
    // passes: the one that found the refugee group, then the one without its rules.
    std::optional<Resolution> resolution;
    std::vector<GroupAnswers> groups; // one for a profile; every group of the level without one
};

// Resolves the profile (none: every group of the level) and answers for each group. A group
// whose answer is `none` although the profile also fits another group's rules (a refugee when
// NTNU runs no separate admission) gets that group's answers, marked `instead_of`: nobody who
// can apply through a regular process is told there is no deadline. A group whose separate
// scheme is dated (a refugee's temporary study places) gets the regular route first too, and the
// scheme's answers after it, marked Answer::scheme: the places are not a programme's admission.
ApplicantAnswers answer_applicant(const Catalog& catalog, const Profile& profile,
                                  const ApplicantQuery& query);

} // namespace ntnu
