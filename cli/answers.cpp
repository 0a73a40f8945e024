#include "answers.hpp"

namespace ntnu {

ProfileAnswers collect_answers(const ProfileOptions& options, const Context& context,
                               std::chrono::seconds closing_soon) {
    ProfileAnswers out;
    out.profile = resolve_profile(options);
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
        out.groups.push_back({group, answer(context.catalog, query)});
    }
    return out;
}

} // namespace ntnu
