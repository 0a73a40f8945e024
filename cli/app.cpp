// SPDX-License-Identifier: MIT
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
#include "errors.hpp"
#include "input_errors.hpp"
#include "printable.hpp"
#include "profile_options.hpp"
#include "style.hpp"
#include "terminal.hpp"
#include "text.hpp"
#include "version.hpp"
#include "zone.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <ostream>

namespace ntnu {

extern const std::string_view embedded_catalog_name;

namespace {

using fmt::arg;

struct GlobalOptions {
    std::optional<std::string> now;
    std::optional<std::string> tz;
    std::optional<std::string> data;
    std::optional<std::string> color;
    std::optional<std::string> lang; // read before parsing (choose_language); here for --help
    bool version = false;
};

void add_global_options(CLI::App& app, GlobalOptions& g, const Language& l) {
    app.add_option("--now", g.now, help(l, Msg::help_now))->option_text(help(l, Msg::metavar_time));
    app.add_option("--tz", g.tz, help(l, Msg::help_tz))->option_text(help(l, Msg::metavar_zone));
    app.add_option("--data", g.data, help(l, Msg::help_data))
        ->option_text(help(l, Msg::metavar_file));
    app.add_option("--color", g.color, help(l, Msg::help_color))
        ->option_text(help(l, Msg::metavar_when));
    app.add_option("--lang", g.lang, help(l, Msg::help_lang))
        ->option_text(help(l, Msg::metavar_lang));
    app.add_flag("--version", g.version, help(l, Msg::help_version));
}

// CLI11's help, with its headings in the output language: the group and label names CLI11
// prints are looked up as labels, which are the English words themselves when none is set.
class LocalFormatter : public CLI::Formatter {
public:
    std::string make_group(std::string group, bool is_positional,
                           std::vector<const CLI::Option*> opts) const override {
        return CLI::Formatter::make_group(get_label(group), is_positional, std::move(opts));
    }

    // CLI11 pads the option column with setw, which counts bytes: "NÅR" would pull the
    // description one column left. This pads by display width, and is otherwise CLI11's layout.
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        return row("  " + make_option_name(opt, is_positional) + make_option_opts(opt),
                   make_option_desc(opt));
    }

    // A command in the list, laid out as an option is.
    std::string make_subcommand(const CLI::App* sub) const override {
        return row("  " + sub->get_display_name(true), sub->get_description());
    }

    // `width` columns for help: the terminal's, as for all human output (60 to 80).
    explicit LocalFormatter(std::size_t width) : help_width(width) {}

private:
    // "  --name VALUE" padded to the description column, then the description wrapped to the
    // help's width, its continuation lines under the column.
    std::string row(const std::string& name, const std::string& description) const {
        const std::size_t column = get_column_width();
        const std::size_t width = display_width(name);
        std::string out = name;
        if (!description.empty() && width >= column) {
            out += "\n" + std::string(column, ' ');
        } else if (width < column) {
            out += std::string(column - width, ' ');
        }
        // Each line of the description wrapped to what is left after the option column (CLI11
        // would run a long one to 200 columns).
        const std::size_t room = help_width > column + 20 ? help_width - column : 20;
        bool first = true;
        std::size_t start = 0;
        while (start <= description.size() && !description.empty()) {
            const auto end = std::min(description.find('\n', start), description.size());
            for (const auto& line : wrap_text(description.substr(start, end - start), room)) {
                out += first ? line : "\n" + std::string(column, ' ') + line;
                first = false;
            }
            start = end + 1;
        }
        return out + "\n";
    }

public:
    // A positional's name alone ("FILE ..."), without CLI11's type name ("FILE TEXT ...").
    std::string make_option_opts(const CLI::Option* opt) const override {
        if (opt->get_positional()) {
            return opt->get_items_expected_max() > 1 ? " ..." : "";
        }
        return CLI::Formatter::make_option_opts(opt);
    }

