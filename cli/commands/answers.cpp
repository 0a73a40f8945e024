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

} // namespace ntnu
