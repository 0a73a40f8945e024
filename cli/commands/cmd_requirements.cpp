// SPDX-License-Identifier: MIT
#include "command_list.hpp"

#include "answers.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "profile_options.hpp"
#include "render_requirements.hpp"
#include "requirements.hpp"
#include "requirements_json.hpp"
#include "script_output.hpp"
#include "text.hpp"

#include <fmt/format.h>

#include <memory>

namespace ntnu {
namespace {

using fmt::arg;

struct RequirementsOptions {
    ProfileOptions profile;
    std::optional<std::string> school_from;
    std::optional<std::string> english_test;
    std::optional<std::string> english_test_date;
    bool explain = false;
    ScriptOptions script;
};

// "2024-10-01" and nothing looser: a test's day decides whether it still counts.
std::optional<date::year_month_day> parse_day(const std::string& text) {
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                        std::all_of(text.begin(), text.end(),
                                    [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shaped) {
        return std::nullopt;
    }
    const date::year_month_day day{date::year{std::stoi(text.substr(0, 4))},
                                   date::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
                                   date::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    return day.ok() ? std::optional(day) : std::nullopt;
}

// The day it is now in the institution's zone, where the deadlines are local.
date::year_month_day today(const Context& context) {
    const auto local = date::make_zoned(context.catalog.meta.zone, context.now).get_local_time();
    return date::year_month_day{date::floor<date::days>(local)};
}

std::optional<EnglishTestTaken> english_test(const RequirementsOptions& o, const Context& c) {
    const auto& l = c.lang;
    if (o.english_test_date && !o.english_test) {
        throw UsageError(std::string(l.text(Msg::error_english_test_date_needs_test)));
    }
    if (!o.english_test) {
        return std::nullopt;
    }
    EnglishTestTaken taken;
    taken.test = find_english_test(c.catalog, ascii_lower(*o.english_test));
    if (taken.test == nullptr) {
        std::vector<std::string> names;
        for (const auto& t : c.catalog.english_tests) {
            names.push_back(t.id);
        }
        throw UsageError(
            l.format(Msg::error_unknown_english_test, arg("value", *o.english_test),
                     arg("hint", hint_text(closest_matches(*o.english_test, names), l)),
                     arg("choices", fmt::format("{}", fmt::join(names, ", ")))));
    }
    if (o.english_test_date) {
        taken.taken = parse_day(*o.english_test_date);
        if (!taken.taken) {
            throw UsageError(
                l.format(Msg::error_english_test_date_invalid, arg("value", *o.english_test_date)));
        }
        if (*taken.taken > today(c)) {
            throw UsageError(l.format(Msg::error_english_test_date_future,
                                      arg("value", *o.english_test_date),
                                      arg("today", date::format("%F", today(c)))));
        }
    }
    return taken;
}

int run_requirements(const RequirementsOptions& options, Context& context) {
    const ProfileAnswers collected = collect_answers(options.profile, context);
    const auto test = english_test(options, context);
    std::optional<std::string> school;
    if (options.school_from) {
        school = country_code(*options.school_from, "--school-from", context.lang);
    }
    const auto items = profile_requirements(collected, context, school, test);
    const Answer* answer = deadline_answer(collected);

    if (options.script.wanted()) {
        ScriptAnswer out;
        const auto& oslo = *context.catalog.meta.zone;
        out.document["deadline"] = answer != nullptr && answer->occurrence
                                       ? Json(format_rfc3339(answer->occurrence->closes, oslo))
                                       : Json(nullptr);
        out.document["requirements"] = requirements_json(items);
        for (const auto& item : items) {
            out.records.push_back(requirement_fields(item));
        }
        out.fields = requirement_field_names();
        write_script_answer(options.script, out, context);
        return exit_ok;
    }
    RequirementsHeading heading;
    heading.level = collected.profile.level;
    if (collected.resolution) {
        heading.group = answer != nullptr ? answer->group : collected.resolution->group;
    }
    heading.programme = collected.programme;
    if (answer != nullptr && answer->occurrence) {
        heading.deadline = date::year_month_day{date::floor<date::days>(answer->occurrence->local)};
    }
    render_requirements(heading, items,
                        options.explain ? ExplainRequirements::full : ExplainRequirements::brief,
                        context);
    return exit_ok;
}

Command register_requirements(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<RequirementsOptions>();
    add_profile_options(*sub, options->profile, l);
    add_programme_option(*sub, options->profile, l);
    completes(
        sub->add_option("--school-from", options->school_from, help(l, Msg::help_school_from)),
        "countries")
        ->option_text(help(l, Msg::metavar_country));
    completes(
        sub->add_option("--english-test", options->english_test, help(l, Msg::help_english_test)),
        "english-tests")
        ->option_text(help(l, Msg::metavar_test));
    sub->add_option("--english-test-date", options->english_test_date,
                    help(l, Msg::help_english_test_date))
        ->option_text(help(l, Msg::metavar_date));
    sub->add_flag("--explain", options->explain, help(l, Msg::help_requirements_explain));
    add_script_options(*sub, options->script, l, Msg::help_requirements_format);
    sub->footer(command_footer(l, Msg::help_requirements_footer));
    return {sub, [options](Context& context) { return run_requirements(*options, context); }};
}

} // namespace

const CommandDefinition requirements_command{"requirements", Msg::help_requirements, Needs::context,
                                             register_requirements};

} // namespace ntnu
