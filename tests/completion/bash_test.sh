#!/bin/bash
# Drives the bash completion function as bash-completion would, with the built binary on PATH.
# Usage: bash_test.sh BUILD_DIR SCRIPT
set -u
PATH=$1:$PATH
source /usr/share/bash-completion/bash_completion
source "$2"
fail=0
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
expect "ntnu dea" deadline
expect "ntnu deadline --cat" --category
expect "ntnu deadline --category " non-eu eu-eea nordic refugee
expect "ntnu --lang " en nb
expect "ntnu deadline --la" --lang
expect "ntnu deadline --citizenship Nor" Norway
expect "ntnu deadline --citizenship nor" Norway
expect "ntnu deadline --citizenship N" NO
expect "ntnu programme mi" mis miseb mixd
expect "ntnu deadline --citizenship United\\ K" 'United\ Kingdom'
expect "ntnu --tz Europe/Os" Europe/Oslo
# validate completes data files, from the working directory.
files=$(mktemp -d) && trap 'rm -rf "$files"' EXIT && touch "$files/next-year.toml" && cd "$files"
expect "ntnu validate next" next-year.toml
expect "ntnu validate --js" --json
exit $fail
