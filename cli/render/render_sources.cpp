// SPDX-License-Identifier: MIT
#include "render_sources.hpp"

#include "render_time.hpp"
#include "source_check.hpp"

#include <fmt/format.h>

namespace ntnu {
namespace {

// "NTNU" for NTNU's own sites; other sites (Samordna opptak, UDI) by their host name.
std::string site_of(std::string_view url) {
    auto host = url.substr(url.find("://") == std::string_view::npos ? 0 : url.find("://") + 3);
    host = host.substr(0, host.find('/'));
    if (host.starts_with("www.")) {
        host.remove_prefix(4);
    }
    const auto ends = [&](std::string_view domain) {
        return host == domain || host.ends_with(fmt::format(".{}", domain));
    };
    if (ends("ntnu.edu") || ends("ntnu.no")) {
        return "NTNU";
    }
    return std::string(host);
}

} // namespace

std::string source_age(const Source& source, const Language& lang) {
    const auto as_of = parse_as_of(source.as_of);
    if (!as_of) {
        return std::string(lang.text(Msg::source_age_unknown));
    }
    if (const auto* day = std::get_if<date::year_month_day>(&*as_of)) {
        return lang.format(Msg::source_age_date, fmt::arg("date", long_date(*day, lang)));
    }
    if (const auto year = as_of_year(*as_of)) {
        return lang.format(Msg::source_age_year, fmt::arg("year", *year));
    }
    return std::string(lang.text(Msg::source_age_undated));
}

std::string source_quote_line(const Source& source, const Language& lang) {
    if (source.quote.empty()) {
        return "";
    }
    return lang.format(Msg::source_quote, fmt::arg("site", site_of(source.url)),
                       fmt::arg("age", source_age(source, lang)), fmt::arg("quote", source.quote));
}

} // namespace ntnu
