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
# `start` runs in a command substitution (a subshell), so it records its sessions in a file,
# not in a variable, for cleanup to stop them all: apps still running, and `sleep 30` wrappers.
: >"$WORK/sessions"
cleanup() {
    local s
    while read -r s; do "$DRIVE" stop -L "$s" >/dev/null 2>&1 || true; done <"$WORK/sessions"
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "  ok: $*"; }

# A shell snippet for `sh -c` wrappers: prints "modes=icanon echo" when the terminal is back in
# cooked mode; a mode left off shows with a minus ("modes=-icanon -echo"), which does not match.
MODES="echo modes=\$(stty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\?icanon\\|-\\?echo' | paste -sd ' ')"

# start W H CMD... -> prints the session name
start() {
    local w=$1 h=$2; shift 2
    local s
    s=$("$DRIVE" start -x "$w" -y "$h" -C "$ROOT" -e "HOME=$HOME" -e "XDG_STATE_HOME=$XDG_STATE_HOME" -- "$@")
    echo "$s" >>"$WORK/sessions"
    echo "$s"
}
drive() { "$DRIVE" "$@"; }
# screen_has SESSION TEXT -> the screen right now shows TEXT. (Captured first, then searched:
# `capture | grep -q` under pipefail can fail on SIGPIPE when grep stops early.)
screen_has() { local scr; scr=$("$DRIVE" capture -L "$1") || return 2; grep -Fq -- "$2" <<<"$scr"; }

# info_field SESSION NAME -> one field of `tui-drive.sh info`
# ("size=80x24 pid=1234 dead=0 status= cmd=trade-tui"; pid is #{pane_pid}).
info_field() {
    local info
    info=$("$DRIVE" info -L "$1") || fail "info: no session '$1'"
    sed -n "s/.*\\b$2=\\([^ ]*\\).*/\\1/p" <<<"$info"
}

# pane_alive SESSION -> true while the pane's command has not exited.
pane_alive() { [ "$(info_field "$1" dead)" = 0 ]; }

# running PID -> true if PID exists and is not a zombie (nothing here reaps orphans, so an
# exited process can linger as a zombie, and `kill -0` would still succeed on it).
running() {
    local st
    st=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ $st != Z* ]]
}

# app_pid SESSION        -> pid of the app run directly in the pane (the pane's pid, see the
#                           tui-drive.sh header: 2+ words are exec'd, one word goes through an exec)
# app_pid SESSION child  -> pid of the app run under a wrapper (`sh -c '...'`): the one child
#                           of the pane's pid
# Either way the pid must be the binary under test. Use as: pid=$(app_pid "$S") || fail "..."
app_pid() {
    local s=$1 how=${2:-} pid kids n exe want
    pid=$(info_field "$s" pid)
    [[ $pid =~ ^[0-9]+$ ]] || fail "app_pid: no pane pid for session '$s': $("$DRIVE" info -L "$s")"
    if [ "$how" = child ]; then
        kids=$(pgrep -P "$pid") || kids=
        n=$(grep -c . <<<"$kids") || n=0
        [ "$n" = 1 ] || fail "app_pid: expected exactly one child of the pane's pid $pid, found $n: $(ps -o pid=,args= --ppid "$pid" | tr '\n' ';')"
        pid=$kids
    elif [ -n "$how" ]; then
        fail "app_pid: unknown mode '$how'"
    fi
    exe=$(readlink -f "/proc/$pid/exe" 2>/dev/null) || exe="(gone)"
    want=$(readlink -f "$BIN")
    [ "$exe" = "$want" ] || fail "app_pid: pid $pid is $exe, not $want"
    echo "$pid"
}
