#!/usr/bin/env bash
# The terminal is always restored: on SIGTERM, SIGINT, SIGHUP and SIGQUIT (exit 128+n), when the
# terminal hangs up, and when standard input/output is not a terminal or TERM is unusable; mouse
# reporting (SGR, mode 1006) is on while the dashboard runs and off after. The mouse works in SGR
# encoding, past column 223 too.
source "$(dirname "$0")/lib.sh"

# The pane's mouse modes as tmux tracks them: "sgr=1 normal=1" while the dashboard runs.
mouse_modes() { tmux -L "$1" display-message -p -t tui 'sgr=#{mouse_sgr_flag} normal=#{mouse_standard_flag}'; }
# An SGR report as a terminal sends it: click COL ROW (1-based), or wheel up/down.
sgr() { drive type -L "$1" $'\e'"[<$2;$3;$4M"; }
click() { sgr "$1" 0 "$2" "$3"; drive type -L "$1" $'\e'"[<0;$2;$3m"; }

# Run under a shell that survives the signal and then reports the exit status and tty modes.
# The pane's pid is that shell; the app is its one child.
probe() {
    local sig=$1 want=$2
    local S app
    S=$(start 80 24 sh -c "trap '' INT TERM HUP; '$BIN'; echo \"exit=\$?\"; $MODES; sleep 30")
    drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "start for $sig"
    app=$(app_pid "$S" child) || fail "SIG$sig: cannot tell the app's pid"
    kill -s "$sig" "$app"
    drive wait -L "$S" -t 5 "exit=$want" >/dev/null || fail "$sig: expected exit $want"
    ! running "$app" || fail "$sig: pid $app still running after the exit line"
    drive wait -L "$S" "modes=icanon echo" >/dev/null || fail "$sig: terminal modes not restored"
    [ "$(mouse_modes "$S")" = "sgr=0 normal=0" ] || fail "$sig: mouse reporting left on: $(mouse_modes "$S")"
    pass "SIG$sig → exit $want, terminal and mouse modes restored"
}
probe TERM 143
probe INT 130
probe HUP 129
probe QUIT 131

# Mouse: SGR reports (as xterm, tmux and most terminals send them with mode 1006) click a row,
# open it, scroll, and switch tabs.
S=$(start 160 45 sh -c "'$BIN' --user ana; $MODES; sleep 30")
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "start for the mouse"
[ "$(mouse_modes "$S")" = "sgr=1 normal=1" ] || fail "mouse reporting is not SGR while running: $(mouse_modes "$S")"
# Row 8 of the screen (1-based) is the fifth mission: 4 Des 2019.
click "$S" 40 8
drive wait -L "$S" -r '^▶4 Des 2019 ' >/dev/null || fail "a click did not select the row"
click "$S" 40 8
drive wait -L "$S" "Rabu, 4 Desember 2019" >/dev/null || fail "a click on the selected row did not open it"
drive send -L "$S" Escape
drive wait -L "$S" -r '^▶4 Des 2019 ' >/dev/null || fail "Esc did not go back to the list"
sgr "$S" 65 40 20
drive wait -L "$S" -r '^▶2023 ' >/dev/null || fail "the wheel did not scroll the list down"
sgr "$S" 64 40 20
drive wait -L "$S" -r '^▶4 Des 2019 ' >/dev/null || fail "the wheel did not scroll the list up"
sgr "$S" 20 60 8   # Ctrl held: the same click
drive wait -L "$S" "Rabu, 4 Desember 2019" >/dev/null || fail "a click with Ctrl held did not open the selected row"
click "$S" 16 2
drive wait -L "$S" "[2 Komoditas]" >/dev/null || fail "a click on a tab did not focus it"
pass "SGR mouse at 160×45: a click selects, a second opens, the wheel scrolls, a tab focuses"
drive send -L "$S" p
drive wait -L "$S" "TOTAL" >/dev/null || fail "the presenter"
click "$S" 40 8; sgr "$S" 65 40 20; click "$S" 16 2
sleep 0.3
screen_has "$S" "TOTAL" || fail "a click on the projector changed the screen"
drive send -L "$S" q y
drive wait -L "$S" "[2 Komoditas]" >/dev/null || fail "back from the presenter"
drive send -L "$S" q
drive wait -L "$S" "modes=icanon echo" >/dev/null || fail "q: terminal modes not restored"
[ "$(mouse_modes "$S")" = "sgr=0 normal=0" ] || fail "q: mouse reporting left on: $(mouse_modes "$S")"
pass "clicks on the projector change nothing; q turns mouse reporting off"

