#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs libFuzzer targets for a while: `make fuzz` (every target) or
#   tools/fuzz.sh [-t SECONDS] [TARGET...]     e.g. tools/fuzz.sh -t 60 now_parser
# FUZZ_TIMEOUT sets the seconds one input may take (default 2).
# Each target mutates a working corpus outside git (build-fuzz/corpus-work/TARGET), seeded
# from the committed fuzz/corpus/TARGET. Crashes, timeouts (over 2 s per input) and inputs
# that take over 512 MB are written to build-fuzz/artifacts/TARGET/; the log of each run to
# build-fuzz/logs/TARGET.log. The exit status is 1 if any target found anything.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-600}
# Seconds one input may take before it counts as a finding. libFuzzer measures wall time, so on
# a machine busy with other work (or under nice) raise it, then look at the slowest unit.
timeout=${FUZZ_TIMEOUT:-2}
if [ "${1:-}" = "-t" ]; then
    seconds=$2
    shift 2
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(catalog_loader now_parser duration_parser country_lookup programme_lookup)
fi
status=0
for target in "${targets[@]}"; do
    binary=$build/fuzz_$target
    [ -x "$binary" ] || { echo "fuzz: $binary is not built; run 'make fuzz'" >&2; exit 2; }
    work=$build/corpus-work/$target
    artifacts=$build/artifacts/$target
    log=$build/logs/$target.log
    mkdir -p "$work" "$artifacts" "$build/logs"
    dict=()
    [ -f "fuzz/dict/$target.dict" ] && dict=("-dict=fuzz/dict/$target.dict")
    echo "fuzz: $target for ${seconds}s (log: $log)" >&2
    if "$binary" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=512 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "${dict[@]}" "$work" "fuzz/corpus/$target" >"$log" 2>&1; then
        result=clean
    else
        result="FOUND SOMETHING: see $log and $artifacts/"
        status=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    slowest=$(grep -o 'stat::slowest_unit_time_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $target: $result; $runs executions; corpus $(ls "$work" | wc -l) files;" \
        "slowest input ${slowest}s" >&2
done
exit $status
