// SPDX-License-Identifier: MIT
#include "command_list.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "json_output.hpp"
#include "profile_options.hpp"
#include "render_deadline.hpp"
#include "render_journey.hpp"
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
        throw UsageError(std::string(context.lang.text(Msg::error_json_and_format)));
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
            warn_if_stale(context);
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
        render_next_step(collected, context);
    } else {
        render_overview(answers, collected.profile.level, context);
    }
    return exit_ok;
}

Command register_deadline(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<DeadlineOptions>();
    add_profile_options(*sub, options->profile, l);
    add_programme_option(*sub, options->profile, l);
    sub->add_flag("--explain", options->explain, help(l, Msg::help_explain));
    sub->add_flag("--json", options->json, help(l, Msg::help_json));
    sub->add_option("--format", options->format, help(l, Msg::help_deadline_format))
        ->option_text(help(l, Msg::metavar_template));
    sub->footer(command_footer(l, Msg::help_deadline_footer));
    return {sub, [options](Context& context) { return run_deadline(*options, context); }};
}

} // namespace

const CommandDefinition deadline_command{"deadline", Msg::help_deadline, Needs::context,
                                         register_deadline};

} // namespace ntnu
