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
