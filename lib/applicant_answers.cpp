// SPDX-License-Identifier: MIT
#include "applicant_answers.hpp"

#include <algorithm>

namespace ntnu {
namespace {

std::vector<Answer> answers_for(const Catalog& catalog, Group group, const ApplicantQuery& q) {
    Query query;
    query.level = q.level;
    query.group = group;
    query.now = q.now;
    query.intake = q.intake;
    query.programme = q.programme;
    query.closing_soon = q.closing_soon;
    return answer(catalog, query);
}

bool nothing_to_apply_for(const std::vector<Answer>& answers) {
    return answers.size() == 1 && answers.front().status == Status::none &&
           !answers.front().closed_to_group;
}

// For a group with nothing to apply for, the group the profile falls to without that group's
// rules, and its answers; nullopt when that gives nothing either.
std::optional<std::pair<Resolution, std::vector<Answer>>>
regular_route(const Catalog& catalog, const Profile& profile, Group group,
              const std::vector<Answer>& own, const ApplicantQuery& q) {
    Profile rest = profile;
    rest.category.reset();
    if (profile.category == Group::refugee) {
        rest.refugee = RefugeeStatus::yes;
    }
    auto resolution = resolve_group(rest, catalog, q.level, group);
    if (resolution.group == group || resolution.steps.empty()) {
        return std::nullopt;
    }
    auto answers = answers_for(catalog, resolution.group, q);
    if (nothing_to_apply_for(answers)) {
        return std::nullopt;
    }
    for (auto& a : answers) {
        a.instead_of = InsteadOf{group, own.front().none_reason, own.front().none_reason_nb,
                                 own.front().none_intake};
    }
    return std::pair{std::move(resolution), std::move(answers)};
}

} // namespace

ApplicantAnswers answer_applicant(const Catalog& catalog, const Profile& profile,
                                  const ApplicantQuery& q) {
    ApplicantAnswers out;
    std::vector<Group> groups;
    if (profile.empty()) {
        groups = catalog.groups_of(q.level);
    } else {
        out.resolution = resolve_group(profile, catalog, q.level);
        groups.push_back(out.resolution->group);
    }
    for (const Group group : groups) {
        auto answers = answers_for(catalog, group, q);
        if (nothing_to_apply_for(answers)) {
            // In an overview nothing else is known of the applicant but the group itself.
            Profile asked = profile;
            if (profile.empty() && group == Group::refugee) {
                asked.refugee = RefugeeStatus::yes;
            }
            if (auto regular = regular_route(catalog, asked, group, answers, q)) {
                answers = std::move(regular->second);
                if (out.resolution) {
                    // The territory steps were said in the first pass already.
                    for (auto& step : regular->first.steps) {
                        if (step.kind != StepKind::territory) {
                            out.resolution->steps.push_back(std::move(step));
                        }
                    }
                }
            }
        }
        out.groups.push_back({group, std::move(answers)});
    }
    return out;
}

} // namespace ntnu
