#!/bin/bash
# SPDX-License-Identifier: MIT
# Drives the bash completion function as bash-completion would, with the built binary on PATH.
# Usage: bash_test.sh BUILD_DIR SCRIPT [bare]
# With "bare", bash-completion is not loaded: the script must work on its own.
set -u
PATH=$1:$PATH
if [[ ${3:-} != bare ]]; then
    source /usr/share/bash-completion/bash_completion
fi
source "$2"
fail=0
errors=$(mktemp)
exec 2>"$errors"
expect() { # LINE WORD...: completing LINE offers every WORD
    local line=$1; shift
    read -ra COMP_WORDS <<<"${line//\\ /$'\x01'}" # keep escaped spaces inside a word
    COMP_WORDS=("${COMP_WORDS[@]//$'\x01'/\\ }")
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
    COMPREPLY=()
    _ntnu ntnu "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    for word in "$@"; do
        if ! printf '%s\n' "${COMPREPLY[@]}" | grep -qxF -- "$word"; then
            echo "FAIL: '$line' did not offer '$word'; got: ${COMPREPLY[*]}"
            fail=1
        fi
    done
}
# expect_word WORD CANDIDATE...: completing `ntnu deadline --citizenship WORD` offers exactly
# the CANDIDATEs (for words the line splitter above cannot write, such as an open quote).
expect_word() {
    local word=$1; shift
    COMP_WORDS=(ntnu deadline --citizenship "$word")
    COMP_CWORD=3 COMP_LINE="ntnu deadline --citizenship $word" COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _ntnu ntnu "$word" --citizenship
    if [[ "${COMPREPLY[*]}" != "$*" ]]; then
        echo "FAIL: '$word' offered '${COMPREPLY[*]}', not '$*'"
        fail=1
    fi
}
expect "ntnu dea" deadline
expect "ntnu he" help
expect "ntnu help ti" timeline
expect "ntnu deadline --cat" --category
expect "ntnu deadline --category " non-eu eu-eea nordic refugee
expect "ntnu --lang " en nb
expect "ntnu deadline --la" --lang
expect "ntnu deadline --citizenship Nor" Norway
expect "ntnu deadline --citizenship nor" norway
expect "ntnu deadline --citizenship N" NO
# A code-like word gets codes only, a name-like one names only, each keeping what was typed,
# so bash never cuts DE back to D (the common prefix of DE and Denmark).
expect_word DE DE
expect_word Denm Denmark
expect_word Tysk Tyskland
expect_word "'United K" "United Kingdom"
expect_word '"United K' "United Kingdom"
expect "ntnu programme mi" mis miseb mixd
expect "ntnu deadline --citizenship United\\ K" 'United\ Kingdom'
expect "ntnu --tz Europe/Os" Europe/Oslo
expect "ntnu countries --group " non-eu eu-eea nordic
expect "ntnu calendar --al" --alarm
expect "ntnu completion " bash zsh fish
# validate completes data files, from the working directory.
files=$(mktemp -d) && trap 'rm -rf "$files"' EXIT && touch "$files/next-year.toml" && cd "$files"
expect "ntnu validate next" next-year.toml
expect "ntnu validate --js" --json
exec 2>&1
if [[ -s $errors ]]; then
    echo "FAIL: completion wrote to stderr:"
    cat "$errors"
    fail=1
fi
rm -f "$errors"
exit $fail
