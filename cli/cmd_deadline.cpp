#include "cmd_deadline.hpp"

#include "json_output.hpp"
#include "profile_options.hpp"
#include "render_deadline.hpp"

#include <memory>

namespace ntnu {
namespace {

struct DeadlineOptions {
    ProfileOptions profile;
    bool explain = false;
    bool json = false;
};

int run_deadline(const DeadlineOptions& options, Context& context) {
    const ResolvedProfile resolved = resolve_profile(options.profile);
    std::optional<Resolution> resolution;
    std::vector<Group> groups;
    if (resolved.profile.empty()) {
        const auto all = all_values<Group>();
        groups.assign(all.begin(), all.end());
    } else {
        resolution = resolve_group(resolved.profile, context.catalog);
        groups.push_back(resolution->group);
    }

    std::vector<GroupAnswers> answers;
    for (const Group group : groups) {
        Query query;
        query.level = resolved.level;
        query.group = group;
        query.now = context.now;
        query.intake = resolved.intake;
        answers.push_back({group, answer(context.catalog, query)});
    }

    if (options.json) {
        Json doc = json_envelope(context);
        Json results = Json::array();
        for (const auto& g : answers) {
            for (const auto& a : g.answers) {
                results.push_back(json_result(a, resolution, context));
            }
        }
        doc["results"] = std::move(results);
        write_json(doc, context);
        return 0;
    }
    if (resolution) {
        render_card(answers.front(), resolution, resolved.level,
                    options.explain ? Explain::full : Explain::brief, context);
    } else {
        render_overview(answers, resolved.level, context);
    }
    return 0;
}

} // namespace

Command register_deadline(CLI::App& app) {
    auto options = std::make_shared<DeadlineOptions>();
    CLI::App* sub = app.add_subcommand("deadline", "Which deadline applies to you, and how long "
                                                   "remains");
    add_profile_options(*sub, options->profile);
    sub->add_flag("--explain", options->explain,
                  "Show every group rule tried, with its confidence and sources");
    sub->add_flag("--json", options->json, "Print JSON for scripts (schema_version 1)");
    sub->footer(
        "Examples:\n"
        "  ntnu deadline --citizenship IN\n"
        "  ntnu deadline --citizenship Germany --degree-from Sweden --explain\n"
        "  ntnu deadline --category eu-eea --json\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_deadline(*options, context); }};
}

} // namespace ntnu
