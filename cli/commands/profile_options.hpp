// SPDX-License-Identifier: MIT
#pragma once
// The profile options shared by every command that answers for one applicant.

#include "deadlines.hpp"
#include "group_resolution.hpp"
#include "input_errors.hpp"
#include "language.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace ntnu {

struct ProfileOptions {
    std::optional<std::string> level;
    bool refugee = false;
    std::vector<std::string> citizenships;
    std::optional<std::string> degree_from;
    bool norwegian_id = false;
    std::optional<std::string> category;
    std::optional<std::string> intake;
    std::optional<std::string> programme;    // an id; see add_programme_option
    std::optional<std::string> home_country; // exchange: where the home university is
};

// Adds --level, --refugee, --citizenship, --degree-from, --norwegian-id, --category, --intake,
// --home-country.
void add_profile_options(CLI::App& app, ProfileOptions& options, const Language& lang);

// The same without --level, for a command whose --level is a filter of its own (programmes).
void add_applicant_options(CLI::App& app, ProfileOptions& options, const Language& lang);

// Adds --programme ID: a programme whose own deadline or restrictions then apply.
void add_programme_option(CLI::App& app, ProfileOptions& options, const Language& lang);

// The programme with this id (any letter case); throws UsageError with a "did you mean".
const Programme& find_programme_or_throw(const Catalog& catalog, const std::string& id,
                                         const Language& lang);

struct ResolvedProfile {
    Level level = Level::master;
    Profile profile;
    std::optional<Intake> intake;
};

// Turns the typed options into values, with a "did you mean" for anything unknown (exit 2).
ResolvedProfile resolve_profile(const ProfileOptions& options, const Language& lang);

// Looks up a country by code or name; throws UsageError naming the option on failure.
std::string country_code(const std::string& text, const std::string& option, const Language& lang);

// Parses an enum's stable spelling in any case; throws UsageError listing the choices.
template <typename E>
E parse_choice(const std::string& text, const std::string& option, const Language& lang);

// A command's --help footer: its own text (examples), then the word on global options.
std::string command_footer(const Language& lang, Msg id);

// A help text or metavariable from the catalogue, as CLI11 wants it.
std::string help(const Language& lang, Msg id);

} // namespace ntnu
