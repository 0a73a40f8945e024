// SPDX-License-Identifier: MIT
#pragma once
// Where the admission data comes from: --data, else NTNU_DATA, else the copy built in.

#include "catalog.hpp"
#include "diagnostic.hpp"
#include "language.hpp"

#include <optional>
#include <string>

namespace ntnu {

struct LoadedCatalog {
    Catalog catalog;
    std::string source_name; // the file, or "built-in" data
    // Facts of a data file that their quotes do not back (docs/data-sources.md): the file
    // loads, with a warning; `ntnu validate` refuses it.
    Diagnostics source_findings;
};

// The warning for a data file's source findings, one line, or "" when it has none.
std::string source_findings_warning(const LoadedCatalog& loaded, const Language& lang);

// The data file to load: --data, else NTNU_DATA; nullopt means the built-in data.
std::optional<std::string> data_file_path(const std::optional<std::string>& data_option,
                                          const std::optional<std::string>& ntnu_data);

// The built-in data's text and the name its diagnostics carry.
std::string_view built_in_catalog_text();
std::string_view built_in_catalog_name();

// What the catalogue is loaded for. Only `times` looks up its zone, which costs a read of the
// whole tz database; listing names (shell completion) needs no zone.
enum class CatalogUse { times, names_only };

// Loads the catalog from `path` (data_file_path), or the built-in data when it is nullopt. A
// data file is parsed and checked, throwing RuntimeError listing its diagnostics in `lang`
// (exit 1); the built-in data was checked when the program was built (builtin_catalog.hpp).
// With `names_only`, the built-in data's meta.zone stays null.
LoadedCatalog load_catalog(const std::optional<std::string>& path, const Language& lang,
                           CatalogUse use = CatalogUse::times);

// A data file's text, or why it could not be read.
struct FileText {
    std::string text;
    // Empty when read; else why not, without the path, in the output language: "No such file
    // or directory", "it is a directory", "it is 52428800 bytes, over the limit of …".
    std::string problem;
};

// Reads a regular file, or standard input named as /dev/stdin (/dev/fd/0, /proc/self/fd/0);
// anything else (a FIFO, /dev/zero, a terminal) is refused unread, without waiting to open it.
// At most one byte past max_catalog_bytes is read, so no input is read into memory without
// bound. A regular file over the limit is refused unread.
FileText read_text_bounded(const std::string& path, const Language& lang);

// read_text_bounded, throwing RuntimeError "cannot read data file 'PATH': PROBLEM".
std::string read_data_file(const std::string& path, const Language& lang);

} // namespace ntnu
