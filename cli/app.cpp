// SPDX-License-Identifier: MIT
#include "app.hpp"

#include "clock.hpp"
#include "cmd_completion.hpp"
#include "command_list.hpp"
#include "countries.hpp"
#include "data_source.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "printable.hpp"
#include "profile_options.hpp"
#include "render_time.hpp"
#include "style.hpp"
#include "terminal.hpp"
#include "text.hpp"
#include "version.hpp"
#include "zone.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
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
    completes(app.add_option("--tz", g.tz, help(l, Msg::help_tz)), "zones")
        ->option_text(help(l, Msg::metavar_zone));
    completes(app.add_option("--data", g.data, help(l, Msg::help_data)), "file")
        ->option_text(help(l, Msg::metavar_file));
    completes(app.add_option("--color", g.color, help(l, Msg::help_color)), "colors")
        ->option_text(help(l, Msg::metavar_when));
    completes(app.add_option("--lang", g.lang, help(l, Msg::help_lang)), "languages")
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
    // Without CLI11's "Excludes: --format", which it writes last: giving both options is a
    // usage error that says so in the user's language.
    std::string make_option_opts(const CLI::Option* opt) const override {
        if (opt->get_positional()) {
            return opt->get_items_expected_max() > 1 ? " ..." : "";
        }
        std::string opts = CLI::Formatter::make_option_opts(opt);
        if (const auto excludes = opts.find(" Excludes:"); excludes != std::string::npos) {
            opts.erase(excludes);
        }
        return opts;
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
    // "--json excludes --format": two options that each exclude the other (CLI11's excludes).
    if (dynamic_cast<const CLI::ExcludesError*>(&e) != nullptr) {
        constexpr std::string_view excludes = " excludes ";
        if (const auto at = message.find(excludes); at != std::string::npos) {
            return l.format(Msg::error_options_exclude, arg("first", message.substr(0, at)),
                            arg("second", message.substr(at + excludes.size())));
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
                                   : printable(context.data_source);
    return l.format(Msg::version_text, arg("version", ntnu_build_version),
                    arg("data_version", meta.data_version),
                    arg("checked", long_date(meta.last_checked, l)), arg("source", source),
                    arg("tz_version", zone_database_version())) +
           "\n";
}

// The options of one level of the command line (the program's own, or one command's) that take a
// value, as argv spells them ("--format", "-o").
void add_options_taking_values(const CLI::App& level, std::vector<std::string>& names) {
    for (const CLI::Option* option : level.get_options()) {
        if (option->get_positional() || option->get_expected_max() == 0) {
            continue;
        }
        for (const auto& name : option->get_lnames()) {
            names.push_back("--" + name);
        }
        for (const auto& name : option->get_snames()) {
            names.push_back("-" + name);
        }
    }
}

// Where the command's name is in argv: the first word that is not a global option or its
// value; argc when there is none. `global_values`: the global options that take a value.
int command_word(int argc, const char* const* argv, const std::vector<std::string>& global_values) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        if (std::find(global_values.begin(), global_values.end(), word) != global_values.end()) {
            ++i;
            continue;
        }
        if (!word.starts_with("-")) {
            return i;
        }
    }
    return argc;
}

// argv with "help [COMMAND]" turned into "[COMMAND] --help"; empty when the command word, at
// `i`, is not "help".
std::vector<const char*> help_as_option(int argc, const char* const* argv, int i) {
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
    context.now = system_now();
    if (g.now) {
        auto parsed = parse_instant(*g.now, *context.zone);
        if (!parsed.value) {
            throw UsageError(instant_error(*g.now, parsed, "--now", lang));
        }
        context.now = *parsed.value;
    } else if (env.ntnu_now) {
        // NTNU_NOW is the environment's, set once and read by every command: a bad value fails
        // none of them (--version and `countries` show no time), but is said, and the clock
        // is used, as for a TZ that names no zone.
        auto parsed = parse_instant(*env.ntnu_now, *context.zone);
        if (parsed.value) {
            context.now = *parsed.value;
        } else {
            err << printable(lang.format(
                       Msg::warning_now_variable_ignored,
                       fmt::arg("error", instant_error(*env.ntnu_now, parsed, "NTNU_NOW", lang))))
                << '\n';
        }
    }
    return context;
}

// The command line as CLI11 holds it: the global options, and every command of
// command_list.hpp with all its options, its help in one language. Every command's options are
// defined on every run, so that an option given without its command can be placed
// (`ntnu --within 3d`: an option of `ntnu check`), at about 0.65 M instructions (bench/README).
struct CommandLine {
    CLI::App app;
    GlobalOptions global;
    std::vector<Command> commands; // in the order of command_definitions
    Lang lang;

