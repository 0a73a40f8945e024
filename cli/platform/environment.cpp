// SPDX-License-Identifier: MIT
#include "environment.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace ntnu {
namespace {

std::optional<std::string> even_empty(const char* name) {
    const char* value = std::getenv(name);
    return value == nullptr ? std::nullopt : std::optional<std::string>{value};
}

std::optional<std::string> non_empty(const char* name) {
    auto value = even_empty(name);
    return value && value->empty() ? std::nullopt : value;
}

} // namespace

Environment read_environment() {
    Environment e;
    e.ntnu_now = non_empty("NTNU_NOW");
    e.ntnu_data = non_empty("NTNU_DATA");
    e.tz = even_empty("TZ");
    e.no_color = non_empty("NO_COLOR");
    e.term = non_empty("TERM");
    e.columns = non_empty("COLUMNS");
    e.lc_all = non_empty("LC_ALL");
    e.lc_ctype = non_empty("LC_CTYPE");
    e.lc_messages = non_empty("LC_MESSAGES");
    e.lang = non_empty("LANG");
    e.language = non_empty("LANGUAGE");
    e.stdout_is_terminal = ::isatty(STDOUT_FILENO) != 0;
    if (e.stdout_is_terminal) {
        struct winsize size {};
        if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
            e.terminal_columns = size.ws_col;
        }
    }
    return e;
}

} // namespace ntnu
