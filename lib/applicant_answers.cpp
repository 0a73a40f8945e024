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
    query.home_country = q.home_country;
    return answer(catalog, query);
}

bool nothing_to_apply_for(const std::vector<Answer>& answers) {
    return answers.size() == 1 && answers.front().status == Status::none &&
           !answers.front().closed_to_group;
}

// The group's separate scheme has dated places: a refugee's temporary study places. They are
// not a programme's admission, so the regular route still comes first.
bool scheme_dated(const std::vector<Answer>& answers) {
    return !answers.empty() && answers.front().occurrence && answers.front().track != nullptr &&
           answers.front().track->kind == TrackKind::scheme;
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
                                  const ApplicantQuery& query) {
    ApplicantQuery q = query;
    if (!q.home_country) {
        q.home_country = profile.home_country; // the profile's, unless the query names one
    }
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
        const bool scheme_open = scheme_dated(answers);
        if (nothing_to_apply_for(answers) || scheme_open) {
            // In an overview nothing else is known of the applicant but the group itself.
            Profile asked = profile;
            if (profile.empty() && group == Group::refugee) {
                asked.refugee = RefugeeStatus::yes;
            }
            if (auto regular = regular_route(catalog, asked, group, answers, q)) {
                if (scheme_open) {
                    for (auto& a : regular->second) {
                        a.instead_of->scheme_open = true;
                    }
                    // The temporary places are nobody's programme: asked about one, only
                    // its regular route is an answer.
                    for (auto& a : q.programme ? std::vector<Answer>{} : answers) {
                        a.scheme = true;
                        regular->second.push_back(std::move(a));
                    }
                }
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
