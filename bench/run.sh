#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Whole-process comparison against `/bin/date +%s`. Prints each target's ratio and whether it is
# met; a timing is a measurement, not a test, so the exit status says only whether it could
# measure.
#
# The machine may be busy (other builds): each round runs `date` and the ntnu commands in one
# hyperfine invocation, so a round's ratios are taken under the same load, and the report is
# the median over the rounds of each ratio.
#
# Usage: bench/run.sh BUILD_DIR [ROUNDS] [RUNS_PER_ROUND]
# Needs hyperfine, jq, GNU time (/usr/bin/time), strip (binutils) and valgrind; BUILD_DIR holds
# a built ntnu.
#
# Beside the built-in query's wall ratio, its instruction count (callgrind): wall time on a
# shared machine moves by more than a change to the start-up is worth, the count does not.
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [ROUNDS] [RUNS_PER_ROUND]}
rounds=${2:-10}
runs=${3:-40}
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$build" && pwd)/bench
mkdir -p "$out"
# Time the program as users run it: the package installs it stripped (CPACK_STRIP_FILES). A
# build's own copy carries some 60 MB of debug information, which costs about 30 more page
# faults (0.15 ms) on every run and is not what anyone installs.
ntnu=$out/ntnu-stripped
strip -o "$ntnu" "$(cd "$build" && pwd)/ntnu"

# The synthetic 1,000-programme catalogue: made-up programmes, generated here, never committed.
catalog=$out/catalog-1k.toml
if [ ! -f "$catalog" ] || [ "$here/gen_catalog.py" -nt "$catalog" ] ||
    [ "$here/../data/ntnu.toml" -nt "$catalog" ]; then
    python3 "$here/gen_catalog.py" "$here/../data/ntnu.toml" "$catalog" 1000
fi

now=2026-11-27T12:00:00Z
builtin="$ntnu deadline --category non-eu --json --now $now"
shipped="$ntnu --data $here/../data/ntnu.toml --now $now deadline --category non-eu --json"
large="$ntnu --data $catalog --now $now programmes --search x"

# Every command must succeed, or hyperfine would time an error message.
for cmd in "$builtin" "$shipped" "$large"; do
    $cmd >/dev/null
done

echo "ntnu bench: $rounds rounds of $runs runs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$out/ratios.tsv"
for round in $(seq "$rounds"); do
    hyperfine -N --style none --warmup 10 --runs "$runs" --export-json "$out/round.json" \
        -n date "/bin/date +%s" -n builtin "$builtin" -n shipped "$shipped" \
        -n large "$large" >/dev/null 2>&1
    jq -r --arg r "$round" '(.results[] | select(.command == "date")) as $d
        | .results[] | select(.command != "date")
        | [$r, .command, .median, $d.median, .median / $d.median, .min / $d.min] | @tsv' \
        "$out/round.json" >>"$out/ratios.tsv"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); every round: $out/ratios.tsv"

# The median over rounds of a command's median wall time ("ms"), its ratio to date's ("ratio"),
# or the ratio of the fastest runs ("best": what the machine gives when it is briefly quiet).
median_of() {
    awk -F'\t' -v c="$1" -v what="$2" '$2 == c {
        print (what == "ratio" ? $5 : what == "best" ? $6 : $3 * 1000) }' \
        "$out/ratios.tsv" | sort -g | awk '{ v[NR] = $1 } END {
            print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
date_ms=$(awk -F'\t' '$2 == "builtin" { print $4 * 1000 }' "$out/ratios.tsv" | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')
printf 'median wall time: date %.2f ms, built-in %.2f ms, --data shipped %.2f ms, 1,000 programmes %.1f ms\n' \
    "$date_ms" "$(median_of builtin ms)" "$(median_of shipped ms)" "$(median_of large ms)"

met=0
verdict() { # what, measured, limit, unit
    local mark="NOT met"
    if awk -v m="$2" -v l="$3" 'BEGIN { exit !(m <= l) }'; then
        mark=met
        met=$((met + 1))
    fi
    printf '  %-46s %7.2f%s  (target <= %s%s)  %-7s %s\n' "$1" "$2" "$4" "$3" "$4" "$mark" "${5:-}"
}
echo "ratio to date (median over rounds):"
best() { printf '(fastest runs: %.2fx)' "$(median_of "$1" best)"; }
verdict "built-in: deadline --category non-eu --json" "$(median_of builtin ratio)" 1.1 "x" "$(best builtin)"
# Issue 30: 2.2 M with every command's options defined on every run, leaving room to 2.6 M.
instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $builtin 2>&1 >/dev/null |
    awk '/Collected :/ { print $NF }')
verdict "built-in: instructions (callgrind)" "$(awk -v i="$instructions" 'BEGIN { printf "%.2f", i / 1e6 }')" 2.2 " M"
verdict "--data data/ntnu.toml deadline" "$(median_of shipped ratio)" 1.5 "x" "$(best shipped)"
verdict "--data with 1,000 programmes, --search x" "$(median_of large ratio)" 5 "x" "$(best large)"
# Peak resident memory, from GNU time's "Maximum resident set size" (KiB).
peak_kib=$(/usr/bin/time -f %M $large 2>&1 >/dev/null | tail -1)
verdict "peak memory, 1,000 programmes" "$(awk -v k="$peak_kib" 'BEGIN { printf "%.1f", k / 1024 }')" 30 " MiB"
echo "$met of 5 targets met on this machine"
