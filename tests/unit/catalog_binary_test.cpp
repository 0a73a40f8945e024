// The binary form of a catalog (the cache of parsed data files): a round trip gives back every
// field, and damaged or foreign bytes give nullopt or a well-formed catalog, never a crash.

#include "catalog_binary.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <random>

namespace ntnu {
namespace {

using test_support::shipped_catalog;

// The shipped data grown to `count` programmes, varied so that every optional and list is both
// empty and full somewhere, plus a yearly exception and a dated "no admission" record.
Catalog generated_catalog(std::size_t count) {
    Catalog c = shipped_catalog();
    const std::vector<Programme> base = c.programmes;
    c.programmes.clear();
    for (std::size_t i = 0; i < count; ++i) {
        Programme p = base[i % base.size()];
        p.id += "-" + std::to_string(i);
        p.name += " \xC3\x98 " + std::to_string(i); // non-ASCII bytes survive as they are
        p.duration_years = i % 3 == 0 ? std::nullopt : std::optional<int>(static_cast<int>(i % 6));
        p.note = i % 2 == 0 ? "" : "note " + std::to_string(i);
        if (i % 5 == 0) {
            p.campuses.clear();
        }
        if (i % 7 == 0) {
            p.closed_to = {Group::non_eu, Group::refugee};
        }
        p.provenance.sources.resize(i % 4, "https://example.invalid/" + std::to_string(i));
        c.programmes.push_back(std::move(p));
    }
    YearlyDeadline& yearly = c.yearly.front();
    yearly.exceptions.push_back({2028,
                                 date::month{3} / date::day{1},
                                 std::chrono::minutes{600},
                                 "moved",
                                 {Confidence::inferred, {"https://example.invalid/x"}}});
    DatedDeadline none = c.dated.empty() ? DatedDeadline{} : c.dated.front();
    none.id = "no-admission";
    none.closes.reset();
    c.dated.push_back(none);
    DatedDeadline dated = none;
    dated.id = "dated";
    dated.closes = date::local_days{date::year{2027} / 1 / 15} + std::chrono::hours{12};
    c.dated.push_back(dated);
    return c;
}

// The blob's payload, after its header (magic, version, size, checksum).
std::string_view payload_of(std::string_view blob) {
    return blob.substr(8 + 4 + 8 + 8);
}

// A catalog read from damaged bytes must at least be whole: it writes and reads back the same.
void expect_whole(const std::optional<Catalog>& read) {
    if (read) {
        const auto again = deserialize_catalog(serialize_catalog(*read));
        ASSERT_TRUE(again.has_value());
        EXPECT_TRUE(*again == *read);
    }
}

TEST(CatalogBinary, TheShippedDataRoundTrips) {
    const Catalog& original = shipped_catalog();
    const auto read = deserialize_catalog(serialize_catalog(original));
    ASSERT_TRUE(read.has_value());
    ASSERT_NE(read->meta.zone, nullptr);
    EXPECT_EQ(read->meta.zone, original.meta.zone);
    EXPECT_TRUE(*read == original);
}

TEST(CatalogBinary, AGeneratedCatalogueRoundTrips) {
    const Catalog original = generated_catalog(300);
    const std::string blob = serialize_catalog(original);
    const auto read = deserialize_catalog(blob);
    ASSERT_TRUE(read.has_value());
    // Section by section, so a failure names the part that differs.
    EXPECT_TRUE(read->meta == original.meta);
    EXPECT_TRUE(read->country_sets == original.country_sets);
    EXPECT_TRUE(read->rules == original.rules);
    EXPECT_TRUE(read->tracks == original.tracks);
    EXPECT_TRUE(read->yearly == original.yearly);
    EXPECT_TRUE(read->dated == original.dated);
    EXPECT_TRUE(read->programmes == original.programmes);
    EXPECT_EQ(read->programmes.size(), 300U);
    // The same catalog always gives the same bytes.
    EXPECT_EQ(serialize_catalog(*read), blob);
}

// The reader bounds each count by the smallest encoding of one element: a lone, empty element
// of each kind, last in the payload, must still be accepted.
TEST(CatalogBinary, LoneEmptyElementsRoundTrip) {
    Catalog base;
    base.meta = shipped_catalog().meta;
    std::vector<Catalog> cases(6, base);
    cases[0].country_sets.emplace_back();
    cases[1].rules.emplace_back();
    cases[2].tracks.emplace_back();
    cases[3].yearly.emplace_back();
    cases[3].yearly.back().closing_day = date::month{2} / date::day{29};
    cases[3].yearly.back().exceptions.emplace_back();
    cases[3].yearly.back().exceptions.back().closing_day = date::month{1} / date::day{1};
    cases[4].dated.emplace_back();
    cases[5].programmes.emplace_back();
    for (const Catalog& c : cases) {
        const auto read = deserialize_catalog(serialize_catalog(c));
        ASSERT_TRUE(read.has_value());
        EXPECT_TRUE(*read == c);
    }
}

TEST(CatalogBinary, EveryTruncationIsRefused) {
    const std::string blob = serialize_catalog(shipped_catalog());
    for (std::size_t size = 0; size < blob.size(); ++size) {
        ASSERT_FALSE(deserialize_catalog(std::string_view(blob).substr(0, size)).has_value())
            << "prefix of " << size << " bytes";
    }
    // The payload alone has no checksum: the length checks must refuse each cut by themselves.
    const std::string_view payload = payload_of(blob);
    for (std::size_t size = 0; size < payload.size(); ++size) {
        ASSERT_FALSE(deserialize_catalog_payload(payload.substr(0, size)).has_value())
            << "payload prefix of " << size << " bytes";
    }
    EXPECT_TRUE(deserialize_catalog_payload(payload).has_value());
}

TEST(CatalogBinary, FlippedBytesFailTheChecksumOrReadWhole) {
    const std::string blob = serialize_catalog(generated_catalog(40));
    std::mt19937 random(20261127);
    std::uniform_int_distribution<std::size_t> position(0, blob.size() - 1);
    std::uniform_int_distribution<int> bit(0, 7);
    for (int round = 0; round < 3000; ++round) {
        std::string damaged = blob;
        const int flips = 1 + round % 4;
        for (int i = 0; i < flips; ++i) {
            damaged[position(random)] ^= static_cast<char>(1 << bit(random));
        }
        if (damaged == blob) {
            continue; // the same bit flipped twice
        }
        // With its header, the checksum (or the header's own checks) catches the damage...
        EXPECT_FALSE(deserialize_catalog(damaged).has_value()) << "round " << round;
        // ... and without it, the field checks leave nothing half-read.
        expect_whole(deserialize_catalog_payload(payload_of(damaged)));
    }
}

TEST(CatalogBinary, RandomBytesAndHugeCountsAreRefused) {
    std::mt19937 random(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int round = 0; round < 2000; ++round) {
        std::string bytes(static_cast<std::size_t>(round % 300), '\0');
        for (char& ch : bytes) {
            ch = static_cast<char>(byte(random));
        }
        EXPECT_FALSE(deserialize_catalog(bytes).has_value());
        expect_whole(deserialize_catalog_payload(bytes));
    }
    // A count of four billion strings in a short payload is refused before anything is
    // allocated for it.
    const std::string huge("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 12);
    EXPECT_FALSE(deserialize_catalog_payload(huge).has_value());
}

TEST(CatalogBinary, AnotherMagicOrVersionIsRefused) {
    const std::string blob = serialize_catalog(shipped_catalog());
    ASSERT_TRUE(deserialize_catalog(blob).has_value());
    std::string magic = blob;
    magic[0] = 'X';
    EXPECT_FALSE(deserialize_catalog(magic).has_value());
    std::string version = blob;
    version[8] = static_cast<char>(catalog_binary_version + 1); // little-endian, low byte first
    EXPECT_FALSE(deserialize_catalog(version).has_value());
    EXPECT_FALSE(deserialize_catalog(blob + "x").has_value());
    EXPECT_FALSE(deserialize_catalog("").has_value());
}

TEST(CatalogBinary, ValuesOutOfRangeAreRefused) {
    Catalog level = generated_catalog(3);
    level.programmes.back().level = static_cast<Level>(4);
    EXPECT_FALSE(deserialize_catalog(serialize_catalog(level)).has_value());

    Catalog group = generated_catalog(3);
    group.yearly.front().groups.push_back(static_cast<Group>(9));
    EXPECT_FALSE(deserialize_catalog(serialize_catalog(group)).has_value());

    Catalog day = generated_catalog(3);
    day.yearly.front().closing_day = date::month{2} / date::day{30};
    EXPECT_FALSE(deserialize_catalog(serialize_catalog(day)).has_value());

    Catalog time = generated_catalog(3);
    time.yearly.front().closing_time = std::chrono::minutes{24 * 60};
    EXPECT_FALSE(deserialize_catalog(serialize_catalog(time)).has_value());
}

TEST(CatalogBinary, AZoneNoLongerKnownIsRefused) {
    Catalog c = generated_catalog(3);
    c.meta.zone_name = "Europe/Atlantis";
    EXPECT_FALSE(deserialize_catalog(serialize_catalog(c)).has_value());
}

} // namespace
} // namespace ntnu
