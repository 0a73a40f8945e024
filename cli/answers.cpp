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
    std::vector<Group> groups;
    if (out.profile.profile.empty()) {
        const auto all = all_values<Group>();
        groups.assign(all.begin(), all.end());
    } else {
        out.resolution = resolve_group(out.profile.profile, context.catalog);
        groups.push_back(out.resolution->group);
    }
    for (const Group group : groups) {
        Query query;
        query.level = out.profile.level;
        query.group = group;
        query.now = context.now;
        query.intake = out.profile.intake;
        query.closing_soon = closing_soon;
        query.programme = out.programme;
        out.groups.push_back({group, answer(context.catalog, query)});
    }
    return out;
}

} // namespace ntnu
