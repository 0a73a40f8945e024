// The only place that catches: every failure becomes a message and a documented exit status.

#include "app.hpp"
#include "errors.hpp"
#include "language.hpp"
#include "printable.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <string>

namespace {

using ntnu::printable;

// The language errors are reported in: --lang if it is valid, else the environment's.
ntnu::Language error_language(int argc, const char* const* argv) {
    try {
        return ntnu::Language(ntnu::choose_language(argc, argv));
    } catch (const std::exception&) {
        return ntnu::Language(ntnu::language_from_environment());
    }
}

void report(const std::string& message, const ntnu::Language& lang) {
    std::cerr << lang.text(ntnu::Msg::error_prefix) << printable(message) << '\n';
}

} // namespace

int main(int argc, char** argv) {
    // A closed pipe (`ntnu | head -1`) must end with a status, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    int status = ntnu::exit_runtime;
    try {
        status = ntnu::run(argc, argv, std::cout, std::cerr);
    } catch (const ntnu::UsageError& e) {
        report(e.what(), error_language(argc, argv));
        return ntnu::exit_usage;
    } catch (const ntnu::RuntimeError& e) {
        report(e.what(), error_language(argc, argv));
        return ntnu::exit_runtime;
    } catch (const std::exception& e) {
        const auto lang = error_language(argc, argv);
        report(lang.format(ntnu::Msg::error_internal, fmt::arg("reason", e.what())), lang);
        return ntnu::exit_runtime;
    } catch (...) {
        const auto lang = error_language(argc, argv);
        report(std::string(lang.text(ntnu::Msg::error_internal_unknown)), lang);
        return ntnu::exit_runtime;
    }
    std::cout.flush();
    if (!std::cout) {
        const auto lang = error_language(argc, argv);
        report(std::string(lang.text(ntnu::Msg::error_cannot_write_output)), lang);
        return ntnu::exit_runtime;
    }
    return status;
}
