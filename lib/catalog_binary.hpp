#pragma once
// A Catalog as bytes and back: the parsed form a cache keeps, so that a later run of the program
// reads the data without parsing TOML again (cli/catalog_cache.hpp has the policy).

#include "catalog.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

// Bump on any change to the encoding or to the Catalog it encodes (catalog_binary.cpp checks the
// layout it was written for): blobs of another version are refused, so caches rebuild.
inline constexpr std::uint32_t catalog_binary_version = 2;

// The whole catalog, every field: a header (magic, version, payload size, the head's checksum),
// then the payload in little-endian fixed-width integers, length-prefixed strings and counts:
// a head with everything but the programmes plus a search index of them, then one record per
// programme with its own checksum (catalog_binary.cpp has the layout). meta.zone is kept by
// its name.
std::string serialize_catalog(const Catalog& catalog);

// The catalog in a blob serialize_catalog wrote, with meta.zone looked up by name as the parser
// looks it up. nullopt for anything else: another magic or version, a wrong size or checksum, a
// length past the end, a value out of range, bytes left over, a zone that is no longer known.
std::optional<Catalog> deserialize_catalog(std::string_view blob);

// The payload alone, every length and value checked but no checksum to pass: what a fuzzer
// needs to reach the field readers, as it cannot forge a checksum.
std::optional<Catalog> deserialize_catalog_payload(std::string_view payload);

// `size` bytes of a blob from `offset`, valid until the reader is destroyed; nullopt when they
// cannot be read.
using BlobReader =
    std::function<std::optional<std::string_view>(std::size_t offset, std::size_t size)>;

// A catalog holding only the programmes whose id or name contains `search` as find_programmes
// matches it (folded), in catalogue order, and how many programmes the whole catalog has.
struct SearchedCatalog {
    Catalog catalog;
    std::size_t programme_total = 0;
};

// The programmes `search` finds in a blob of `blob_size` bytes, reading through `read` only the
// head and the records of the matches. nullopt when anything is wrong (as deserialize_catalog)
// or the search would match every programme (an empty key): then read the whole blob.
std::optional<SearchedCatalog> deserialize_matching(std::string_view search, std::size_t blob_size,
                                                    const BlobReader& read);

} // namespace ntnu
