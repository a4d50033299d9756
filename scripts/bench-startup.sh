#!/usr/bin/env bash
# First frame of the dashboard against a bare `sh -c echo`, both seen from outside under the same
# tmux (tui-drive.sh polls every 5 ms). Usage: scripts/bench-startup.sh [BINARY] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/trade-tui}
RUNS=${2:-15}
D=../shared/tools/tui-drive.sh
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
sh_ms=(); app_ms=()
for _ in $(seq "$RUNS"); do
    S=$($D start -x 80 -y 24 -- sh -c 'echo ready; sleep 5'); sh_ms+=("$($D wait -L "$S" -i 0.005 ready)"); $D stop -L "$S"
    S=$($D start -x 80 -y 24 -- "$BIN"); app_ms+=("$($D wait -L "$S" -i 0.005 'Tindak lanjut')"); $D stop -L "$S"
done
a=$(printf '%s\n' "${app_ms[@]}" | median); s=$(printf '%s\n' "${sh_ms[@]}" | median)
echo "first frame under tmux: trade-tui median ${a} ms, sh -c echo median ${s} ms (target: under $((2 * s)) ms)"