# Past column 223: X10 cannot say where, SGR can.
S=$(start 250 45 "$BIN" --user ana)
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "start at 250 columns"
click "$S" 240 8
drive wait -L "$S" -r '^▶4 Des 2019 ' >/dev/null || fail "a click at column 240 did not select the row"
click "$S" 240 8
drive wait -L "$S" "Rabu, 4 Desember 2019" >/dev/null || fail "a click at column 240 did not open the row"
pass "a click at column 240 of 250 selects and opens"

# A terminal that goes away must not leave the process spinning.
S=$(start 80 24 "$BIN")
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "start for the hang-up"
pid=$(app_pid "$S") || fail "hang-up: cannot tell the app's pid"
drive stop -L "$S"
for _ in $(seq 50); do running "$pid" || break; sleep 0.1; done
if running "$pid"; then kill -9 "$pid"; fail "still running after hang-up"; fi
pass "hang-up ends the process"

# Not a terminal: one clear line on stderr, nothing on stdout, non-zero exit.
set +e
"$BIN" </dev/null >"$WORK/out" 2>"$WORK/err"; rc=$?
set -e
[ "$rc" = 69 ] || fail "stdin not a tty: exit $rc"
[ ! -s "$WORK/out" ] || fail "wrote to stdout"
[ "$(wc -l <"$WORK/err")" = 1 ] || fail "expected one line on stderr"
pass "stdin not a terminal → exit 69: $(cat "$WORK/err")"

S=$(start 80 24 sh -c "'$BIN' > '$WORK/piped' 2>'$WORK/piped.err'; echo exit=\$?; sleep 30")
drive wait -L "$S" "exit=69" >/dev/null || fail "stdout a pipe"
[ ! -s "$WORK/piped" ] || fail "escape codes written into the pipe"
pass "stdout not a terminal → exit 69, nothing written: $(cat "$WORK/piped.err")"

S=$(start 80 24 sh -c "TERM=no-such-terminal '$BIN' 2>'$WORK/term.err'; echo exit=\$?; sleep 30")
drive wait -L "$S" "exit=69" >/dev/null || fail "unknown TERM"
grep -q "no-such-terminal" "$WORK/term.err" || fail "message names the terminal type"
S=$(start 80 24 sh -c "TERM=dumb '$BIN' 2>'$WORK/dumb.err'; echo exit=\$?; sleep 30")
drive wait -L "$S" "exit=69" >/dev/null || fail "TERM=dumb"
grep -q '"dumb"' "$WORK/dumb.err" || fail "message names the terminal type dumb"
pass "unusable TERM → exit 69: $(cat "$WORK/term.err") / $(cat "$WORK/dumb.err")"
# COLUMNS/LINES left in the environment never override the terminal's real size.
S=$(start 100 30 sh -c "COLUMNS=200 LINES=60 '$BIN'")
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "no frame with COLUMNS/LINES set"
last=$(drive capture -L "$S" | sed -n 30p)
[[ $last == *"↑/k naik"* ]] || fail "the hint bar is not on row 30 of 30 with LINES=60: '$last'"
[ "$(drive capture -L "$S" | sed -n 1p | wc -L)" -le 100 ] || fail "the header is wider than the 100-column terminal"
pass "COLUMNS=200 LINES=60 in the environment: the layout follows the real 100×30"
# LANG=C (a locale without UTF-8, as over ssh -t): every glyph has an ASCII stand-in.
S=$(start 100 30 sh -c "LANG=C LC_ALL=C '$BIN' --user c")
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "no frame under LANG=C"
drive wait -L "$S" -r '^>' >/dev/null || fail "the cursor ▶ has no stand-in under LANG=C"
drive send -L "$S" 3 / && drive type -L "$S" pks && drive send -L "$S" Enter Down Space
drive wait -L "$S" "[x] Evaluasi PKS" >/dev/null || fail "a ticked action is not [x] under LANG=C"
pass "LANG=C: the cursor is >, a ticked action [x] (no state rests on a glyph left blank)"
echo "terminal e2e: all passed"
