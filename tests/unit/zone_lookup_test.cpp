// SPDX-License-Identifier: MIT
// Zones are loaded one file at a time (lib/zone_lookup.cpp) instead of through date's whole
// database. That must change no answer: the same names, and the same offsets at every instant.

#include "zone_lookup.hpp"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace ntnu {
namespace {

using namespace std::chrono_literals;

std::set<std::string> database_names() {
    std::set<std::string> names;
    for (const auto& zone : date::get_tzdb().zones) {
        names.emplace(zone.name());
    }
    return names;
}

TEST(ZoneLookup, AcceptsExactlyTheNamesDatesDatabaseLists) {
    const auto listed = database_names();
    ASSERT_GT(listed.size(), 300u);
    // Every file below the zoneinfo directory, zones and not: right/, posix/, zone.tab, ...
    std::size_t files = 0;
    const std::filesystem::path root = zoneinfo_directory();
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.is_directory()) {
            continue;
        }
        const std::string name = entry.path().lexically_relative(root).string();
        EXPECT_EQ(is_zone_name(name), listed.contains(name)) << name;
        ++files;
    }
    EXPECT_GT(files, listed.size()); // the walk met files that are not zones too
    for (const auto& name : listed) {
        EXPECT_TRUE(is_zone_name(name)) << name;
    }
}

TEST(ZoneLookup, RefusesNamesOutsideTheDatabase) {
    for (const std::string& name : std::vector<std::string>{"",
                                                            "/",
                                                            "Europe",
                                                            "Europe/",
                                                            "Europe/Oslo/",
                                                            "/Europe/Oslo",
                                                            "Europe//Oslo",
                                                            "./Europe/Oslo",
                                                            "Europe/./Oslo",
                                                            "Europe/../Europe/Oslo",
                                                            "../zoneinfo/Europe/Oslo",
                                                            "../../../etc/passwd",
                                                            "right/Europe/Oslo",
                                                            "posix/Europe/Oslo",
                                                            "posixrules",
                                                            "zone.tab",
                                                            "zone1970.tab",
                                                            "iso3166.tab",
                                                            "tzdata.zi",
                                                            "leapseconds",
                                                            "leap-seconds.list",
                                                            "Factory",
                                                            "europe/oslo",
                                                            "Europe/Osl",
                                                            std::string("UTC\0x", 5),
                                                            "/usr/share/zoneinfo/Europe/Oslo"}) {
        EXPECT_FALSE(is_zone_name(name)) << name;
        EXPECT_EQ(lookup_zone(name), nullptr) << name;
    }
    EXPECT_THROW((void)require_zone("Europe/Osl"), std::runtime_error);
}

TEST(ZoneLookup, GivesTheSameObjectForTheSameName) {
    const auto* oslo = lookup_zone("Europe/Oslo");
    ASSERT_NE(oslo, nullptr);
    EXPECT_EQ(oslo->name(), "Europe/Oslo");
    EXPECT_EQ(lookup_zone("Europe/Oslo"), oslo);
    EXPECT_EQ(&require_zone("Europe/Oslo"), oslo);
    EXPECT_NE(lookup_zone("Asia/Kolkata"), oslo);
}

