#!/usr/bin/env bash
# Staff at two terminals: a tick survives quitting and shows in the other dashboard within a second.
source "$(dirname "$0")/lib.sh"

A=$(start 120 30 "$BIN" --user ana)
B=$(start 120 30 "$BIN" --user budi)
drive wait -L "$A" "Tindak lanjut" >/dev/null || fail "ana's dashboard did not start"
drive wait -L "$B" "Tindak lanjut" >/dev/null || fail "budi's dashboard did not start"
drive send -L "$A" 3
drive send -L "$B" 3
drive wait -L "$A" "✎ ana →" >/dev/null || fail "the screen shows who writes where"
drive wait -L "$B" "0/11 selesai" >/dev/null || fail "budi's checklist panel"

# Ana ticks the Cyber Hoax action (its due date "within a month" is inferred: never overdue).
drive send -L "$A" /
drive type -L "$A" hoax
drive send -L "$A" Enter Down Space
drive wait -L "$A" "✓ Tersimpan di jurnal" >/dev/null || fail "tick not acknowledged"
drive wait -L "$A" "[✓] Adopsi sistem AI" >/dev/null || fail "tick not shown"
t0=$(date +%s%N)
drive wait -L "$B" -t 3 -i 0.02 "1/11 selesai" >/dev/null || fail "the other dashboard did not see the tick"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -lt 1000 ] || fail "seen after ${ms} ms (must be within a second)"
pass "budi's dashboard shows ana's tick ${ms} ms after it was acknowledged"

# A note, then quit and reopen: still ticked, history attributed.
# "✓ Tersimpan di jurnal" is still up from the tick; opening the prompt (a key) clears it, so
# seeing it again after Enter means the note itself was saved.
drive send -L "$A" n
drive wait -L "$A" "Catatan:" >/dev/null || fail "no note prompt"
drive gone -L "$A" -t 2 "✓ Tersimpan" >/dev/null || fail "the tick's status line did not clear"
drive type -L "$A" "dipasang 10 April"
drive send -L "$A" Enter
drive wait -L "$A" "✓ Tersimpan di jurnal" >/dev/null || fail "note not saved"
drive gone -L "$A" -t 2 "Catatan:" >/dev/null || fail "note prompt still open after Enter"
drive send -L "$A" q
[ "$(drive wait-exit -L "$A")" = 0 ] || fail "quit"
A=$(start 120 30 "$BIN" --user ana)
drive wait -L "$A" "Tindak lanjut" >/dev/null || fail "ana's dashboard did not restart"
drive send -L "$A" 3
drive wait -L "$A" "1/11 selesai" >/dev/null || fail "tick lost after reopening"
drive send -L "$A" / && drive type -L "$A" hoax && drive send -L "$A" Enter Down Enter
drive wait -L "$A" "ana  [✓] selesai (dari belum diketahui)" >/dev/null || fail "history lacks the tick"
drive wait -L "$A" "ana  ✎ dipasang 10 April" >/dev/null || fail "history lacks the note"
pass "tick and note survive quit and reopen, attributed to ana"

# Budi undoes nothing of ana's: u only undoes this session's own changes.
drive send -L "$B" u
drive wait -L "$B" "Tidak ada yang bisa diurungkan" >/dev/null || fail "undo of another's change"
# Ana unticks from the detail view; budi sees it.
drive send -L "$A" Space
drive wait -L "$A" "[ ] belum selesai (dari selesai)" >/dev/null || fail "untick"
drive wait -L "$B" -t 2 "0/11 selesai" >/dev/null || fail "untick not seen by budi"
pass "untick from the detail view, seen by the other dashboard"

# A due date set at a desk is stated: past it, the action is overdue, on both screens.
drive wait -L "$A" "≈ disimpulkan" >/dev/null || fail "the inferred due date is not marked"
drive send -L "$A" d
drive wait -L "$A" "Tenggat" >/dev/null || fail "no due-date prompt"
drive send -L "$A" C-u
drive type -L "$A" "2025-04-12"
drive send -L "$A" Enter
drive wait -L "$A" "⚠ terlambat" >/dev/null || fail "a stated due date in the past is not overdue"
drive wait -L "$B" -t 2 "⚠ 1 terlambat" >/dev/null || fail "budi does not see the overdue action"
pass "inferred due date marked, never overdue; a stated one set at a desk is"

