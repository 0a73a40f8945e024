#pragma once
// Where the admission data comes from: --data, else NTNU_DATA, else the copy built in.

#include "catalog.hpp"

#include <optional>
#include <string>

namespace ntnu {

struct LoadedCatalog {
    Catalog catalog;
    std::string source_name; // the file, or "built-in" data
};

// Loads and checks the catalog; throws RuntimeError listing every diagnostic (exit 1).
LoadedCatalog load_catalog(const std::optional<std::string>& data_option);

// Reads a data file's text, refusing directories and files over the size limit.
// Throws RuntimeError with the path and the reason.
std::string read_data_file(const std::string& path);

} // namespace ntnu
