#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs --help, deadline and timeline, in English and bokmål, as a person would: in a tmux pane
# 80 columns wide and in one 60 wide, 24 rows high. A line the program writes wider than the
# pane would be folded by the terminal, mid-word; so the test fails when any line of the screen
# (and its scrollback, joined with -J) is wider than the pane. With -v it prints each screen.
# Usage: tests/golden/tmux_screens.sh BINARY [-v]
set -eu
binary=$(realpath "$1")
verbose=${2:-}
fail=0
session=ntnu-screens-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
fixed="--now 2026-11-27T12:00:00Z --tz Asia/Kolkata --color never"
for width in 80 60; do
    for lang in en nb; do
        for args in "--help" "deadline --help" "timeline --help" "deadline --citizenship IN" \
                    "timeline --citizenship IN"; do
            out=$(mktemp)
            tmux new-session -d -x "$width" -y 24 -s "$session" -e LANG=C.UTF-8 -e COLUMNS= \
                "$binary --lang $lang $fixed $args; tmux wait-for -S $session-done; sleep 60"
            tmux wait-for "$session-done"
            tmux capture-pane -p -J -S -500 -t "$session" > "$out"
            tmux kill-session -t "$session"
            too_wide=$(python3 -c '
import sys
width = int(sys.argv[2])
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if len(line) > width:
        print(f"  line {n} is {len(line)} columns: {line}")
' "$out" "$width")
            if [ -n "$too_wide" ]; then
                echo "FAIL: ntnu --lang $lang $args in $width columns:"
                echo "$too_wide"
                fail=1
            fi
            if [ "$verbose" = -v ]; then
                echo "--- ntnu --lang $lang $args ($width columns)"
                cat "$out"
            fi
            rm -f "$out"
        done
    done
done
exit $fail
