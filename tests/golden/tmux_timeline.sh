#!/bin/sh
# SPDX-License-Identifier: MIT
# Drives `ntnu timeline` as a person would, in an 80x24 terminal under tmux, and prints the
# screen twice: with colour codes (-e) and as plain text. Not registered in ctest: tmux is
# not a declared dependency. Usage: tests/golden/tmux_timeline.sh [BINARY]
set -eu
binary=${1:-build-t/ntnu}
session=ntnu-timeline-$$
tmux new-session -d -x 80 -y 24 -s "$session" \
    "$binary timeline --citizenship IN --now 2026-11-27T12:00:00Z --tz Asia/Kolkata --color always; sleep 30"
trap 'tmux kill-session -t "$session" 2>/dev/null || true' EXIT
sleep 1
echo "--- with colour codes (tmux capture-pane -e)"
tmux capture-pane -p -e -t "$session"
echo "--- plain"
tmux capture-pane -p -t "$session"
