// SPDX-License-Identifier: MIT
#include "cmd_completion.hpp"

#include "country_table.hpp"
#include "data_source.hpp"
#include "errors.hpp"
#include "profile_options.hpp"
#include "text.hpp"
#include "types.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ntnu {

// Generated at build time from completions/ by tools/embed.py.
extern const std::string_view completion_bash;
extern const std::string_view completion_zsh;
extern const std::string_view completion_fish;

namespace {

struct CompletionOptions {
    std::string shell;
};

template <typename E> void print_names(std::ostream& out) {
    for (const auto& [value, name] : EnumNames<E>::names) {
        out << name << '\n';
    }
}

// Zone names, by walking the system zoneinfo: no tz database parse (cheaper than date's tzdb).
void print_zones(std::ostream& out) {
    namespace fs = std::filesystem;
    const fs::path root = "/usr/share/zoneinfo";
    std::vector<std::string> names;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const auto relative = it->path().lexically_relative(root).generic_string();
        if (relative.empty() || !std::isupper(static_cast<unsigned char>(relative.front())) ||
            relative.find('.') != std::string::npos) {
            if (it->is_directory(ec)) {
                it.disable_recursion_pending(); // posix/, right/
            }
            continue;
        }
        if (it->is_directory(ec) || relative == "Factory") {
            continue;
        }
        names.push_back(relative);
    }
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
        out << name << '\n';
    }
}

// Codes, English and Norwegian names, each described by the other: "NO\tNorway", "Norway\tNO",
// "Tyskland\tDE". The scripts offer codes for a word typed like a code, names otherwise.
void print_countries(std::ostream& out) {
    for (const auto& country : country_table()) {
        out << country.alpha2 << '\t' << country.name << '\n';
    }
    for (const auto& country : country_table()) {
        out << country.name << '\t' << country.alpha2 << '\n';
    }
    for (const auto& country : country_table()) {
        if (!country.nb_name.empty() && country.nb_name != country.name) {
            out << country.nb_name << '\t' << country.alpha2 << '\n';
        }
    }
}

void check_shell(const std::string& shell, const Language& l) {
    const std::vector<std::string> shells{"bash", "zsh", "fish"};
    if (shell.empty()) {
        throw UsageError(std::string(l.text(Msg::error_which_shell)));
    }
    if (std::find(shells.begin(), shells.end(), shell) == shells.end()) {
        throw UsageError(l.format(Msg::error_unknown_shell, fmt::arg("value", shell),
                                  fmt::arg("hint", hint_text(closest_matches(shell, shells), l))));
    }
}

} // namespace

int run_completion_callback(const std::string& kind, Context& context) {
    auto& out = context.out;
    if (kind == "categories") {
        print_names<Group>(out);
    } else if (kind == "levels") {
        print_names<Level>(out);
    } else if (kind == "campuses") {
        print_names<Campus>(out);
    } else if (kind == "colors") {
        out << "auto\nalways\nnever\n";
    } else if (kind == "languages") {
        out << "en\nnb\n";
    } else if (kind == "shells") {
        out << "bash\nzsh\nfish\n";
    } else if (kind == "zones") {
        print_zones(out);
    } else if (kind == "countries") {
        print_countries(out);
    } else if (kind == "programmes") {
        // The light context names the data file (--data, else NTNU_DATA); empty: built-in.
        std::optional<std::string> path;
        if (!context.data_source.empty()) {
            path = context.data_source;
        }
        const auto loaded = load_catalog(path, context.lang, CatalogUse::names_only);
        for (const auto& programme : loaded.catalog.programmes) {
            out << programme.id << '\t' << programme.name << '\n';
        }
    } else {
        throw UsageError(
            context.lang.format(Msg::error_unknown_completion_kind, fmt::arg("kind", kind)));
    }
    return exit_ok;
}

std::optional<CompletionRequest> plain_completion_request(int argc, const char* const* argv) {
    // An empty value, or one starting with '-' (CLI11 may read it as an option), is left to
    // CLI11, which owns those messages.
    const auto plain = [](const char* arg) { return arg[0] != '\0' && arg[0] != '-'; };
    if ((argc != 3 && argc != 5) || std::string_view(argv[1]) != "__complete" || !plain(argv[2])) {
        return std::nullopt;
    }
    if (argc == 3) {
        return CompletionRequest{argv[2], ""};
    }
    if (std::string_view(argv[3]) != "--data" || !plain(argv[4])) {
        return std::nullopt;
    }
    return CompletionRequest{argv[2], argv[4]};
}

Command register_completion(CLI::App* sub, const Language& l) {
    auto options = std::make_shared<CompletionOptions>();
    sub->add_option("SHELL", options->shell, help(l, Msg::help_shell))
        ->type_name(help(l, Msg::metavar_text));
    return {sub,
            [options](Context& context) {
                const auto& shell = options->shell;
                check_shell(shell, context.lang);
                context.out << (shell == "bash"  ? completion_bash
                                : shell == "zsh" ? completion_zsh
                                                 : completion_fish);
                return exit_ok;
            },
            false};
}

Command register_complete_callback(CLI::App* sub, const Language& /*hidden: never shown*/) {
    auto kind = std::make_shared<std::string>();
    sub->add_option("KIND", *kind,
                    "categories, levels, campuses, colors, languages, shells, zones, countries or "
                    "programmes")
        ->required();
    return {sub, [kind](Context& context) { return run_completion_callback(*kind, context); },
            false};
}

} // namespace ntnu