    // Footers and descriptions are messages of their own lines; any that runs past the width
    // is wrapped at a space, its continuation indented as the line was.
    std::string make_footer(const CLI::App* app) const override {
        return fit_lines(CLI::Formatter::make_footer(app));
    }
    std::string make_description(const CLI::App* app) const override {
        return fit_lines(CLI::Formatter::make_description(app));
    }

private:
    std::size_t help_width;

    // A paragraph of plain lines is reflowed to 80 columns (its messages break lines by hand,
    // some past 80); one with indented lines (examples) keeps its lines, each wrapped with its
    // own indent plus two.
    std::string fit_lines(const std::string& text) const {
        std::vector<std::vector<std::string>> paragraphs(1);
        std::size_t start = 0;
        while (start < text.size()) {
            const auto end = std::min(text.find('\n', start), text.size());
            std::string line = text.substr(start, end - start);
            if (line.empty()) {
                paragraphs.emplace_back();
            } else {
                paragraphs.back().push_back(std::move(line));
            }
            start = end + 1;
        }
        std::string out;
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            const auto& lines = paragraphs[p];
            const bool plain = std::none_of(lines.begin(), lines.end(), [](const std::string& l) {
                return l.starts_with(' ');
            });
            std::vector<std::string> fitted;
            if (plain && !lines.empty()) {
                std::string joined;
                for (const auto& line : lines) {
                    joined += joined.empty() ? line : " " + line;
                }
                fitted = wrap_text(joined, help_width);
            } else {
                for (const auto& line : lines) {
                    const auto indent = line.find_first_not_of(' ');
                    if (display_width(line) <= help_width) {
                        fitted.push_back(line);
                        continue;
                    }
                    bool first = true;
                    for (const auto& part :
                         wrap_text(line.substr(indent), help_width - indent - 2)) {
                        fitted.push_back(std::string(first ? indent : indent + 2, ' ') + part);
                        first = false;
                    }
                }
            }
            for (const auto& line : fitted) {
                out += line + "\n";
            }
            if (p + 1 < paragraphs.size()) {
                out += "\n";
            }
        }
        // The text's own last newline, or its absence, as CLI11 gave it.
        if (!text.ends_with('\n') && out.ends_with('\n')) {
            out.pop_back();
        }
        return out;
    }
};

void localise_help(CLI::App& app, const Language& l, std::size_t width) {
    auto formatter = std::make_shared<LocalFormatter>(width);
    // CLI11 gives the option column 30; 26 holds the longest ("  --citizenship COUNTRY") and
    // leaves the descriptions more of 80 (or 60) columns.
    formatter->column_width(26);
    formatter->label("Usage", help(l, Msg::help_label_usage));
    formatter->label("OPTIONS", help(l, Msg::help_label_options_usage));
    formatter->label("SUBCOMMAND", help(l, Msg::help_label_subcommand_usage));
    formatter->label("Options", help(l, Msg::help_label_options));
    formatter->label("Positionals", help(l, Msg::help_label_positionals));
    formatter->label("REQUIRED", help(l, Msg::help_label_required));
    app.formatter(formatter);
    // Subcommands inherit the help flag's description from here when they are created.
    app.set_help_flag("-h,--help", help(l, Msg::help_help));
}

std::vector<std::string> long_names(const CLI::App& app) {
    std::vector<std::string> known;
    for (const CLI::Option* option : app.get_options()) {
        for (const auto& name : option->get_lnames()) {
            known.push_back("--" + name);
        }
    }
    return known;
}

