#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages the build and the tests need, and only those that are missing.
# Runs apt-get when root; otherwise prints the command to run, since sudo may prompt.
# With --bench, also what only `make bench` needs: Google Benchmark, hyperfine, GNU time and
# valgrind (bench/run.sh counts the built-in query's instructions with callgrind).
set -euo pipefail
packages=(
    cmake g++ make ninja-build ccache pkg-config python3 jq clang libclang-rt-14-dev
    libcli11-dev libfmt-dev libtomlplusplus-dev libhowardhinnant-date-dev nlohmann-json3-dev
    libutf8proc-dev
    libgtest-dev googletest iso-codes unicode-cldr-core tzdata scdoc groff-base man-db python3-jsonschema
    python3-icalendar khal
    bash-completion fish zsh tmux gettext strace
    lintian file
    wamerican wnorwegian
)
if [ "${1:-}" = "--bench" ]; then
    packages+=(libbenchmark-dev hyperfine time valgrind)
fi
missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "ntnu: installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "ntnu: run as root: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
