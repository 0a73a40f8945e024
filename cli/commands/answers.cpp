// SPDX-License-Identifier: MIT
#include "answers.hpp"

#include "errors.hpp"
#include "wording.hpp"

#include <fmt/format.h>

namespace ntnu {

ProfileAnswers collect_answers(const ProfileOptions& options, const Context& context,
                               std::chrono::seconds closing_soon) {
    ProfileAnswers out;
    out.profile = resolve_profile(options, context.lang);
    if (options.programme) {
        out.programme = &find_programme_or_throw(context.catalog, *options.programme, context.lang);
        if (!options.level) {
            out.profile.level = out.programme->level;
        } else if (out.profile.level != out.programme->level) {
            throw UsageError(context.lang.format(
                Msg::error_programme_level_mismatch, fmt::arg("programme", out.programme->id),
                fmt::arg("level_title", level_title(out.programme->level, context.lang)),
                fmt::arg("level", to_string(out.profile.level))));
        }
    }
    ApplicantQuery query;
    query.level = out.profile.level;
    query.now = context.now;
    query.intake = out.profile.intake;
    query.closing_soon = closing_soon;
    query.programme = out.programme;
    query.home_country = out.profile.profile.home_country;
    auto answers = answer_applicant(context.catalog, out.profile.profile, query);
    out.resolution = std::move(answers.resolution);
    out.groups = std::move(answers.groups);
    return out;
}

const Answer* deadline_answer(const ProfileAnswers& collected) {
    if (!collected.resolution || collected.groups.empty()) {
        return nullptr;
    }
    const auto& answers = collected.groups.front().answers;
    for (const auto& a : answers) {
        if (a.milestone == Milestone::apply && a.occurrence) {
            return &a;
        }
    }
    return answers.empty() ? nullptr : &answers.front();
}

std::vector<RequirementItem> profile_requirements(const ProfileAnswers& collected,
                                                  const Context& context,
                                                  std::optional<std::string> school_from,
                                                  std::optional<EnglishTestTaken> test) {
    RequirementQuery q;
    q.level = collected.profile.level;
    q.profile = &collected.profile.profile;
    q.programme = collected.programme;
    q.school_from = std::move(school_from);
    const Answer* answer = deadline_answer(collected);
    if (collected.resolution) {
        q.group = answer != nullptr ? answer->group : collected.resolution->group;
    }
    if (answer != nullptr && answer->occurrence) {
        q.deadline = date::year_month_day{date::floor<date::days>(answer->occurrence->local)};
        q.deadline_confidence = answer->occurrence->date_confidence;
    }
    q.english_test = std::move(test);
    return requirements_for(context.catalog, q);
}

} // namespace ntnu
