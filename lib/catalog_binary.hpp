#pragma once
// A Catalog as bytes and back: the parsed form a cache keeps, so that a later run of the program
// reads the data without parsing TOML again (cli/catalog_cache.hpp has the policy).

#include "catalog.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ntnu {

// Bump on any change to the encoding or to the Catalog it encodes (catalog_binary.cpp checks the
// layout it was written for): blobs of another version are refused, so caches rebuild.
inline constexpr std::uint32_t catalog_binary_version = 1;

// The whole catalog, every field: a header (magic, version, payload size, checksum), then the
// payload in little-endian fixed-width integers, length-prefixed strings and counts. meta.zone
// is kept by its name.
std::string serialize_catalog(const Catalog& catalog);

// The catalog in a blob serialize_catalog wrote, with meta.zone looked up by name as the parser
// looks it up. nullopt for anything else: another magic or version, a wrong size or checksum, a
// length past the end, a value out of range, bytes left over, a zone that is no longer known.
std::optional<Catalog> deserialize_catalog(std::string_view blob);

// The payload alone, every length and value checked but no checksum to pass: what a fuzzer
// needs to reach the field readers, as it cannot forge a checksum.
std::optional<Catalog> deserialize_catalog_payload(std::string_view payload);

} // namespace ntnu
