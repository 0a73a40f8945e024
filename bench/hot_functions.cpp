// SPDX-License-Identifier: MIT
// Google Benchmark timings of the library's hot functions: the built-in data's loading, a
// large catalogue's parsing, group resolution, the next occurrence of a deadline, and catalogue
// search. These are measurements, not tests: nothing here asserts a time.
//
// Usage: ntnu_bench CATALOG_10K_TOML [benchmark flags]  (bench/run.sh generates the catalogue)

#include "catalog_parser.hpp"
#include "data_source.hpp"
#include "deadlines.hpp"
#include "group_resolution.hpp"
#include "programme_search.hpp"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <optional>
#include <string>

namespace {

using namespace ntnu;

std::string large_catalog_path;
const Language english; // messages only matter if loading fails

const Instant now = date::sys_days{date::year{2026} / 11 / 27} + std::chrono::hours{12};

// What every command does first: the built-in data, as the program loads it.
void load_builtin_catalog(benchmark::State& state) {
    for (auto _ : state) {
        auto loaded = load_catalog(std::nullopt, english);
        benchmark::DoNotOptimize(loaded.catalog.programmes.data());
    }
}
BENCHMARK(load_builtin_catalog)->Unit(benchmark::kMicrosecond);

// A --data file of 10,000 synthetic programmes: the file's text, parsed and checked.
void parse_large_catalog(benchmark::State& state) {
    const std::string text = read_data_file(large_catalog_path, english);
    for (auto _ : state) {
        auto result = parse_catalog(text, large_catalog_path);
        if (!result.catalog) {
            state.SkipWithError("the large catalogue does not load");
            break;
        }
        benchmark::DoNotOptimize(result.catalog->programmes.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(parse_large_catalog)->Unit(benchmark::kMillisecond);

// A dual citizen with a Nordic degree: several rules are tried before one fires.
void resolve_dual_citizen(benchmark::State& state) {
    const auto catalog = load_catalog(std::nullopt, english).catalog;
    Profile profile;
    profile.citizenships = {"IN", "DE"};
    profile.degree_from = "SE";
    for (auto _ : state) {
        auto resolution = resolve_group(profile, catalog, Level::master);
        benchmark::DoNotOptimize(resolution.group);
    }
}
BENCHMARK(resolve_dual_citizen);

// The next master's deadline for non-EU applicants: candidate intakes through date/tz.
void next_deadline(benchmark::State& state) {
    const auto catalog = load_catalog(std::nullopt, english).catalog;
    Query query;
    query.now = now;
    for (auto _ : state) {
        auto answers = answer(catalog, query);
        benchmark::DoNotOptimize(answers.data());
    }
}
BENCHMARK(next_deadline);

// Free-text search over 10,000 programmes, as `programmes --search` does.
void search_large_catalog(benchmark::State& state, const char* text) {
    const auto catalog =
        parse_catalog(read_data_file(large_catalog_path, english), "large").catalog;
    if (!catalog) {
        state.SkipWithError("the large catalogue does not load");
        return;
    }
    ProgrammeFilter filter;
    filter.search = text;
    for (auto _ : state) {
        auto found = find_programmes(*catalog, filter);
        benchmark::DoNotOptimize(found.data());
    }
    state.SetItemsProcessed(
        static_cast<std::int64_t>(state.iterations() * catalog->programmes.size()));
}
BENCHMARK_CAPTURE(search_large_catalog, x, "x")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(search_large_catalog, marine_robotics, "marine robotics")
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: ntnu_bench CATALOG_10K_TOML [benchmark flags]\n");
        return 2;
    }
    large_catalog_path = argv[1];
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
