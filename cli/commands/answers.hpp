// SPDX-License-Identifier: MIT
#pragma once
// From a typed profile to the answers every command renders: the group(s) and their deadlines.

#include "context.hpp"
#include "profile_options.hpp"
#include "render_deadline.hpp"
#include "requirements.hpp"

#include <optional>
#include <vector>

namespace ntnu {

struct ProfileAnswers {
    ResolvedProfile profile;
    std::optional<Resolution> resolution; // empty when no profile was given
    std::vector<GroupAnswers> groups;     // one group for a profile, every group without one
    const Programme* programme = nullptr; // from options.programme, if given
};

// Resolves the profile's group (or takes every group) and answers for each at context.now.
// With options.programme, the answers are the programme's, at the programme's level.
ProfileAnswers collect_answers(const ProfileOptions& options, const Context& context,
                               std::chrono::seconds closing_soon = default_closing_soon);

// The application deadline `deadline` gives the profile: its apply milestone with a date, else
// its first answer; nullptr without a profile.
const Answer* deadline_answer(const ProfileAnswers& collected);

// What the profile must have ready (lib/requirements.hpp), for the deadline it gets.
std::vector<RequirementItem> profile_requirements(const ProfileAnswers& collected,
                                                  const Context& context,
                                                  std::optional<std::string> school_from = {},
                                                  std::optional<EnglishTestTaken> test = {});

} // namespace ntnu
