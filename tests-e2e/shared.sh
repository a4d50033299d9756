#!/usr/bin/env bash
# Desks sharing a journal: a change that meets another desk's later change asks instead of
# overwriting it; keys keep answering while another process holds the journal.
source "$(dirname "$0")/lib.sh"
J=$WORK/shared.journal.jsonl

A=$(start 120 30 "$BIN" --user ana --journal "$J")
drive wait -L "$A" "Tindak lanjut" >/dev/null || fail "ana's dashboard did not start"
drive send -L "$A" 3 /
drive type -L "$A" hoax
drive send -L "$A" Enter Down Space
drive wait -L "$A" "✓ Tersimpan di jurnal" >/dev/null || fail "ana's tick not acknowledged"
drive wait -L "$A" "[✓] Adopsi sistem AI" >/dev/null || fail "tick not shown"

# Budi, at another desk, sets it in progress; ana's screen follows.
"$BIN" action act-cyber-hoax --in-progress --journal "$J" --user budi >/dev/null || fail "budi's change"
drive wait -L "$A" -t 3 "[~] Adopsi sistem AI" >/dev/null || fail "ana does not see budi's change"

# Ana presses u: her undo was made from her tick, which is no longer current. She is asked.
drive send -L "$A" u
drive wait -L "$A" -t 3 "Belum diterapkan: a = terapkan tetap" >/dev/null || fail "no conflict prompt"
screen_has "$A" "budi" || fail "the prompt does not say who changed it"
state=$("$BIN" checklist --format csv --journal "$J" | grep "act-cyber-hoax")
grep -q "inProgress\|in progress\|berjalan" <<<"$state" || fail "budi's change was overwritten: $state"
drive send -L "$A" Escape
drive gone -L "$A" -t 2 "Belum diterapkan" >/dev/null || fail "Esc did not keep theirs"
state=$("$BIN" checklist --format csv --journal "$J" | grep "act-cyber-hoax")
grep -q "inProgress\|in progress\|berjalan" <<<"$state" || fail "keeping theirs changed it: $state"
pass "an undo after another desk's change asks; Esc keeps budi's change"

# Another process holds the journal (a long import or repair): ana's change waits, keys answer.
flock "$J" -c 'sleep 4' &
holder=$!
sleep 0.3
drive send -L "$A" Escape n
drive type -L "$A" "menunggu kunci"
drive send -L "$A" Enter
drive wait -L "$A" -t 3 "menunggu jurnal" >/dev/null || fail "the wait is not shown"
t0=$(date +%s%N)
drive send -L "$A" 2
drive wait -L "$A" -t 2 "[2 Komoditas]" >/dev/null || fail "keys do not answer while the journal is held"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
pass "while another process holds the journal the change waits on screen and a key answers in ${ms} ms"
wait "$holder"
drive wait -L "$A" -t 5 "✓ Tersimpan di jurnal" >/dev/null || fail "the change was not saved once the journal was free"
"$BIN" checklist --format json --journal "$J" | grep -q "menunggu kunci" || fail "the note is not in the journal"
pass "once free, the change is saved"
# Ana and budi tick the same action from the same version (the journal held, so neither has seen
# the other's): agreement, not a conflict. Whoever writes second agrees with the first.
flock "$J" -c 'sleep 3' &
holder=$!
sleep 0.3
drive send -L "$A" 3
drive wait -L "$A" "[3 Tindak lanjut]" >/dev/null || fail "no checklist"
drive send -L "$A" Space
"$BIN" action act-cyber-hoax --done --journal "$J" --user budi >/dev/null 2>"$WORK/budi.err" &
budi=$!
wait "$holder"
wait "$budi" || fail "budi's tick of the same value was refused: $(cat "$WORK/budi.err")"
drive wait -L "$A" -t 5 "[✓] Adopsi sistem AI" >/dev/null || fail "the tick is not shown"
sleep 0.5
screen_has "$A" "Belum diterapkan" && fail "the same value was taken for a conflict"
drive send -L "$A" Enter
drive wait -L "$A" -t 3 "= sama dengan perubahan" >/dev/null || fail "the history does not say who agreed with whom"
drive send -L "$A" Escape
pass "the same tick from two desks at once agrees: no conflict, both in the history"
# A 20 KB paste into a note: taken in a few frames, cut to the note's limit with a word about it.
drive send -L "$A" 3 n
drive wait -L "$A" "Catatan:" >/dev/null || fail "no note prompt"
chunk=$(printf 'x%.0s' $(seq 1000))
t0=$(date +%s%N)
for _ in $(seq 20); do tmux -L "$A" send-keys -t tui -l "$chunk"; done
drive send -L "$A" Escape
drive gone -L "$A" -t 10 "Catatan:" >/dev/null || fail "a 20 KB paste froze the prompt"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
pass "a 20 KB paste into a note is taken and the prompt answers Esc after ${ms} ms"
echo "shared e2e: all passed"
