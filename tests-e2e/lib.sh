# Shared helpers for end-to-end tests: run the real binary in a private tmux server.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DRIVE=${TUI_DRIVE:-$ROOT/../shared/tools/tui-drive.sh}
BIN=${TRADE_TUI_BIN:-$ROOT/.build/debug/trade-tui}
[ -x "$DRIVE" ] || { echo "e2e: $DRIVE not found (../shared beside the repo)" >&2; exit 1; }
[ -x "$BIN" ] || { echo "e2e: $BIN not built" >&2; exit 1; }
WORK=$(mktemp -d)
export HOME=$WORK/home XDG_STATE_HOME=$WORK/state
mkdir -p "$HOME"
SESSIONS=()
cleanup() { for s in "${SESSIONS[@]}"; do "$DRIVE" stop -L "$s" >/dev/null 2>&1 || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "  ok: $*"; }

# start W H CMD... -> prints the session name
start() {
    local w=$1 h=$2; shift 2
    local s
    s=$("$DRIVE" start -x "$w" -y "$h" -C "$ROOT" -e "HOME=$HOME" -e "XDG_STATE_HOME=$XDG_STATE_HOME" -- "$@")
    SESSIONS+=("$s")
    echo "$s"
}
drive() { "$DRIVE" "$@"; }
screen_has() { "$DRIVE" capture -L "$1" | grep -Fq -- "$2"; }
