// The binary form of a catalog (the cache of parsed data files): a round trip gives back every
// field, and damaged or foreign bytes give nullopt or a well-formed catalog, never a crash.

#include "catalog_binary.hpp"
#include "programme_search.hpp"
#include "test_support.hpp"
#include "text.hpp"

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

// --- programmes --search reading only its matches (deserialize_matching) ---

Catalog three_programmes() {
    Catalog c = shipped_catalog();
    c.programmes.resize(3, c.programmes.front());
    c.programmes[0].id = "alpha";
    c.programmes[0].name = "Start Name";
    c.programmes[1].id = "mid";
    c.programmes[1].name = "\xC3\x98rland \xC3\x85lesund Studies"; // Ørland Ålesund Studies
    c.programmes[2].id = "zeta";
    c.programmes[2].name = "End Of Blockx";
    return c;
}

// Reads `blob` through a BlobReader, counting the bytes it hands out.
std::optional<SearchedCatalog> matching(std::string_view blob, std::string_view search,
                                        std::size_t* bytes_read = nullptr) {
    const BlobReader read = [&](std::size_t offset,
                                std::size_t size) -> std::optional<std::string_view> {
        if (offset > blob.size() || size > blob.size() - offset) {
            return std::nullopt;
        }
        if (bytes_read != nullptr) {
            *bytes_read += size;
        }
        return blob.substr(offset, size);
    };
    return deserialize_matching(search, blob.size(), read);
}

std::vector<std::string> ids_of(const std::vector<Programme>& programmes) {
    std::vector<std::string> ids;
    for (const auto& p : programmes) {
        ids.push_back(p.id);
    }
    return ids;
}

std::vector<std::string> ids_matching(std::string_view blob, std::string_view search) {
    const auto found = matching(blob, search);
    EXPECT_TRUE(found.has_value()) << search;
    if (!found) {
        return {"(refused)"};
    }
    EXPECT_EQ(found->programme_total, 3U);
    return ids_of(found->catalog.programmes);
}

using Ids = std::vector<std::string>;

TEST(CatalogBinarySearch, FindsIdsAndNamesAsFindProgrammesDoes) {
    const std::string blob = serialize_catalog(three_programmes());
    EXPECT_EQ(ids_matching(blob, "alpha"), Ids{"alpha"});       // the start of the index
    EXPECT_EQ(ids_matching(blob, "blockx"), Ids{"zeta"});       // its end
    EXPECT_EQ(ids_matching(blob, "mi"), Ids{"mid"});            // an id only
    EXPECT_EQ(ids_matching(blob, "studies"), Ids{"mid"});       // a name only
    EXPECT_EQ(ids_matching(blob, "\xC3\x98RLAND"), Ids{"mid"}); // ØRLAND
    EXPECT_EQ(ids_matching(blob, "alesund"), Ids{"mid"});
    EXPECT_EQ(ids_matching(blob, "ZETA"), Ids{"zeta"});
    EXPECT_EQ(ids_matching(blob, "a"), (Ids{"alpha", "mid", "zeta"}));
    EXPECT_EQ(ids_matching(blob, "qqq"), Ids{});
    // Never across the end of an id or a name.
    EXPECT_EQ(ids_matching(blob, "alpha start"), Ids{});
    EXPECT_EQ(ids_matching(blob, "alphastart"), Ids{});
    EXPECT_EQ(ids_matching(blob, "name mid"), Ids{});
    EXPECT_EQ(ids_matching(blob, "studieszeta"), Ids{});
}

TEST(CatalogBinarySearch, AgreesWithFindProgrammesOnAGeneratedCatalogue) {
    const Catalog full = generated_catalog(300);
    const std::string blob = serialize_catalog(full);
    for (const std::string search : {"x", "e", "1", "-29", "29", "\xC3\xB8 1", "O 2", "mixd",
                                     "MIXD-0", "design", "nothing-here", " 7", "-"}) {
        const auto found = matching(blob, search);
        ProgrammeFilter filter;
        filter.search = search;
        std::vector<std::string> expected;
        for (const Programme* p : find_programmes(full, filter)) {
            expected.push_back(p->id);
        }
        if (fold_for_lookup(search).empty()) {
            EXPECT_FALSE(found.has_value()) << "an empty key reads the whole catalog: " << search;
            continue;
        }
        ASSERT_TRUE(found.has_value()) << search;
        EXPECT_EQ(found->programme_total, 300U);
        EXPECT_EQ(ids_of(found->catalog.programmes), expected) << search;
        EXPECT_TRUE(found->catalog.meta == full.meta);
        EXPECT_TRUE(found->catalog.yearly == full.yearly);
        EXPECT_TRUE(found->catalog.dated == full.dated);
        EXPECT_EQ(found->catalog.meta.zone, full.meta.zone);
    }
}

TEST(CatalogBinarySearch, ReadsOnlyTheHeadAndTheMatches) {
    const std::string blob = serialize_catalog(generated_catalog(300));
    std::size_t bytes_read = 0;
    const auto found = matching(blob, "-123", &bytes_read);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(ids_of(found->catalog.programmes).size(), 1U);
    EXPECT_LT(bytes_read, blob.size() / 2);
}

TEST(CatalogBinarySearch, ADamagedMatchOrHeadIsRefused) {
    const std::string blob = serialize_catalog(three_programmes());
    // zeta's record is the last: its name's last byte is the blob's last but a few.
    std::string damaged = blob;
    const auto at = damaged.rfind("Blockx");
    ASSERT_NE(at, std::string::npos);
    damaged[at] = 'b';
    EXPECT_FALSE(matching(damaged, "zeta").has_value());
    EXPECT_FALSE(deserialize_catalog(damaged).has_value());
    // A head cut short, or a blob of another size than its header says.
    const std::string_view view(blob);
    for (const std::size_t cut :
         {std::size_t{0}, std::size_t{20}, std::size_t{40}, blob.size() / 2, blob.size() - 1}) {
        const std::string_view shorter = view.substr(0, cut);
        EXPECT_FALSE(matching(shorter, "a").has_value()) << cut;
    }
    const BlobReader read = [&](std::size_t offset, std::size_t size) {
        return std::optional<std::string_view>(view.substr(offset, size));
    };
    EXPECT_FALSE(deserialize_matching("a", blob.size() + 1, read).has_value());
    // A flipped byte in the head (the index) fails the head's checksum.
    std::string head_damaged = blob;
    const auto in_index = head_damaged.find(std::string("studies\0", 8));
    ASSERT_NE(in_index, std::string::npos);
    head_damaged[in_index] = 'x';
    EXPECT_FALSE(matching(head_damaged, "xtudies").has_value());
}

} // namespace
} // namespace ntnu
