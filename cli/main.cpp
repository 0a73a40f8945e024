// The only place that catches: every failure becomes a message and a documented exit status.

#include "app.hpp"
#include "errors.hpp"
#include "printable.hpp"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>
#include <string>

namespace {

using ntnu::printable;

void report(const std::exception& e) {
    std::cerr << "ntnu: error: " << printable(e.what()) << '\n';
}

} // namespace

int main(int argc, char** argv) {
    // A closed pipe (`ntnu | head -1`) must end with a status, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    int status = ntnu::exit_runtime;
    try {
        status = ntnu::run(argc, argv, std::cout, std::cerr);
    } catch (const ntnu::UsageError& e) {
        report(e);
        return ntnu::exit_usage;
    } catch (const ntnu::RuntimeError& e) {
        report(e);
        return ntnu::exit_runtime;
    } catch (const std::exception& e) {
        std::cerr << "ntnu: error: internal error: " << printable(e.what()) << '\n';
        return ntnu::exit_runtime;
    } catch (...) {
        std::cerr << "ntnu: error: internal error\n";
        return ntnu::exit_runtime;
    }
    std::cout.flush();
    if (!std::cout) {
        std::cerr << "ntnu: error: cannot write the output\n";
        return ntnu::exit_runtime;
    }
    return status;
}
