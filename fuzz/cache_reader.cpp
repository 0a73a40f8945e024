// Fuzzes the reader of cached catalogs (lib/catalog_binary): any bytes give nullopt or a whole
// catalog, never a crash, a hang or an allocation the input cannot pay for. The payload reader is
// fuzzed without the checksum, which random bytes could never pass; a catalog it accepts must
// write and read back the same, so nothing is half-read.
#include "catalog_binary.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto whole = ntnu::deserialize_catalog(bytes)) {
        if (ntnu::deserialize_catalog(ntnu::serialize_catalog(*whole)) != whole) {
            __builtin_trap();
        }
    }
    if (const auto payload = ntnu::deserialize_catalog_payload(bytes)) {
        if (ntnu::deserialize_catalog(ntnu::serialize_catalog(*payload)) != payload) {
            __builtin_trap();
        }
    }
    // The search's reader on the same bytes: random bytes stop at its header and head checks
    // (the head's checksum), which must refuse them without a crash.
    const ntnu::BlobReader read = [&](std::size_t offset,
                                      std::size_t length) -> std::optional<std::string_view> {
        if (offset > size || length > size - offset) {
            return std::nullopt;
        }
        return bytes.substr(offset, length);
    };
    (void)ntnu::deserialize_matching("e", size, read);
    return 0;
}
