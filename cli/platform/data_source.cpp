// SPDX-License-Identifier: MIT
#include "data_source.hpp"

#include "builtin_catalog.hpp"
#include "catalog_parser.hpp"
#include "descriptor.hpp"
#include "errors.hpp"
#include "input_errors.hpp"
#include "zone_lookup.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ntnu {

extern const std::string_view embedded_catalog;
extern const std::string_view embedded_catalog_name;

namespace {

// "it is 52428800 bytes, over the limit of 4194304 bytes (4 MiB)"; a pipe's size is not known.
std::string over_limit(std::optional<long long> size, const Language& lang) {
    // fmt::arg keeps a reference: the value it names must outlive the call below.
    const auto mebibytes = max_catalog_bytes / (1024 * 1024);
    const auto limit = fmt::arg("limit", max_catalog_bytes);
    const auto mib = fmt::arg("mib", mebibytes);
    return size ? lang.format(Msg::error_data_over_limit_size, fmt::arg("size", *size), limit, mib)
                : lang.format(Msg::error_data_over_limit, limit, mib);
}

} // namespace

std::optional<std::string> data_file_path(const std::optional<std::string>& data_option,
                                          const std::optional<std::string>& ntnu_data) {
    return data_option ? data_option : ntnu_data;
}

std::string_view built_in_catalog_text() {
    return embedded_catalog;
}

std::string_view built_in_catalog_name() {
    return embedded_catalog_name;
}

namespace {

// Why a data file that fstat described as `info` is refused unread, or empty.
std::string refusal(const struct stat& info, const Language& lang) {
    if (S_ISDIR(info.st_mode)) {
        return std::string(lang.text(Msg::error_data_is_directory));
    }
    if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_catalog_bytes) {
        return over_limit(static_cast<long long>(info.st_size), lang);
    }
    return {};
}

// Reads an open data file to its end, or up to one byte past the limit. `info` is its fstat.
FileText read_open_file(int fd, const struct stat& info, const Language& lang) {
    // One byte past the limit tells a source that is too long (a pipe, a device) from one that
    // fits, without reading any more of it. A regular file says its size, so the buffer starts
    // there (one byte more sees a file that grew); other sources grow it as they deliver.
    constexpr std::size_t most = max_catalog_bytes + 1;
    constexpr std::size_t first_chunk = 64 * 1024;
    const bool sized = S_ISREG(info.st_mode) && info.st_size > 0;
    std::string text(
        sized ? std::min(static_cast<std::size_t>(info.st_size) + 1, most) : first_chunk, '\0');
    std::size_t size = 0;
    while (true) {
        if (size == text.size()) {
            if (text.size() >= most) {
                break;
            }
            text.resize(std::min(text.size() * 2, most));
        }
        const ssize_t n = ::read(fd, text.data() + size, text.size() - size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return {{}, system_error_text(errno, lang)};
        }
        if (n == 0) {
            break;
        }
        size += static_cast<std::size_t>(n);
    }
    if (size > max_catalog_bytes) {
        return {{}, over_limit(std::nullopt, lang)};
    }
    text.resize(size);
    return {std::move(text), {}};
}

RuntimeError cannot_read(const std::string& path, const std::string& problem,
                         const Language& lang) {
    return RuntimeError(lang.format(Msg::error_cannot_read_data, fmt::arg("path", path),
                                    fmt::arg("reason", problem)));
}

// The diagnostics of a data file that did not load, as one error message.
RuntimeError load_failure(const Diagnostics& all, const std::string& path, const Language& lang) {
    // Like a compiler, stop listing after a screenful; `validate` lists every problem.
    constexpr std::size_t shown = 20;
    std::string message;
    // Each diagnostic on its own line; main.cpp prefixes every line.
    const std::string prefix = "\n";
    for (std::size_t i = 0; i < all.size() && i < shown; ++i) {
        message += (message.empty() ? "" : prefix) + format_diagnostic(all[i]);
    }
    if (all.size() > shown) {
        message +=
            prefix + lang.format(Msg::error_more_problems, fmt::arg("count", all.size() - shown),
                                 fmt::arg("path", path));
    }
    return RuntimeError(message);
}

// A data file, read and parsed.
LoadedCatalog load_data_file(const std::string& path, const Language& lang) {
    const FileText file = read_text_bounded(path, lang);
    if (!file.problem.empty()) {
        throw cannot_read(path, file.problem, lang);
    }
    auto result = parse_catalog(file.text, path);
    if (!result.catalog) {
        throw load_failure(result.diagnostics, path, lang);
    }
    Diagnostics findings;
    for (auto& d : result.diagnostics) {
        if (d.source_finding) {
            findings.push_back(std::move(d));
        }
    }
    return {std::move(*result.catalog), path, std::move(findings)};
}

} // namespace

namespace {

// Standard input named on purpose: the one stream, besides a regular file, that data is read
// from (`ntnu --data /dev/stdin < next-year.toml`).
bool names_standard_input(std::string_view path) {
    return path == "/dev/stdin" || path == "/dev/fd/0" || path == "/proc/self/fd/0";
}

} // namespace

FileText read_text_bounded(const std::string& path, const Language& lang) {
    // O_NONBLOCK: opening a FIFO nobody writes to would otherwise wait for a writer forever,
    // here and at every Tab press when NTNU_DATA names one.
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    struct stat info {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0) {
        return {{}, system_error_text(errno, lang)};
    }
    if (std::string problem = refusal(info, lang); !problem.empty()) {
        return {{}, std::move(problem)};
    }
    if (!S_ISREG(info.st_mode) && !names_standard_input(path)) {
        return {{}, std::string(lang.text(Msg::error_not_regular_file))};
    }
    // Reading standard input waits for its writer, as `cat` does.
    if (const int flags = ::fcntl(fd.get(), F_GETFL); flags >= 0) {
        ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK);
    }
    return read_open_file(fd.get(), info, lang);
}

std::string read_data_file(const std::string& path, const Language& lang) {
    FileText file = read_text_bounded(path, lang);
    if (!file.problem.empty()) {
        throw cannot_read(path, file.problem, lang);
    }
    return std::move(file.text);
}

std::string source_findings_warning(const LoadedCatalog& loaded, const Language& lang) {
    const auto& findings = loaded.source_findings;
    if (findings.empty()) {
        return "";
    }
    // The first finding without its own "warning: ", which the sentence already says.
    Diagnostic first = findings.front();
    first.severity = Severity::error;
    const auto count = static_cast<long long>(findings.size());
    return lang.format(
        lang.plural(count, Msg::warning_source_findings_one, Msg::warning_source_findings_other),
        fmt::arg("count", count), fmt::arg("file", loaded.source_name),
        fmt::arg("first", format_diagnostic(first)));
}

LoadedCatalog load_catalog(const std::optional<std::string>& path, const Language& lang,
                           CatalogUse use) {
    if (!path) {
        LoadedCatalog loaded{builtin_catalog(), std::string(built_in_catalog_name()), {}};
        if (use == CatalogUse::times) {
            auto& meta = loaded.catalog.meta;
            try {
                meta.zone = &require_zone(meta.zone_name);
            } catch (const std::exception& e) {
                throw RuntimeError(lang.format(
                    Msg::error_builtin_zone, fmt::arg("zone", meta.zone_name),
                    fmt::arg("source", loaded.source_name), fmt::arg("reason", e.what())));
            }
        }
        return loaded;
    }
    return load_data_file(*path, lang);
}

} // namespace ntnu
