// SPDX-License-Identifier: MIT
// The only place that catches: every failure becomes a message and a documented exit status.

#include "app.hpp"
#include "environment.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "language.hpp"
#include "output_stream.hpp"
#include "printable.hpp"

#include <CLI/CLI.hpp>

#include <cerrno>
#include <csignal>
#include <iostream>
#include <string>
#include <unistd.h>

namespace {

using ntnu::printable;

// The language errors are reported in: --lang if it is valid, else the environment's.
ntnu::Language error_language(int argc, const char* const* argv, const ntnu::Environment& env) {
    try {
        return ntnu::Language(ntnu::chosen_language(argc, argv, env));
    } catch (const std::exception&) {
        return ntnu::Language(ntnu::language_from_environment(env));
    }
}

// Every line of the message gets the prefix, so no text inside it (a diagnostic quoting a
// data file) can print a line that does not look like an error.
void report(const std::string& message, const ntnu::Language& lang) {
    const std::string text = printable(message);
    std::string out;
    std::size_t start = 0;
    while (true) {
        const auto end = text.find('\n', start);
        out += lang.text(ntnu::Msg::error_prefix);
        out += std::string_view(text).substr(start, end == std::string::npos ? end : end - start);
        out += '\n';
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    std::cerr << out;
}

} // namespace

int main(int argc, char** argv) {
    // A closed pipe (`ntnu | head -1`) must end with a status, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    ntnu::DescriptorBuffer buffer(STDOUT_FILENO);
    std::ostream out(&buffer);
    // Whatever was printed comes before an error message, as it would on a terminal.
    std::cerr.tie(&out);
    // `out` ends with main, but std::cerr lives on to the library's last flush at exit: untie
    // it first on every way out, or that flush would reach a stream that no longer exists.
    struct Untie {
        ~Untie() { std::cerr.tie(nullptr); }
    } untie;
    // The environment and terminal, read once: everything below is handed this snapshot.
    const ntnu::Environment env = ntnu::read_environment();
    int status = ntnu::exit_runtime;
    try {
        status = ntnu::run(argc, argv, env, out, std::cerr);
    } catch (const ntnu::UsageError& e) {
        out.flush();
        report(e.what(), error_language(argc, argv, env));
        return ntnu::exit_usage;
    } catch (const ntnu::RuntimeError& e) {
        out.flush();
        report(e.what(), error_language(argc, argv, env));
        return ntnu::exit_runtime;
    } catch (const std::exception& e) {
        out.flush();
        const auto lang = error_language(argc, argv, env);
        report(lang.format(ntnu::Msg::error_internal, fmt::arg("reason", e.what())), lang);
        return ntnu::exit_runtime;
    } catch (...) {
        out.flush();
        const auto lang = error_language(argc, argv, env);
        report(std::string(lang.text(ntnu::Msg::error_internal_unknown)), lang);
        return ntnu::exit_runtime;
    }
    out.flush();
    // The reader went away (`ntnu programmes | head -n 1`): it has what it wanted. End quietly,
    // with the command's own status, as git and ripgrep do, so `set -o pipefail` holds.
    if (buffer.error() == EPIPE) {
        return status;
    }
    if (buffer.error() != 0 || !out) {
        const auto lang = error_language(argc, argv, env);
        report(lang.format(ntnu::Msg::error_cannot_write_output,
                           fmt::arg("reason", ntnu::system_error_text(buffer.error(), lang))),
               lang);
        return ntnu::exit_runtime;
    }
    return status;
}
