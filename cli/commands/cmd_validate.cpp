// SPDX-License-Identifier: MIT
#include "command_list.hpp"

#include "catalog_parser.hpp"
#include "data_source.hpp"
#include "errors.hpp"
#include "json_output.hpp"
#include "printable.hpp"
#include "profile_options.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <ostream>

namespace ntnu {
namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    bool json = false;
    bool quiet = false;
};

struct FileReport {
    std::string file;
    Diagnostics diagnostics;

    std::size_t count(Severity severity) const {
        return static_cast<std::size_t>(
            std::count_if(diagnostics.begin(), diagnostics.end(),
                          [&](const Diagnostic& d) { return d.severity == severity; }));
    }
};

// Every problem in one file; a file that cannot be read is one problem, and the others go on.
// Diagnostics are data for --json too, so they are English whatever the output language.
FileReport check_file(const std::string& path) {
    const FileText file = read_text_bounded(path, Language(Lang::en));
    if (!file.problem.empty()) {
        return {path, {{path, 0, 0, "cannot read: " + file.problem}}};
    }
    return {path, parse_catalog(file.text, path, Checks::validation).diagnostics};
}

FileReport check_built_in() {
    const std::string name(built_in_catalog_name());
    return {name, parse_catalog(built_in_catalog_text(), name, Checks::validation).diagnostics};
}

// "5 problems in bad.toml (1 is a warning)".
std::string summary(const FileReport& report, const Language& l) {
    const auto total = static_cast<long long>(report.diagnostics.size());
    const auto warnings = static_cast<long long>(report.count(Severity::warning));
    std::string text =
        l.format(l.plural(total, Msg::validate_problems_one, Msg::validate_problems_other),
                 fmt::arg("n", total), fmt::arg("file", report.file));
    if (warnings > 0) {
        text += l.count(warnings, Msg::validate_warnings_one, Msg::validate_warnings_other);
    }
    return text;
}

Json diagnostic_json(const Diagnostic& d) {
    return Json{{"file", d.file},
                {"line", d.line > 0 ? Json(d.line) : Json(nullptr)},
                {"column", d.column > 0 ? Json(d.column) : Json(nullptr)},
                {"severity", d.severity == Severity::warning ? "warning" : "error"},
                {"message", d.message},
                // A fact its quotes do not back (docs/data-sources.md): --data loads the file.
                {"source_finding", d.source_finding}};
}

void write_reports_json(const std::vector<FileReport>& reports, Context& context) {
    Json files = Json::array();
    Json diagnostics = Json::array();
    for (const auto& report : reports) {
        files.push_back(Json{{"file", report.file},
                             {"valid", report.diagnostics.empty()},
                             {"errors", report.count(Severity::error)},
                             {"warnings", report.count(Severity::warning)}});
        for (const auto& d : report.diagnostics) {
            diagnostics.push_back(diagnostic_json(d));
        }
    }
    Json doc;
    doc["schema_version"] = 1;
    doc["valid"] = diagnostics.empty();
    doc["files"] = std::move(files);
    doc["diagnostics"] = std::move(diagnostics);
    write_json(doc, context);
}

// Diagnostics go to stderr, as the loader's do when --data fails: they are what went wrong, and
// stdout stays free for the confirmations (or the JSON) that a script may read.
void write_reports_text(const std::vector<FileReport>& reports, const ValidateOptions& options,
                        Context& context) {
    for (const auto& report : reports) {
        if (report.diagnostics.empty()) {
            if (!options.quiet) {
                // The built-in data by its name in the output language; a file by its path.
                const std::string file =
                    report.file == built_in_catalog_name()
                        ? std::string(context.lang.text(Msg::version_builtin_data))
                        : report.file;
                context.out << printable(
                                   context.lang.format(Msg::validate_ok, fmt::arg("file", file)))
                            << "\n";
            }
            continue;
        }
        for (const auto& d : report.diagnostics) {
            context.err << printable(format_diagnostic(d)) << '\n';
        }
        context.err << context.lang.text(Msg::error_prefix)
                    << printable(summary(report, context.lang)) << '\n';
    }
}

int run_validate(const ValidateOptions& options, Context& context) {
    std::vector<FileReport> reports;
    if (options.files.empty()) {
        // No FILE: the data the other commands would use (--data, NTNU_DATA or built-in),
        // which the light context names.
        reports.push_back(context.data_source.empty() ? check_built_in()
                                                      : check_file(context.data_source));
    }
    for (const auto& file : options.files) {
        reports.push_back(check_file(file));
    }
    if (options.json) {
        write_reports_json(reports, context);
    } else {
        write_reports_text(reports, options, context);
    }
    const bool clean = std::all_of(reports.begin(), reports.end(),
                                   [](const FileReport& r) { return r.diagnostics.empty(); });
    return clean ? exit_ok : exit_runtime;
}

Command register_validate(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<ValidateOptions>();
    completes(sub->add_option("FILE", options->files, help(l, Msg::help_validate_files)), "file")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub->add_flag("-q,--quiet", options->quiet, help(l, Msg::help_validate_quiet));
    sub->add_flag("--json", options->json, help(l, Msg::help_validate_json));
    sub->footer(help(l, Msg::help_validate_footer) + "\n");
    return {sub, [options](Context& context) { return run_validate(*options, context); }};
}

} // namespace

const CommandDefinition validate_command{"validate", Msg::help_validate, Needs::nothing,
                                         register_validate};

} // namespace ntnu
