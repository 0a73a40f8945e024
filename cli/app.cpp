#include "app.hpp"

#include "clock.hpp"
#include "cmd_calendar.hpp"
#include "cmd_check.hpp"
#include "cmd_completion.hpp"
#include "cmd_countries.hpp"
#include "cmd_deadline.hpp"
#include "cmd_programmes.hpp"
#include "cmd_timeline.hpp"
#include "cmd_validate.hpp"
#include "countries.hpp"
#include "data_source.hpp"
#include "environment.hpp"
#include "errors.hpp"
#include "text.hpp"
#include "version.hpp"
#include "zone.hpp"

#include <fmt/format.h>

#include <ostream>

namespace ntnu {
namespace {

struct GlobalOptions {
    std::optional<std::string> now;
    std::optional<std::string> tz;
    std::optional<std::string> data;
    std::optional<std::string> color;
    bool version = false;
};

void add_global_options(CLI::App& app, GlobalOptions& g) {
    app.add_option("--now", g.now,
                   "Pretend it is this instant (RFC 3339 or a date); overrides NTNU_NOW")
        ->option_text("TIME");
    app.add_option("--tz", g.tz, "Your IANA time zone for display; overrides TZ")
        ->option_text("ZONE");
    app.add_option("--data", g.data,
                   "Load this data file instead of the built-in data; "
                   "overrides NTNU_DATA")
        ->option_text("FILE");
    app.add_option("--color", g.color, "Colour: auto (default), always or never")
        ->option_text("WHEN");
    app.add_flag("--version", g.version, "Print the program, data and time zone versions");
}

// Why an argument was not understood, with the nearest known option or command.
[[noreturn]] void reject_extras(const CLI::App& app, const std::vector<std::string>& extras) {
    const std::string& arg = extras.front();
    std::vector<std::string> known;
    for (const CLI::Option* option : app.get_options()) {
        for (const auto& name : option->get_lnames()) {
            known.push_back("--" + name);
        }
    }
    for (const CLI::App* parent = app.get_parent(); parent != nullptr;
         parent = parent->get_parent()) {
        for (const CLI::Option* option : parent->get_options()) {
            for (const auto& name : option->get_lnames()) {
                known.push_back("--" + name);
            }
        }
    }
    if (arg.starts_with("-")) {
        const auto name = arg.substr(0, arg.find('='));
        // A command's own option given before the command name lands at the top.
        for (const CLI::Option* option : app.get_options()) {
            for (const auto& long_name : option->get_lnames()) {
                if ("--" + long_name == name && app.get_parent() != nullptr) {
                    throw UsageError(fmt::format("'{}' is an option of 'ntnu {}' and goes after "
                                                 "it: 'ntnu {} {}'",
                                                 name, app.get_name(), app.get_name(), name));
                }
            }
        }
        // An option of a subcommand given without it: say where it belongs.
        for (const CLI::App* sub : app.get_subcommands({})) {
            for (const CLI::Option* option : sub->get_options()) {
                for (const auto& long_name : option->get_lnames()) {
                    if ("--" + long_name == name) {
                        throw UsageError(fmt::format("'{}' is an option of 'ntnu {}'; try 'ntnu "
                                                     "{} {}'",
                                                     name, sub->get_name(), sub->get_name(), name));
                    }
                }
            }
        }
        const auto hint = closest_matches(name, known);
        throw UsageError(fmt::format("unknown option '{}'{}", name,
                                     hint.empty() ? "; see --help"
                                                  : fmt::format("; did you mean {}?", hint[0])));
    }
    if (const CountryRecord* country = find_country(arg)) {
        throw UsageError(fmt::format("unexpected argument '{}'; did you mean --citizenship {}?",
                                     arg, country->alpha2));
    }
    std::vector<std::string> commands;
    for (const CLI::App* sub : app.get_subcommands({})) {
        commands.push_back(sub->get_name());
    }
    const auto hint = closest_matches(arg, commands);
    throw UsageError(
        fmt::format("unexpected argument '{}'{}", arg,
                    hint.empty() ? "; see --help" : fmt::format("; did you mean '{}'?", hint[0])));
}

// CLI11's wording, put as a person would say it: "--tz: 1 required TEXT missing", or
// "Could not convert: --refugee = maybe" for a flag given a value it cannot read as true/false.
std::string plain_parse_error(const std::string& message) {
    const auto colon = message.find(": ");
    const std::string option = colon == std::string::npos ? "" : message.substr(0, colon);
    if (option.starts_with("--") && message.find("required") != std::string::npos &&
        message.find("missing") != std::string::npos) {
        return fmt::format("{} needs a value", option);
    }
    constexpr std::string_view not_converted = "Could not convert: ";
    if (message.starts_with(not_converted)) {
        const std::string rest = message.substr(not_converted.size());
        const auto equals = rest.find(" = ");
        if (rest.starts_with("--") && equals != std::string::npos) {
            return fmt::format("{} is a switch and takes no value; give it alone, not with '{}'",
                               rest.substr(0, equals), rest.substr(equals + 3));
        }
    }
    return message;
}

std::string version_text(const Context& context) {
    const auto& meta = context.catalog.meta;
    return fmt::format("ntnu {}\ndata {} (last checked {}), {}\ntz database {}\n", ntnu_version,
                       meta.data_version, date::format("%F", meta.last_checked),
                       context.data_source, zone_database_version());
}

// Resolves now, zone, data and colour, in the order their dependencies need.
Context make_context(const GlobalOptions& g, std::ostream& out, std::ostream& err) {
    Context context{out, err, {}, nullptr, {}, {}, Colour::off};
    context.colour = colour_choice(g.color);
    context.zone = display_zone(g.tz);
    auto loaded = load_catalog(g.data);
    context.catalog = std::move(loaded.catalog);
    context.data_source = std::move(loaded.source_name);
    std::optional<std::string> now_text = g.now;
    std::string origin = "--now";
    if (!now_text) {
        now_text = env("NTNU_NOW");
        origin = "NTNU_NOW";
    }
    if (now_text) {
        auto parsed = parse_instant(*now_text, *context.zone);
        if (!parsed.value) {
            throw UsageError(fmt::format("{} (in {})", parsed.error, origin));
        }
        context.now = *parsed.value;
    } else {
        context.now = system_now();
    }
    return context;
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    // Completion runs on every Tab press: the scripts' own argv skips building the parser.
    if (const auto request = plain_completion_request(argc, argv)) {
        Context light{out, err, {}, nullptr, {}, request->data, Colour::off};
        return run_completion_callback(request->kind, light);
    }
    CLI::App app{"ntnu: which NTNU application deadline applies to you, and how long you have "
                 "left.",
                 "ntnu"};
    app.allow_extras();
    app.fallthrough();
    // A repeated single-value option takes its last value, as shells' aliases expect.
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    GlobalOptions global;
    add_global_options(app, global);

    // The table of subcommands: one line per command.
    // clang-format off
    std::vector<Command> commands{
        register_deadline(app),
        register_check(app),
        register_programmes(app),
        register_programme(app),
        register_countries(app),
        register_timeline(app),
        register_calendar(app),
        register_completion(app),
        register_validate(app),
        register_complete_callback(app),
    };
    // clang-format on
    for (auto& command : commands) {
        command.app->allow_extras();
        command.app->fallthrough();
    }
    app.require_subcommand(0, 1);
    app.footer("With no command, ntnu prints the next master's deadline of every applicant "
               "group.\nRun 'ntnu COMMAND --help' for a command's options.\n");

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        // CLI11's own exit codes start above 100; every parse problem is a usage error here.
        throw UsageError(plain_parse_error(e.what()));
    }
    const CLI::App* chosen = &app;
    for (const auto& command : commands) {
        if (command.app->parsed()) {
            chosen = command.app;
        }
    }
    // Fallthrough hands a subcommand's unknown arguments up to the top, so ask the whole tree.
    if (const auto extras = app.remaining(true); !extras.empty()) {
        reject_extras(*chosen, extras);
    }

    if (global.data && global.data->empty()) {
        throw UsageError("--data needs a file name");
    }
    // Completion and validate need no catalogue, clock or zone: run them with a light context.
    for (const auto& command : commands) {
        if (command.app->parsed() && !command.needs_context) {
            Context light{out, err, {}, nullptr, {}, global.data.value_or(""), Colour::off};
            return command.run(light);
        }
    }
    Context context = make_context(global, out, err);
    if (global.version) {
        out << version_text(context);
        return exit_ok;
    }
    for (const auto& command : commands) {
        if (command.app->parsed()) {
            return command.run(context);
        }
    }
    // No command: the overview is `deadline` with no profile.
    return commands.front().run(context);
}

} // namespace ntnu