// Why an argument was not understood, with the nearest known option or command.
[[noreturn]] void reject_extras(const CLI::App& app, const std::vector<std::string>& extras,
                                const Language& l) {
    const std::string& arg_text = extras.front();
    std::vector<std::string> known = long_names(app);
    for (const CLI::App* parent = app.get_parent(); parent != nullptr;
         parent = parent->get_parent()) {
        const auto more = long_names(*parent);
        known.insert(known.end(), more.begin(), more.end());
    }
    if (arg_text.starts_with("-")) {
        const auto name = arg_text.substr(0, arg_text.find('='));
        // A command's own option given before the command name lands at the top.
        for (const auto& own : long_names(app)) {
            if (own == name && app.get_parent() != nullptr) {
                throw UsageError(l.format(Msg::error_option_after_command, arg("option", name),
                                          arg("command", app.get_name())));
            }
        }
        // An option of a subcommand given without it: say where it belongs.
        for (const CLI::App* sub : app.get_subcommands({})) {
            for (const auto& own : long_names(*sub)) {
                if (own == name) {
                    throw UsageError(l.format(Msg::error_option_of_command, arg("option", name),
                                              arg("command", sub->get_name())));
                }
            }
        }
        auto hint = closest_matches(name, known);
        // Other words for what --citizenship asks.
        for (const std::string_view synonym : {"--country", "--nationality", "--passport"}) {
            if (name == synonym &&
                std::find(known.begin(), known.end(), "--citizenship") != known.end()) {
                hint = {"--citizenship"};
            }
        }
        throw UsageError(hint.empty() ? l.format(Msg::error_unknown_option, arg("option", name))
                                      : l.format(Msg::error_unknown_option_suggests,
                                                 arg("option", name), arg("hint", hint[0])));
    }
    if (const CountryRecord* country = find_country(arg_text)) {
        // A command without --citizenship (countries, calendar's parent) gets a hint that works.
        const bool has_citizenship =
            std::find(known.begin(), known.end(), "--citizenship") != known.end();
        throw UsageError(has_citizenship
                             ? l.format(Msg::error_unexpected_country, arg("value", arg_text),
                                        arg("code", country->alpha2))
                             : l.format(Msg::error_unexpected_country_elsewhere,
                                        arg("value", arg_text), arg("code", country->alpha2),
                                        arg("command", app.get_name())));
    }
    std::vector<std::string> commands;
    for (const CLI::App* sub : app.get_subcommands({})) {
        commands.push_back(sub->get_name());
    }
    throw UsageError(unexpected_argument_error(arg_text, commands, l));
}

// The name CLI11 puts before ": " in its message ("--tz: 1 required TEXT missing"), or before
// " is required".
std::string option_in(const std::string& message, std::string_view separator) {
    const auto at = message.find(separator);
    return at == std::string::npos ? std::string() : message.substr(0, at);
}

// CLI11's parse errors, said in our words: each kind it throws for ntnu's options.
std::string parse_error_text(const CLI::ParseError& e, const Language& l) {
    const std::string message = e.what();
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr) {
        if (const auto option = option_in(message, ": "); option.starts_with("-")) {
            return l.format(Msg::error_needs_value, arg("option", option));
        }
    }
    if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr) {
        if (const auto option = option_in(message, " is required"); !option.empty()) {
            return l.format(Msg::error_required, arg("option", option));
        }
    }
    // "Could not convert: --refugee = maybe": a switch given a value it cannot read as a truth.
    constexpr std::string_view not_converted = "Could not convert: ";
    if (dynamic_cast<const CLI::ConversionError*>(&e) != nullptr &&
        message.starts_with(not_converted)) {
        const std::string rest = message.substr(not_converted.size());
        const auto equals = rest.find(" = ");
        if (rest.starts_with("--") && equals != std::string::npos) {
            return l.format(Msg::error_switch_with_value, arg("option", rest.substr(0, equals)),
                            arg("value", rest.substr(equals + 3)));
        }
    }
    return l.format(Msg::error_command_line, arg("reason", message));
}

std::string version_text(const Context& context) {
    const auto& l = context.lang;
    const auto& meta = context.catalog.meta;
    const std::string source = context.data_source == embedded_catalog_name
                                   ? std::string(l.text(Msg::version_builtin_data))
                                   : context.data_source;
    return l.format(Msg::version_text, arg("version", ntnu_build_version),
                    arg("data_version", meta.data_version),
                    arg("checked", date::format("%F", meta.last_checked)), arg("source", source),
                    arg("tz_version", zone_database_version())) +
           "\n";
}