# "In progress" is set at the dashboard (i), not only by `trade-tui action --in-progress`.
drive send -L "$B" /
drive type -L "$B" "bank indonesia"
drive send -L "$B" Enter Down i
drive wait -L "$B" "✓ Tersimpan di jurnal" >/dev/null || fail "in progress not acknowledged"
drive wait -L "$B" "[~] Validasi transaksi" >/dev/null || fail "in progress not shown as [~]"
pass "in progress set from the dashboard"

"$BIN" journal check >/dev/null || fail "journal check after the session"
"$BIN" checklist --format json >"$WORK/checklist.json" || fail "checklist export exited non-zero"
grep -q '"id": "act-cyber-hoax"' "$WORK/checklist.json" || fail "checklist export lacks act-cyber-hoax"
grep -A2 '"id": "act-bi-validation"' "$WORK/checklist.json" | grep -q '"status": "inProgress"' \
    || fail "the checklist report does not show act-bi-validation in progress"
pass "journal check clean; checklist exports, with the action set in progress at the dashboard"

# Ctrl-C while a tick waits for a journal another process holds asks as q does; y shows that it
# saves and then quits, exits 0 once the lock is released, and the tick is in the journal.
# A second Ctrl-C at the question quits at once (130) and says on stderr what was not saved.
J=$WORK/held.jsonl
hold_journal() {  # hold_journal SECONDS: flock -x the journal, return once it is held
    rm -f "$WORK/locked"
    flock -x "$J" sh -c "touch '$WORK/locked'; sleep $1" &
    for _ in $(seq 50); do [ -e "$WORK/locked" ] && return; sleep 0.1; done
    fail "could not lock the journal"
}
for answer in y C-c; do
    S=$(start 100 30 sh -c "trap '' INT; '$BIN' --journal '$J' 2>'$WORK/held.err'; echo exit=\$?; sleep 30")
    drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "the dashboard over $J did not start"
    before=$(grep -c actionStatusSet "$J" 2>/dev/null || true)
    drive send -L "$S" 3 j j
    hold_journal 4
    drive send -L "$S" Space
    drive wait -L "$S" "dtk)" >/dev/null || fail "the tick does not say it waits (in seconds, dtk)"
    drive send -L "$S" C-c
    drive wait -L "$S" "Keluar setelah tersimpan? y/n" >/dev/null || fail "Ctrl-C with a change pending did not ask"
    pane_alive "$S" || fail "Ctrl-C quit with a change pending"
    drive send -L "$S" "$answer"
    if [ "$answer" = y ]; then
        drive wait -L "$S" "Menyimpan… lalu keluar (Ctrl-C: keluar tanpa menunggu)" >/dev/null || fail "after y the screen does not say it saves, then quits"
        drive wait -L "$S" -t 10 "exit=0" >/dev/null || fail "y: not exit 0 once the journal was released"
        [ "$(grep -c actionStatusSet "$J")" = $((before + 1)) ] || fail "y: the tick is not in the journal"
        [ ! -s "$WORK/held.err" ] || fail "y: something said on stderr: $(cat "$WORK/held.err")"
        pass "Ctrl-C with a tick waiting for the journal asks; y saves it, then exits 0"
    else
        drive wait -L "$S" -t 3 "exit=130" >/dev/null || fail "a second Ctrl-C did not quit at once (130)"
        grep -q "1 perubahan tidak tersimpan (masih menunggu jurnal $J" "$WORK/held.err" || fail "stderr does not say the tick was lost: $(cat "$WORK/held.err")"
        pass "a second Ctrl-C quits at once, 130: $(cat "$WORK/held.err")"
    fi
    wait
done
echo "checklist e2e: all passed"
