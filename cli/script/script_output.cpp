// SPDX-License-Identifier: MIT
#include "script_output.hpp"

#include "render_deadline.hpp"
#include "result_fields.hpp"

namespace ntnu {

void add_script_options(CLI::App& app, ScriptOptions& options, const Language& lang,
                        Msg format_help) {
    CLI::Option* json = app.add_flag("--json", options.json, lang.format(Msg::help_json));
    CLI::Option* format = app.add_option("--format", options.format, lang.format(format_help))
                              ->option_text(lang.format(Msg::metavar_template));
    json->excludes(format);
}

void write_script_answer(const ScriptOptions& options, const ScriptAnswer& answer,
                         Context& context) {
    if (options.format) {
        if (answer.records.empty() && !answer.fields.empty()) {
            const FormatTemplate check(*options.format, answer.fields, context.lang);
        }
        print_formatted(*options.format, answer.records, context);
        if (answer.dated == Dated::yes) {
            warn_if_stale(context);
        }
        return;
    }
    Json document = json_envelope(context);
    for (const auto& [key, value] : answer.document.items()) {
        document[key] = value;
    }
    write_json(document, context);
}

} // namespace ntnu