// Every zone, as loaded alone, against the same zone in date's database: the offset, the
// daylight-saving flag and the abbreviation, and when each period begins and ends, at every
// change from 1900 to 2100 and a second either side of it.
TEST(ZoneLookup, AgreesWithDatesDatabaseAtEveryChange) {
    const date::sys_seconds first = date::sys_days{date::year{1900} / 1 / 1};
    const date::sys_seconds last = date::sys_days{date::year{2100} / 1 / 1};
    std::size_t checked = 0;
    for (const auto& expected : date::get_tzdb().zones) {
        const auto* zone = lookup_zone(expected.name());
        ASSERT_NE(zone, nullptr) << expected.name();
        ASSERT_NE(zone, &expected); // loaded on its own, not taken from the database
        for (auto t = first; t < last;) {
            const auto want = expected.get_info(t);
            for (const auto instant : {t - 1s, t, t + 1s}) {
                const auto w = expected.get_info(instant);
                const auto got = zone->get_info(instant);
                ASSERT_EQ(got.begin, w.begin) << expected.name();
                ASSERT_EQ(got.end, w.end) << expected.name();
                ASSERT_EQ(got.offset, w.offset) << expected.name();
                ASSERT_EQ(got.save, w.save) << expected.name();
                ASSERT_EQ(got.abbrev, w.abbrev) << expected.name();
                ++checked;
            }
            // Local times too: the closing minute is a local time (skipped or doubled in a
            // change).
            const auto local = date::local_seconds{t.time_since_epoch()} + want.offset;
            const auto want_local = expected.get_info(local);
            const auto got_local = zone->get_info(local);
            ASSERT_EQ(got_local.result, want_local.result) << expected.name();
            ASSERT_EQ(got_local.first.offset, want_local.first.offset) << expected.name();
            ASSERT_EQ(got_local.second.offset, want_local.second.offset) << expected.name();
            t = want.end;
        }
    }
    EXPECT_GT(checked, 100000u);
}

// tz.cpp is built without leap seconds (third_party/date/README.md). Debian's build would use
// them only for zone files that carry leap-second records; none of the zones date lists does
// (only right/ files, which it skips), so the setting changes no answer on this system.
TEST(ZoneLookup, NoListedZoneFileCarriesLeapSeconds) {
    for (const auto& zone : date::get_tzdb().zones) {
        std::ifstream file(zoneinfo_directory() + "/" + std::string(zone.name()), std::ios::binary);
        std::array<unsigned char, 44> header{}; // TZif, version, 15 reserved, six counts
        ASSERT_TRUE(file.read(reinterpret_cast<char*>(header.data()), header.size()))
            << zone.name();
        ASSERT_EQ(std::string(header.begin(), header.begin() + 4), "TZif") << zone.name();
        // The third count, big-endian: tzh_leapcnt.
        const unsigned leaps = (unsigned{header[28]} << 24) | (unsigned{header[29]} << 16) |
                               (unsigned{header[30]} << 8) | unsigned{header[31]};
        EXPECT_EQ(leaps, 0u) << zone.name();
    }
}

// The zones of a CountryZone list, in order.
std::vector<std::string> zone_names(const std::vector<CountryZone>& zones) {
    std::vector<std::string> names;
    for (const auto& z : zones) {
        names.push_back(z.zone);
    }
    return names;
}

TEST(CountryZones, OneZoneCountryAndManyZoneCountry) {
    EXPECT_EQ(zone_names(country_zones("IN")), std::vector<std::string>{"Asia/Kolkata"});
    EXPECT_EQ(zone_names(country_zones("NO")), std::vector<std::string>{"Europe/Oslo"});
    const auto us = country_zones("US");
    ASSERT_GT(us.size(), 10u);
    EXPECT_EQ(us.front().zone, "America/New_York"); // zone.tab lists the principal zone first
    EXPECT_TRUE(country_zones("XX").empty());
}

TEST(ZonesByAbbreviation, IstIsIrelandIsraelAndIndiaInWinterOrSummer) {
    const date::sys_seconds when{date::sys_days(date::year(2026) / 11 / 27)};
    const auto ist = zones_by_abbreviation("ist", when);
    std::vector<std::string> countries;
    for (const auto& z : ist) {
        countries.push_back(z.alpha2);
    }
    EXPECT_EQ(countries, (std::vector<std::string>{"IE", "IL", "IN"}));
    EXPECT_EQ(zone_names(zones_by_abbreviation("JST", when)),
              std::vector<std::string>{"Asia/Tokyo"});
    EXPECT_TRUE(zones_by_abbreviation("XYZ", when).empty());
}

} // namespace
} // namespace ntnu
