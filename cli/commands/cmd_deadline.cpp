// SPDX-License-Identifier: MIT
#include "command_list.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "profile_options.hpp"
#include "render_deadline.hpp"
#include "render_journey.hpp"
#include "render_programme.hpp"
#include "render_requirements.hpp"
#include "result_fields.hpp"
#include "script_output.hpp"

#include <memory>

namespace ntnu {
namespace {

struct DeadlineOptions {
    ProfileOptions profile;
    bool explain = false;
    ScriptOptions script;
};

int run_deadline(const DeadlineOptions& options, Context& context) {
    const ProfileAnswers collected = collect_answers(options.profile, context);
    const auto& answers = collected.groups;
    const auto& resolution = collected.resolution;

    if (options.script.wanted()) {
        ScriptAnswer answer;
        Json results = Json::array();
        for (const auto& g : answers) {
            for (const auto& a : g.answers) {
                results.push_back(json_result(a, resolution, context));
                answer.records.push_back(deadline_fields(results.back(), a));
            }
        }
        answer.document["results"] = std::move(results);
        write_script_answer(options.script, answer, context);
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
        render_next_step(answers.front().answers, collected.profile.profile, context);
        render_requirements_count(profile_requirements(collected, context), context);
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
    add_script_options(*sub, options->script, l, Msg::help_deadline_format);
    sub->footer(command_footer(l, Msg::help_deadline_footer));
    return {sub, [options](Context& context) { return run_deadline(*options, context); }};
}

} // namespace

const CommandDefinition deadline_command{"deadline", Msg::help_deadline, Needs::context,
                                         register_deadline};

} // namespace ntnu