    CommandLine(const Language& words, std::size_t width)
        : app(help(words, Msg::help_app), "ntnu"), lang(words.code()) {
        localise_help(app, words, width);
        app.allow_extras();
        app.fallthrough();
        // A repeated single-value option takes its last value, as shells' aliases expect.
        app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
        add_global_options(app, global, words);
        commands.reserve(command_definitions.size());
        for (const CommandDefinition* definition : command_definitions) {
            const auto& summary = definition->summary;
            CLI::App* sub = app.add_subcommand(std::string(definition->name),
                                               summary ? help(words, *summary) : "");
            commands.push_back(definition->define(sub, words));
            sub->allow_extras();
            sub->fallthrough();
            // A command without a summary is hidden from --help: "" is CLI11's hidden group.
            sub->group(summary ? help(words, Msg::help_label_subcommands) : "");
        }
        app.require_subcommand(0, 1);
        app.footer(help(words, Msg::help_app_footer) + "\n");
    }

    // The options that take a value, of the program alone (global) or of every command too.
    std::vector<std::string> options_taking_values(bool global_only) const {
        std::vector<std::string> names;
        add_options_taking_values(app, names);
        if (!global_only) {
            for (const CLI::App* sub : app.get_subcommands({})) {
                add_options_taking_values(*sub, names);
            }
        }
        return names;
    }

    // The command named on the line, or the program itself when none is.
    const CLI::App& chosen() const {
        for (const auto& command : commands) {
            if (command.app->parsed()) {
                return *command.app;
            }
        }
        return app;
    }
};

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

Lang chosen_language(int argc, const char* const* argv, const Environment& env) {
    const CommandLine line(Language(language_from_environment(env)), output_columns(env));
    return choose_language(argc, argv, env, line.options_taking_values(false));
}

int run(int argc, const char* const* argv, const Environment& env, std::ostream& out,
        std::ostream& err) {
    const Lang from_environment = language_from_environment(env);
    // Completion runs on every Tab press: the scripts' own argv skips building the parser (and
    // holds no --lang).
    if (const auto request = plain_completion_request(argc, argv)) {
        const auto data =
            request->data.empty() ? std::nullopt : std::optional<std::string>{request->data};
        Context light{plain_output(out, err, Language(from_environment)), {}};
        light.data_source = data_file_path(data, env.ntnu_data).value_or("");
        return run_completion_callback(request->kind, light);
    }
    // Built in the environment's language; it says which options take a value, which the
    // pre-scan for --lang must skip ("--format --lang" names no language). Built again below
    // when the run wants another language: its help texts are made as it is built.
    const std::size_t width = output_columns(env);
    auto line = std::make_unique<CommandLine>(Language(from_environment), width);
    const Language lang(choose_language(argc, argv, env, line->options_taking_values(false)));
    // `ntnu help` and `ntnu help COMMAND`, as git and gh have them, are --help.
    const auto global_values = line->options_taking_values(true);
    const std::vector<const char*> help_argv =
        help_as_option(argc, argv, command_word(argc, argv, global_values));
    if (!help_argv.empty()) {
        argc = static_cast<int>(help_argv.size());
        argv = help_argv.data();
    }
    // `__complete commands` and `options` print the commands' and options' descriptions, and
    // completion output is the same in every language, as JSON is: the parser is built in
    // English for it. Its errors stay in the chosen language.
    const int command_at = command_word(argc, argv, global_values);
    const bool completing = command_at < argc && std::string_view(argv[command_at]) == "__complete";
    const Lang words = completing ? Lang::en : lang.code();
    if (words != line->lang) {
        line = std::make_unique<CommandLine>(Language(words), width);
    }
    CLI::App& app = line->app;
    const GlobalOptions& global = line->global;
    const std::vector<Command>& commands = line->commands;

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        // `ntnu nosuchcommand --help` (and `ntnu help nosuchcommand`) is the same mistake as
        // `ntnu nosuchcommand`, not a request for the main help.
        if (const auto extras = app.remaining(true);
            !extras.empty() && !extras.front().starts_with("-")) {
            reject_extras(line->chosen(), extras, lang);
        }
        out << app.help();
        return exit_ok;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return exit_ok;
    } catch (const CLI::ParseError& e) {
        // CLI11's own exit codes start above 100; every parse problem is a usage error here.
        throw UsageError(parse_error_text(e, lang));
    }
    // Fallthrough hands a subcommand's unknown arguments up to the top, so ask the whole tree.
    if (const auto extras = app.remaining(true); !extras.empty()) {
        reject_extras(line->chosen(), extras, lang);
    }

    if (global.data && global.data->empty()) {
        throw UsageError(std::string(lang.text(Msg::error_data_needs_file)));
    }
    // Completion and validate need no catalogue, clock or zone: run them with a light context.
    for (std::size_t i = 0; i < commands.size(); ++i) {
        if (commands[i].app->parsed() && command_definitions[i]->needs == Needs::nothing) {
            Context light{plain_output(out, err, lang), {}};
            light.data_source = data_file_path(global.data, env.ntnu_data).value_or("");
            return commands[i].run(light);
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
