#!/usr/bin/env bash
# Idle CPU of the full-screen tutor: starts `slate` in a detached tmux terminal, waits on the
# "Who are you?" screen and on an exercise, and reads the process's CPU time from /proc
# (Linux). Usage: benches/tui-idle.sh [path/to/slate] (default: target/release/slate).
set -euo pipefail
slate=${1:-target/release/slate}
command -v tmux >/dev/null || { echo "needs tmux"; exit 1; }
home=$(mktemp -d)
trap 'tmux kill-session -t slate-idle 2>/dev/null || true; rm -rf "$home"' EXIT
tmux new-session -d -s slate-idle -x 80 -y 24 "SLATE_HOME=$home SLATE_CACHE_DIR=${SLATE_CACHE_DIR:-$home/cache} $slate"
sleep 3
pid=$(pgrep -n -f "^$slate\$" || pgrep -n slate)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
measure() {
  local before after
  before=$(ticks); sleep 10; after=$(ticks)
  awk -v b="$before" -v a="$after" -v hz="$hz" 'BEGIN { printf "%.2f%% of one core (%d ms of CPU in 10 s)\n", (a-b)/hz/10*100, (a-b)*1000/hz }'
}
echo -n "idle on 'Who are you?': "; measure
tmux send-keys -t slate-idle "Idle" Enter Enter
sleep 1
tmux send-keys -t slate-idle Down Enter
sleep 1
tmux send-keys -t slate-idle Right Right Right
sleep 2
echo -n "idle on an exercise:   "; measure
