#include "data_source.hpp"

#include "catalog_parser.hpp"
#include "environment.hpp"
#include "errors.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace ntnu {

extern const std::string_view embedded_catalog;
extern const std::string_view embedded_catalog_name;

std::string read_data_file(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        throw RuntimeError(
            fmt::format("cannot read data file '{}': {}", path, std::strerror(errno)));
    }
    if (S_ISDIR(info.st_mode)) {
        throw RuntimeError(fmt::format("cannot read data file '{}': it is a directory", path));
    }
    if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > max_catalog_bytes) {
        throw RuntimeError(fmt::format("data file '{}' is {} bytes; the limit is {}", path,
                                       info.st_size, max_catalog_bytes));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw RuntimeError(
            fmt::format("cannot read data file '{}': {}", path, std::strerror(errno)));
    }
    // Read one byte past the limit, so a pipe or device cannot feed us without bound.
    std::string text(max_catalog_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad()) {
        throw RuntimeError(fmt::format("cannot read data file '{}': read error", path));
    }
    if (text.size() > max_catalog_bytes) {
        throw RuntimeError(
            fmt::format("data file '{}' is over the limit of {} bytes", path, max_catalog_bytes));
    }
    return text;
}

LoadedCatalog load_catalog(const std::optional<std::string>& data_option) {
    std::optional<std::string> path = data_option;
    if (!path) {
        path = env("NTNU_DATA");
        if (path && path->empty()) {
            path.reset();
        }
    }
    const std::string text = path ? read_data_file(*path) : std::string(embedded_catalog);
    const std::string name = path ? *path : std::string(embedded_catalog_name);
    auto result = parse_catalog(text, name);
    if (!result.catalog) {
        std::string message;
        for (const auto& d : result.diagnostics) {
            message += (message.empty() ? "" : "\nntnu: error: ") + format_diagnostic(d);
        }
        throw RuntimeError(message);
    }
    return {std::move(*result.catalog), name};
}

} // namespace ntnu
