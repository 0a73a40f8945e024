#include "cmd_deadline.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "json_output.hpp"
#include "profile_options.hpp"
#include "render_deadline.hpp"
#include "render_programme.hpp"
#include "result_fields.hpp"

#include <memory>

namespace ntnu {
namespace {

struct DeadlineOptions {
    ProfileOptions profile;
    bool explain = false;
    bool json = false;
    std::optional<std::string> format;
};

int run_deadline(const DeadlineOptions& options, Context& context) {
    const ProfileAnswers collected = collect_answers(options.profile, context);
    const auto& answers = collected.groups;
    const auto& resolution = collected.resolution;

    if (options.json && options.format) {
        throw UsageError("--json and --format cannot be used together");
    }
    if (options.json || options.format) {
        Json results = Json::array();
        std::vector<FieldRecord> records;
        for (const auto& g : answers) {
            for (const auto& a : g.answers) {
                results.push_back(json_result(a, resolution, context));
                records.push_back(deadline_fields(results.back(), a));
            }
        }
        if (options.format) {
            print_formatted(*options.format, records, context);
            return exit_ok;
        }
        Json doc = json_envelope(context);
        doc["results"] = std::move(results);
        write_json(doc, context);
        return exit_ok;
    }
    if (collected.programme && !resolution) {
        // One programme without a profile: its facts and every group's deadline.
        render_programme_details(*collected.programme, context);
        context.out << "\n";
        render_programme_overview(*collected.programme, answers, context);
    } else if (resolution) {
        render_card(answers.front(), resolution, collected.profile.level,
                    options.explain ? Explain::full : Explain::brief, context);
    } else {
        render_overview(answers, collected.profile.level, context);
    }
    return exit_ok;
}

} // namespace

Command register_deadline(CLI::App& app) {
    auto options = std::make_shared<DeadlineOptions>();
    CLI::App* sub = app.add_subcommand("deadline", "Which deadline applies to you, and how long "
                                                   "remains");
    add_profile_options(*sub, options->profile);
    add_programme_option(*sub, options->profile);
    sub->add_flag("--explain", options->explain,
                  "Show every group rule tried, with its confidence and sources");
    sub->add_flag("--json", options->json, "Print JSON for scripts (schema_version 1)");
    sub->add_option("--format", options->format,
                    "Print one line per result from a template such as '{category} "
                    "{deadline_utc} {remaining_days}'; fields are the JSON keys plus "
                    "remaining_days, remaining_hours and remaining_human")
        ->option_text("TEMPLATE");
    sub->footer(
        "Examples:\n"
        "  ntnu deadline --citizenship IN\n"
        "  ntnu deadline --citizenship Germany --degree-from Sweden --explain\n"
        "  ntnu deadline --category eu-eea --json\n"
        "  ntnu deadline --programme msisee --citizenship DE\n"
        "\nGlobal options (--now, --tz, --data, --color) work here too; see ntnu --help.\n");
    return {sub, [options](Context& context) { return run_deadline(*options, context); }};
}

} // namespace ntnu