// A subcommand's name and --help summary (none: hidden), and what defines its options.
struct CommandEntry {
    std::string_view name;
    std::optional<Msg> summary;
    Command (*define)(CLI::App* sub, const Language& lang);
};

// Where the command's name is in argv: the first word that is not a global option or its
// value; argc when there is none.
int command_word(int argc, const char* const* argv) {
    constexpr std::array<std::string_view, 5> with_value{"--now", "--tz", "--data", "--color",
                                                         "--lang"};
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (std::find(with_value.begin(), with_value.end(), word) != with_value.end()) {
            ++i;
            continue;
        }
        if (!word.starts_with("-")) {
            return i;
        }
    }
    return argc;
}

// argv with "help [COMMAND]" turned into "[COMMAND] --help"; empty when the command word is
// not "help".
std::vector<const char*> help_as_option(int argc, const char* const* argv) {
    const int i = command_word(argc, argv);
    if (i == argc || std::string_view(argv[i]) != "help") {
        return {};
    }
    std::vector<const char*> rewritten(argv, argv + i);
    rewritten.insert(rewritten.end(), argv + i + 1, argv + argc);
    rewritten.push_back("--help");
    return rewritten;
}

// Where human output goes, before anything is resolved: for commands that need no catalogue.
Output plain_output(std::ostream& out, std::ostream& err, const Language& lang) {
    return {out, err, Colour::off, lang};
}

// Resolves colour, zone, data and now, in the order their dependencies need.
Context make_context(const GlobalOptions& g, const Environment& env, std::ostream& out,
                     std::ostream& err, const Language& lang) {
    Context context{plain_output(out, err, lang), {}};
    context.colour = colour_choice(g.color, env, lang);
    context.width = output_columns(env);
    context.charset = output_charset(env);
    context.zone = display_zone(g.tz, env.tz, lang, err);
    auto loaded = load_catalog(data_file_path(g.data, env.ntnu_data), lang, CatalogUse::times);
    if (const auto warning = source_findings_warning(loaded, lang); !warning.empty()) {
        err << "ntnu: " << printable(warning) << '\n';
    }
    context.catalog = std::move(loaded.catalog);
    context.data_source = std::move(loaded.source_name);
    std::optional<std::string> now_text = g.now;
    std::string origin = "--now";
    if (!now_text) {
        now_text = env.ntnu_now;
        origin = "NTNU_NOW";
    }
    if (now_text) {
        auto parsed = parse_instant(*now_text, *context.zone);
        if (!parsed.value) {
            throw UsageError(instant_error(*now_text, parsed, origin, lang));
        }
        context.now = *parsed.value;
    } else {
        context.now = system_now();
    }
    return context;
}

// Runs the command, then keeps the catalogue to the end of the process instead of freeing it:
// freeing a large one string by string (10,000 programmes: 7 M instructions) costs more than a
// whole run on the built-in data, and the process ends next, returning its memory whole. The
// pointer keeps it reachable, so leak checkers stay quiet.
int run_keeping_catalog(const Command& command, Context& context) {
    const int status = command.run(context);
    static const Catalog* kept = nullptr;
    delete kept; // a second run() in one process (a test) frees the first one's
    kept = new Catalog(std::move(context.catalog));
    return status;
}

} // namespace

