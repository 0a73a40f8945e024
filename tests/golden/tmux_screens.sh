#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs --help, deadline and timeline, in English and bokmål, as a person would: in a tmux pane
# 80 columns wide and in one 60 wide, 24 rows high. A line the program writes wider than the
# pane would be folded by the terminal, mid-word; so the test fails when any line of the screen
# (and its scrollback, joined with -J) is wider than the pane, but for a URL at a line's end,
# which is never wrapped. An empty or wrong screen fails
# too: the screen must end with the program's exit status 0, and hold, line for line, what the
# program writes to a pipe with COLUMNS set to the pane's width. With -v it prints each screen.
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
            expected=$(mktemp)
            # $fixed and $args are lists of words, split on purpose.
            env LANG=C.UTF-8 COLUMNS="$width" "$binary" --lang "$lang" $fixed $args \
                > "$expected" 2>&1 || true
            tmux new-session -d -x "$width" -y 24 -s "$session" -e LANG=C.UTF-8 -e COLUMNS= \
                "$binary --lang $lang $fixed $args; echo ntnu-exit=\$?; tmux wait-for -S $session-done; sleep 60"
            tmux wait-for "$session-done"
            tmux capture-pane -p -J -S -500 -t "$session" > "$out"
            tmux kill-session -t "$session"
            wrong=$(python3 -c '
import sys
screen = [l.rstrip() for l in open(sys.argv[1], encoding="utf-8").read().splitlines()]
while screen and not screen[-1]:
    screen.pop()
wanted = [l.rstrip() for l in open(sys.argv[2], encoding="utf-8").read().splitlines()]
if not screen or screen[-1] != "ntnu-exit=0":
    print("  the screen does not end with ntnu-exit=0: %r" % (screen[-1:] or ""))
elif len(wanted) < 3:
    print("  the program wrote %d lines, expected a screenful" % len(wanted))
elif screen[:-1] != wanted:
    print("  the screen differs from the program output at %s columns" % sys.argv[3])
' "$out" "$expected" "$width")
            rm -f "$expected"
            if [ -n "$wrong" ]; then
                echo "FAIL: ntnu --lang $lang $args in $width columns:"
                echo "$wrong"
                fail=1
            fi
            too_wide=$(python3 -c '
import sys
width = int(sys.argv[2])
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if len(line) > width:
        # A URL is never wrapped (it must stay one piece to be clicked and copied): a line may
        # overflow only by a URL at its end, with what comes before it inside the width.
        head, _, last = line.rstrip().rpartition(" ")
        if last.startswith(("https://", "http://")) and len(head) < width:
            continue
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
