#pragma once
// A parsed copy of each data file (--data, NTNU_DATA), kept between runs: parsing a large file
// costs far more than the rest of a run, and each question is a new process.
//
// The copy lives in $XDG_CACHE_HOME/ntnu (or ~/.cache/ntnu), one file per data file, named by a
// hash of the data file's real path. It holds only for the same program build and the same
// state of the data file: device, inode, size, modification and change time, as fstat gave them
// for the descriptor the data is read from. Any write to the file changes its change time, which
// users cannot set back, so an edit is always seen. NTNU_CACHE=0 (or off) turns the cache off.
//
// The cache can only make a run faster: a missing, damaged or foreign entry is a miss, and a
// failure to write one is silent.

#include "catalog.hpp"
#include "catalog_binary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <sys/stat.h>

namespace ntnu {

class CatalogCache {
public:
    // The cache entry for the data file `path`, whose open descriptor fstat described as `data`;
    // nullopt when there is none to use: the cache is off, there is no cache directory, or the
    // data is no regular file (a pipe, /dev/stdin).
    static std::optional<CatalogCache> for_file(const std::string& path, const struct stat& data);

    // The catalog stored for this build and this state of the data file, or nullopt.
    std::optional<Catalog> load() const;

    // The same entry read in part: only the programmes whose id or name contains `search`, and
    // the whole catalogue's programme count (catalog_binary.hpp's deserialize_matching).
    std::optional<SearchedCatalog> load_matching(std::string_view search) const;

    // Stores a catalog just parsed from the data file, replacing the entry; does nothing when
    // the entry cannot be written or the file may still be changing.
    void store(const Catalog& catalog) const;

private:
    CatalogCache(std::string directory, std::string file, std::string header,
                 struct timespec changed);

    std::string directory_;
    std::string file_;
    std::string header_;         // the bytes an entry for this build and this state must start with
    struct timespec changed_ {}; // the data file's change time
};

} // namespace ntnu