int run(int argc, const char* const* argv, const Environment& env, std::ostream& out,
        std::ostream& err) {
    // Before the app is built: its help texts and CLI11's errors are in this language.
    const Language lang(choose_language(argc, argv, env));
    const Language english(Lang::en);
    // Completion runs on every Tab press: the scripts' own argv skips building the parser.
    if (const auto request = plain_completion_request(argc, argv)) {
        const auto data =
            request->data.empty() ? std::nullopt : std::optional<std::string>{request->data};
        Context light{plain_output(out, err, lang), {}};
        light.data_source = data_file_path(data, env.ntnu_data).value_or("");
        return run_completion_callback(request->kind, light);
    }
    // `ntnu help` and `ntnu help COMMAND`, as git and gh have them, are --help.
    const std::vector<const char*> help_argv = help_as_option(argc, argv);
    if (!help_argv.empty()) {
        argc = static_cast<int>(help_argv.size());
        argv = help_argv.data();
    }
    // `__complete commands` and `options` print the commands' and options' descriptions, and
    // completion output is the same in every language, as JSON is: the parser is built in
    // English for it. Its errors stay in the chosen language.
    const int command_at = command_word(argc, argv);
    const bool completing = command_at < argc && std::string_view(argv[command_at]) == "__complete";
    const Language& words = completing ? english : lang;
    CLI::App app{help(words, Msg::help_app), "ntnu"};
    localise_help(app, words, output_columns(env));
    app.allow_extras();
    app.fallthrough();
    // A repeated single-value option takes its last value, as shells' aliases expect.
    app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    GlobalOptions global;
    add_global_options(app, global, words);

    // The table of subcommands: one line per command. Only the commands named in argv get
    // their options (and deadline, which runs when none is named): defining every option of
    // every command cost 0.8 M of the 1.8 M instructions of a `deadline --json` query. The
    // others are defined by name and summary alone, which is all --help and a "did you mean"
    // show of them; `__complete options COMMAND` names its command, so it sees every option.
    // clang-format off
    const std::array<CommandEntry, 10> table{{
        {"deadline",   Msg::help_deadline,          register_deadline},
        {"check",      Msg::help_check,             register_check},
        {"programmes", Msg::help_programmes,        register_programmes},
        {"programme",  Msg::help_programme_command, register_programme},
        {"countries",  Msg::help_countries,         register_countries},
        {"timeline",   Msg::help_timeline,          register_timeline},
        {"calendar",   Msg::help_calendar,          register_calendar},
        {"completion", Msg::help_completion,        register_completion},
        {"validate",   Msg::help_validate,          register_validate},
        {"__complete", std::nullopt,                register_complete_callback},
    }};
    // clang-format on
    std::vector<Command> commands;
    for (const auto& entry : table) {
        // The hidden callback's summary is never shown, so it is not translated.
        CLI::App* sub = app.add_subcommand(
            std::string(entry.name), entry.summary ? help(words, *entry.summary)
                                                   : "Values for shell completion, one a line");
        const bool named = std::any_of(argv + 1, argv + argc, [&](const char* arg) {
            return entry.name == std::string_view(arg);
        });
        commands.push_back(named || entry.name == "deadline" ? entry.define(sub, words)
                                                             : Command{sub, nullptr});
        sub->allow_extras();
        sub->fallthrough();
        // A summary-less entry is hidden from --help: "" is CLI11's hidden group.
        sub->group(entry.summary ? help(words, Msg::help_label_subcommands) : "");
    }
    app.require_subcommand(0, 1);
    app.footer(help(words, Msg::help_app_footer) + "\n");

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
        throw UsageError(parse_error_text(e, lang));
    }
    const CLI::App* chosen = &app;
    for (const auto& command : commands) {
        if (command.app->parsed()) {
            chosen = command.app;
        }
    }
    // Fallthrough hands a subcommand's unknown arguments up to the top, so ask the whole tree.
    if (const auto extras = app.remaining(true); !extras.empty()) {
        reject_extras(*chosen, extras, lang);
    }

    if (global.data && global.data->empty()) {
        throw UsageError(std::string(lang.text(Msg::error_data_needs_file)));
    }
    // Completion and validate need no catalogue, clock or zone: run them with a light context.
    for (const auto& command : commands) {
        if (command.app->parsed() && !command.needs_context) {
            Context light{plain_output(out, err, lang), {}};
            light.data_source = data_file_path(global.data, env.ntnu_data).value_or("");
            return command.run(light);
        }
    }
    Context context = make_context(global, env, out, err, lang);
    if (global.version) {
        out << version_text(context);
        return exit_ok;
    }
    for (const auto& command : commands) {
        if (command.app->parsed()) {
            return run_keeping_catalog(command, context);
        }
    }
    // No command: the overview is `deadline` with no profile.
    return run_keeping_catalog(commands.front(), context);
}

} // namespace ntnu
