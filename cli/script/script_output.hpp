// SPDX-License-Identifier: MIT
#pragma once
// The two ways a script reads a command's answer, --json and --format: one place adds the
// options and one writes the answer, so every command says the same things the same way.

#include "context.hpp"
#include "format_template.hpp"
#include "json_output.hpp"
#include "messages.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

struct ScriptOptions {
    bool json = false;
    std::optional<std::string> format;
    // Whether the answer goes to a script rather than a reader.
    [[nodiscard]] bool wanted() const { return json || format.has_value(); }
};

// Adds --json and --format TEMPLATE (its help: format_help), each excluding the other, so
// giving both is a usage error before the command runs.
void add_script_options(CLI::App& app, ScriptOptions& options, const Language& lang,
                        Msg format_help);

// Whether the answer shows dates from the data, so that stale data deserves a warning.
enum class Dated { no, yes };

// A command's answer for a script.
struct ScriptAnswer {
    // What --json writes after the shared envelope (json_envelope): the command's own keys.
    Json document = Json::object();
    // One record for each line --format prints.
    std::vector<FieldRecord> records;
    // The valid --format fields when there may be no record: then the template is still
    // checked, so a typo is an error whether or not anything matched. Empty: not checked.
    std::vector<std::string> fields;
    Dated dated = Dated::yes;
};

// Writes the answer as the options ask: the JSON document, or one line per record. Under
// --format, a dated answer from stale data adds the warning on stderr, as human output does
// (JSON carries "stale": true instead).
void write_script_answer(const ScriptOptions& options, const ScriptAnswer& answer,
                         Context& context);

} // namespace ntnu
