#!/usr/bin/env bash
# The cursor is on an item, not a row number: another desk's change above it leaves ▶ on the same
# action or mission, the next key acts on that one, and an item that leaves the list is reported
# and never swapped silently for its neighbour.
source "$(dirname "$0")/lib.sh"
J=$WORK/shared.journal.jsonl

# cursor_line SESSION -> the screen line that holds the cursor (▶ selected, ▷ waiting).
cursor_line() { local scr; scr=$(drive capture -L "$1") || return 2; grep -m1 -E '^(▶|▷)' <<<"$scr" || true; }
# down SESSION N -> presses Down N times.
down() { local i; for ((i = 0; i < $2; i++)); do drive send -L "$1" Down; done; }
# state ID -> "done,status" of the action in the checklist export.
state() { "$BIN" checklist --format csv --journal "$J" | awk -F, -v id="$1" '$1 == id { print $2 "," $3 }'; }

A=$(start 120 30 "$BIN" --user ana --journal "$J")
B=$(start 120 30 "$BIN" --user budi --journal "$J")
drive wait -L "$A" "Tindak lanjut" >/dev/null || fail "ana's dashboard did not start"
drive wait -L "$B" "Tindak lanjut" >/dev/null || fail "budi's dashboard did not start"

# Ana shows only open actions and puts the cursor on Cyber Hoax (row 12 of the open list).
drive send -L "$A" 3 f
drive wait -L "$A" "[belum selesai]" >/dev/null || fail "the open filter is not shown"
down "$A" 11
drive wait -L "$A" -r '^▶.*Cyber Hoax' >/dev/null || fail "ana's cursor is not on Cyber Hoax: $(cursor_line "$A")"

# Budi ticks an action above it (export permits, row 5 of his unfiltered list).
drive send -L "$B" 3
down "$B" 4
drive wait -L "$B" -r '^▶.*Sederhanakan izin ekspor' >/dev/null || fail "budi's cursor: $(cursor_line "$B")"
drive send -L "$B" Space
drive wait -L "$B" "✓ Tersimpan di jurnal" >/dev/null || fail "budi's tick not acknowledged"
drive wait -L "$A" -t 3 "1/11 selesai" >/dev/null || fail "ana's dashboard did not see budi's tick"
line=$(cursor_line "$A")
[[ $line == ▶*"Cyber Hoax"* ]] || fail "a tick above moved ana's cursor off Cyber Hoax: $line"
pass "a tick above by another desk leaves ▶ on the same action"

drive send -L "$A" Space
drive wait -L "$A" "✓ Tersimpan di jurnal" >/dev/null || fail "ana's tick not acknowledged"
[ "$(state act-cyber-hoax)" = "true,done" ] || fail "Space did not tick Cyber Hoax: $(state act-cyber-hoax)"
[ "$(state act-pks-evaluation)" = "false,unknown" ] || fail "Space ticked a neighbour: $(state act-pks-evaluation)"
pass "Space ticks the action under ▶ (checked in the checklist export)"

# Cyber Hoax is done now, so it left ana's open list: the cursor waits (▷) and ↓ chooses the row
# that took its place, PKS evaluation.
line=$(cursor_line "$A")
[[ $line == ▷* ]] || fail "after her own tick the cursor should wait, choosing nothing: $line"
drive send -L "$A" Down
drive wait -L "$A" -r '^▶.*Evaluasi PKS' >/dev/null || fail "↓ did not choose the next action: $(cursor_line "$A")"

# Budi finishes PKS evaluation from the shell while ana's cursor is on it.
"$BIN" action act-pks-evaluation --done --user budi --journal "$J" >/dev/null || fail "action --done"
drive wait -L "$A" -t 3 "Tindakan yang dipilih sudah tidak ada di daftar (selesai oleh budi)" >/dev/null \
    || fail "no message when the selected action left the list"
line=$(cursor_line "$A")
[[ $line == ▷* ]] || fail "the cursor landed on a neighbour as if chosen: $line"
drive send -L "$A" Space
drive wait -L "$A" "Pilih dulu dengan ↑/↓" >/dev/null || fail "Space on a gone selection is not refused with a reason"
sleep 0.5
[ "$(state act-post-event-transactions)" = "false,unknown" ] || fail "Space ticked the neighbour: $(state act-post-event-transactions)"
[ "$(state act-pks-evaluation)" = "true,done" ] || fail "budi's tick: $(state act-pks-evaluation)"
pass "an action finished elsewhere is reported, and Space ticks nothing until ↑/↓ chooses"

# Missions: the cursor on Kaltim 2025 (row 13 by date); a mission dated 1990 is created above it.
drive send -L "$A" 1
drive wait -L "$A" "[1 Misi]" >/dev/null || fail "missions panel"
down "$A" 12
drive wait -L "$A" -r '^▶8 Mei 2025 +Kalimantan Timur' >/dev/null || fail "ana's cursor is not on Kaltim 2025: $(cursor_line "$A")"
"$BIN" new-mission --partner bali --city Ubud --date 1990-01-01 --user budi --journal "$J" >/dev/null || fail "new-mission"
drive wait -L "$A" -t 3 "1 Jan 1990" >/dev/null || fail "ana's dashboard did not see the new mission"
line=$(cursor_line "$A")
[[ $line == ▶"8 Mei 2025"*"Kalimantan Timur"* ]] || fail "a mission inserted above moved the cursor: $line"
drive send -L "$A" a
drive wait -L "$A" "Catat transaksi — Misi Dagang Jatim–Kalimantan Timur 2025" >/dev/null \
    || fail "a opened the deal form for another mission"
drive send -L "$A" Escape
pass "a mission created above leaves ▶ on Kaltim 2025, and a opens its deal form"

"$BIN" journal check --journal "$J" >/dev/null || fail "journal check after the session"
echo "cursor e2e: all passed"
