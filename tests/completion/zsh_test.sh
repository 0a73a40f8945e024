#!/bin/bash
# SPDX-License-Identifier: MIT
# Types into an interactive zsh under tmux, presses Tab, and reads the screen.
# Usage: zsh_test.sh BUILD_DIR COMPLETIONS_DIR
set -u
build=$1 compdir=$2
home=$(mktemp -d)
n=0
socket=ntnu-zsh-test-$$-0
trap 'rm -rf "$home"' EXIT
touch "$home/next-year.toml"
cp "$compdir/_ntnu" "$home/"
cat >"$home/.zshrc" <<RC
PATH=$build:\$PATH
fpath=($home \$fpath)
autoload -U compinit; compinit -u -d $home/.zcompdump
PS1='%% '
RC
fail=0
expect() { # TYPED PATTERN...: after TYPED<Tab>, the screen holds each fixed-string PATTERN
    local typed=$1; shift
    n=$((n + 1)) socket=ntnu-zsh-test-$$-$n # a fresh server per case: no race with the last
    tmux -L $socket new-session -d -c "$home" -x 120 -y 30 "ZDOTDIR=$home zsh"
    sleep 0.5
    tmux -L $socket send-keys "$typed" Tab
    local screen i
    for i in 1 2 3 4 5 6 7 8 9 10; do
        sleep 0.3
        screen=$(tmux -L $socket capture-pane -p)
        local ok=1 p
        for p in "$@"; do grep -qF -- "$p" <<<"$screen" || ok=0; done
        if ((ok)); then
            tmux -L $socket kill-server
            return
        fi
    done
    echo "FAIL: '$typed<Tab>' screen lacks one of: $*"
    echo "$screen" | grep -v '^$'
    tmux -L $socket kill-server
    fail=1
}
expect "ntnu dea" "% ntnu deadline"
expect "ntnu deadline --cat" "% ntnu deadline --category"
expect "ntnu deadline --category " non-eu eu-eea nordic refugee
expect "ntnu --lang " en nb
expect "ntnu deadline --citizenship Norw" "% ntnu deadline --citizenship Norway"
expect "ntnu deadline --citizenship nor" "% ntnu deadline --citizenship Nor"
expect "ntnu programme mi" "mis " "miseb" "mixd" "Interaction Design"
expect "ntnu deadline --citizenship United\\ K" "% ntnu deadline --citizenship United\\ Kingdom"
expect "ntnu countries --group " non-eu eu-eea nordic
# validate completes data files (zsh starts in $home, where next-year.toml is: -c above).
expect "ntnu validate next" "% ntnu validate next-year.toml"
exit $fail
