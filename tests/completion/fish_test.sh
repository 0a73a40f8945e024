#!/bin/bash
# SPDX-License-Identifier: MIT
# Asks fish what it would complete, with the built binary on PATH and the script sourced.
# Usage: fish_test.sh BUILD_DIR SCRIPT
set -u
PATH=$1:$PATH
script=$2
fail=0
expect() { # LINE WORD...: completing LINE offers every WORD (first column of fish's answer)
    local line=$1; shift
    local got
    got=$(fish --no-config -c "source '$script'; complete -C '$line'" | cut -f1)
    for word in "$@"; do
        if ! grep -qxF -- "$word" <<<"$got"; then
            echo "FAIL: '$line' did not offer '$word'; got: $(head -c 300 <<<"$got" | tr '\n' ' ')"
            fail=1
        fi
    done
}
expect "ntnu dea" deadline
expect "ntnu deadline --cat" --category
expect "ntnu deadline --category " non-eu eu-eea nordic refugee
expect "ntnu --lang " en nb
expect "ntnu deadline --citizenship Nor" Norway
expect "ntnu deadline --citizenship nor" Norway
expect "ntnu programme mi" mis miseb mixd
expect "ntnu deadline --citizenship United\\ K" "United Kingdom"
expect "ntnu countries --group " non-eu eu-eea nordic
expect "ntnu calendar --al" --alarm
# validate completes data files, from the working directory.
files=$(mktemp -d) && trap 'rm -rf "$files"' EXIT && touch "$files/next-year.toml" && cd "$files"
expect "ntnu validate next" next-year.toml
expect "ntnu validate --js" --json
exit $fail
