#!/usr/bin/env bash
# Whole-process comparison against `/bin/date +%s`, in one hyperfine run so that every ratio
# is measured under the same machine load. Prints each target's ratio and whether it is met;
# a timing is a measurement, not a test, so the exit status says only whether it could measure.
#
# Usage: bench/run.sh BUILD_DIR [RUNS]
# Needs hyperfine, jq and GNU time (/usr/bin/time); BUILD_DIR holds a built ntnu.
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [RUNS]}
runs=${2:-300}
here=$(cd "$(dirname "$0")" && pwd)
ntnu=$(cd "$build" && pwd)/ntnu
out=$(cd "$build" && pwd)/bench
mkdir -p "$out"

# The synthetic 10,000-programme catalogue: made-up programmes, generated here, never committed.
catalog=$out/catalog-10k.toml
if [ ! -f "$catalog" ] || [ "$here/gen_catalog.py" -nt "$catalog" ] ||
    [ "$here/../data/ntnu.toml" -nt "$catalog" ]; then
    python3 "$here/gen_catalog.py" "$here/../data/ntnu.toml" "$catalog" 10000
fi

now=2026-11-27T12:00:00Z
deadline="$ntnu deadline --category non-eu --json --now $now"
complete="$ntnu __complete programmes"
search="$ntnu --data $catalog --now $now programmes --search x"

# Every command must succeed, or hyperfine would time an error message.
for cmd in "$deadline" "$complete" "$search"; do
    $cmd >/dev/null
done

echo "ntnu bench: $runs runs each; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --style basic --warmup 30 --runs "$runs" --export-json "$out/hyperfine.json" \
    -n date "/bin/date +%s" -n deadline "$deadline" -n complete "$complete" \
    -n search-10k "$search" >"$out/hyperfine.txt"

median() { jq -r --arg n "$1" '.results[] | select(.command == $n) | .median' "$out/hyperfine.json"; }
date_median=$(median date)
met=0
verdict() { # name, measured, limit, unit
    if awk -v m="$2" -v l="$3" 'BEGIN { exit !(m <= l) }'; then
        printf '  %-44s %8.2f%s  (target <= %s%s)  met\n' "$1" "$2" "$4" "$3" "$4"
        met=$((met + 1))
    else
        printf '  %-44s %8.2f%s  (target <= %s%s)  NOT met\n' "$1" "$2" "$4" "$3" "$4"
    fi
}
ratio() { awk -v a="$(median "$1")" -v b="$date_median" 'BEGIN { printf "%.3f", a / b }'; }

printf 'median wall time: date %.2f ms, deadline %.2f ms, complete %.2f ms, search-10k %.2f ms\n' \
    "$(awk -v x="$date_median" 'BEGIN { print x * 1000 }')" \
    "$(awk -v x="$(median deadline)" 'BEGIN { print x * 1000 }')" \
    "$(awk -v x="$(median complete)" 'BEGIN { print x * 1000 }')" \
    "$(awk -v x="$(median search-10k)" 'BEGIN { print x * 1000 }')"
echo "ratio to date, same hyperfine run:"
verdict "deadline --category non-eu --json" "$(ratio deadline)" 1.5 "x"
verdict "__complete programmes" "$(ratio complete)" 1.5 "x"
verdict "programmes --search x, 10,000 programmes" "$(ratio search-10k)" 3 "x"

# Peak resident memory, in MiB, from GNU time's "Maximum resident set size" (KiB).
peak_kib=$(/usr/bin/time -f %M $search 2>&1 >/dev/null | tail -1)
verdict "peak memory, 10,000 programmes" "$(awk -v k="$peak_kib" 'BEGIN { printf "%.1f", k / 1024 }')" 20 " MiB"
echo "$met of 4 targets met on this machine (hyperfine's full report: $out/hyperfine.txt)"
