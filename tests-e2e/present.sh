#!/usr/bin/env bash
# The forum: a projector runs `present`; deals recorded elsewhere (command line and CSV import)
# show as the new exact total; presenter keys never touch the journal.
source "$(dirname "$0")/lib.sh"
J=$XDG_STATE_HOME/trade-tui/jatim-misi-dagang.journal.jsonl

# Start the presenter before the journal exists: it must pick it up once created.
P=$(start 160 45 "$BIN" present --mission m2025-kaltim)
drive wait -L "$P" "TOTAL  Rp1.053.146.943.500" >/dev/null || fail "presenter did not show Balikpapan's final"
[ ! -e "$J" ] || fail "presenting created the journal"
pass "present shows Rp1.053.146.943.500 at 160x45 and creates no journal"

t0=$(date +%s%N)
"$BIN" record-deal --mission m2025-kaltim --commodity coffee --direction sell --value "1,25 miliar" --party "CV Kopi Ijen" >/dev/null || fail "record-deal"
drive wait -L "$P" -t 3 -i 0.01 "TOTAL  Rp1.054.396.943.500" >/dev/null || fail "new total not shown"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -lt 1500 ] || fail "new total shown after ${ms} ms"
drive wait -L "$P" "▲ +Rp1,25 miliar" >/dev/null || fail "the change is not highlighted"
drive wait -L "$P" "CV Kopi Ijen" >/dev/null || fail "ticker lacks the new deal"
pass "record-deal → presenter shows the new exact total in ${ms} ms (incl. tmux polling), highlighted"

printf 'mission,direction,commodity,valueRupiah,party\nm2025-kaltim,buy,seafood,"750 juta",UD Tuna\n' > "$WORK/desk.csv"
"$BIN" import-deals "$WORK/desk.csv" >/dev/null || fail "import"
drive wait -L "$P" -t 3 "TOTAL  Rp1.055.146.943.500" >/dev/null || fail "imported deal not shown"
pass "CSV import shows on the projector"

# The timeline at 160x45 is the day as a chart: rupiah up the side, the hours in WITA along the
# bottom, the announced figures marked (≠ for another source's), and the total now beside it,
# which the desk's deals have taken past the announced final.
drive send -L "$P" Left
drive wait -L "$P" "● Linimasa" >/dev/null || fail "Left did not reach the timeline"
drive wait -L "$P" -r "WITA +12\.00 .* 18\.00 +sekarang" >/dev/null || fail "no time axis in WITA with the column for now"
drive wait -L "$P" "≠ sumber lain berbeda" >/dev/null || fail "the chart's marks are not explained"
drive wait -L "$P" -r "Rp1,25 T┤|Rp1,5 T┤" >/dev/null || fail "no rupiah axis"
pass "the timeline at 160x45 charts the day in WITA, marks the announced figures, shows the total now"

# Too small a window says what it needs, then the slide comes back whole.
drive resize -L "$P" -x 25 -y 6
drive wait -L "$P" "Layar terlalu kecil" >/dev/null || fail "25x6 does not say it needs more room"
drive resize -L "$P" -x 160 -y 45
drive wait -L "$P" "● Linimasa" >/dev/null || fail "the timeline did not come back at 160x45"
drive send -L "$P" Right
drive wait -L "$P" "● Total" >/dev/null || fail "Right did not return to the total"
pass "25x6 says it needs more room; back at 160x45 the slides return"

# Every key a remote or a curious hand sends: nothing is written.
sum=$(md5sum "$J")
drive send -L "$P" PageDown Right Down PageUp Left Up F5 Escape Space Enter Tab u a x e N 1 2 3 C-r . . b b
drive send -L "$P" q n
sleep 0.5
[ "$sum" = "$(md5sum "$J")" ] || fail "a presenter key changed the journal"
pane_alive "$P" || fail "the presenter exited on q n"
drive gone -L "$P" -t 2 "y = ya" >/dev/null || fail "n did not dismiss the quit question"
drive wait -L "$P" "TOTAL  Rp1.055.146.943.500" >/dev/null || fail "the exact total is gone after keys"
pass "remote keys, slides, blank, freeze, q then n: journal untouched"

drive send -L "$P" q
drive wait -L "$P" "y = ya" >/dev/null || fail "quit does not ask"
drive send -L "$P" y
[ "$(drive wait-exit -L "$P")" = 0 ] || fail "quit after confirmation"
pass "quitting asks first, then exits 0"

# Unknown mission: one clear line, terminal restored, non-zero.
P=$(start 100 30 sh -c "'$BIN' present --mission nowhere --lang en 2>'$WORK/err'; echo exit=\$?; $MODES; sleep 30")
drive wait -L "$P" "exit=64" >/dev/null || fail "unknown mission"
drive wait -L "$P" "modes=icanon echo" >/dev/null || fail "unknown mission: terminal modes not restored"
[ "$(wc -l <"$WORK/err")" = 1 ] || fail "unknown mission: expected one line on stderr"
grep -q 'no mission or agreement "nowhere"' "$WORK/err" || fail "message"
grep -q 'm2025-kaltim' "$WORK/err" || fail "message does not list the ids"
pass "present --mission nowhere → exit 64, one line listing the ids, terminal restored"

# From the dashboard: p presents the data set's transactions (summary's transactionsRupiah), q y returns.
total=$("$BIN" summary --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["transactionsRupiah"])') \
    || fail "summary --format json"
exact=$(python3 -c "print('Rp' + format($total, ',').replace(',', '.'))")
D=$(start 120 30 "$BIN")
drive wait -L "$D" "Tindak lanjut" >/dev/null || fail "dashboard did not start"
drive send -L "$D" p
drive wait -L "$D" "TOTAL  $exact" >/dev/null || fail "grand total on the projector differs from summary ($exact)"
drive send -L "$D" q y
drive wait -L "$D" "Tindak lanjut" >/dev/null || fail "back to the dashboard"
pass "p from the dashboard shows summary's total ($exact) and returns"
echo "present e2e: all passed"
