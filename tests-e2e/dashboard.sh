#!/usr/bin/env bash
# The dashboard as a user meets it: start, visit every panel, open a mission, filter, help,
# resize down and up, quit with exit 0.
source "$(dirname "$0")/lib.sh"

S=$(start 80 24 "$BIN")
ms=$(drive wait -L "$S" -t 10 "Tindak lanjut") || fail "no first frame"
pass "first frame after ${ms} ms (seen from tmux)"
drive wait -L "$S" "Rp1.053.146.943.500" >/dev/null || fail "missions list lacks Balikpapan's final"

drive send -L "$S" 2
drive wait -L "$S" "Komoditas (total)" >/dev/null || fail "commodities panel"
drive wait -L "$S" "Hasil laut" >/dev/null || fail "seafood row"
drive send -L "$S" Tab
drive wait -L "$S" "Rekomendasi dan tindak lanjut" >/dev/null || fail "checklists via Tab"
drive wait -L "$S" "≈12 Apr 2025" >/dev/null || fail "the inferred due date is not marked"
drive wait -L "$S" "[?] Sistem informasi" >/dev/null || fail "an unsourced status is not shown as unknown"
drive gone -L "$S" -t 1 "terlambat" >/dev/null || fail "overdue asserted from an inferred due date"
drive send -L "$S" BTab BTab
drive wait -L "$S" "[1 Misi]" >/dev/null || fail "missions via Shift-Tab"
pass "panels 1-3, Tab and Shift-Tab"

drive send -L "$S" /
drive type -L "$S" "BALIKPAPAN"
drive wait -L "$S" "2 dari 21 · Σ Rp1,05 triliun" >/dev/null || fail "filter count and subtotal"
drive send -L "$S" Enter Down Enter
drive wait -L "$S" "Pelaku usaha" >/dev/null || fail "mission detail"
drive wait -L "$S" "Rp1.053.146.943.500" >/dev/null || fail "Balikpapan final in detail"
drive wait -L "$S" "162,0%" >/dev/null || fail "progress against target"
drive send -L "$S" Escape
drive wait -L "$S" "Saring: BALIKPAPAN" >/dev/null || fail "back to the filtered list"
drive send -L "$S" Escape
drive gone -L "$S" "Saring:" >/dev/null || fail "Esc clears the filter"
drive wait -L "$S" -r '^▶8 Mei 2025 +Kalimantan Timur' >/dev/null || fail "the cursor left Balikpapan 2025 when the filter was cleared"
pass "filter, open, back (the cursor stays on the mission chosen in the filtered list)"

drive send -L "$S" "?"
drive wait -L "$S" "Bantuan" >/dev/null || fail "help"
drive send -L "$S" Escape
drive gone -L "$S" "Bantuan" >/dev/null || fail "help closes"
pass "help"

# A deal line opens with Enter (parties, quantity, value in words, its id) and Esc goes back to
# the same line; `s` sorts the lines by value and the cursor stays on that line.
drive send -L "$S" 2 Enter
drive wait -L "$S" "◀ Hasil laut" >/dev/null || fail "the seafood deal lines"
drive send -L "$S" Down Enter
drive wait -L "$S" "Kode              d2025-maluku-squid" >/dev/null || fail "Enter on a deal line does not open it"
drive wait -L "$S" "Mitra transaksi   CV Hasil Laut Melimpah" >/dev/null || fail "the deal's counterparty"
drive wait -L "$S" "enam puluh empat koma lima miliar rupiah" >/dev/null || fail "the deal's value in words"
drive send -L "$S" Escape
drive wait -L "$S" -r '^▶ +Rp64\.500\.000\.000' >/dev/null || fail "Esc did not come back to the same deal line"
drive send -L "$S" s r
drive wait -L "$S" "urut nilai↑" >/dev/null || fail "the deal lines do not sort by value"
drive wait -L "$S" -r '^▶ +Rp64\.500\.000\.000' >/dev/null || fail "sorting moved the cursor off its deal"
drive send -L "$S" Escape Escape 1
drive wait -L "$S" "[1 Misi]" >/dev/null || fail "back to the missions"
pass "a deal line opens with Enter and Esc returns to it; sorting keeps it selected"

app=$(app_pid "$S") || fail "cannot tell the dashboard's pid"
drive resize -L "$S" -x 40 -y 12
drive wait -L "$S" -r '^▶8 Mei 2025 +Kalimant… +Rp1,05 triliun' >/dev/null || fail "compact layout at 40x12"
drive resize -L "$S" -x 20 -y 5
drive wait -L "$S" "30×8 (sekarang 20×5)" >/dev/null || fail "too-small message names the size needed"
# Just below the minimum (30x8): the message in full, wrapped to the width, and no dashboard.
drive resize -L "$S" -x 29 -y 7
drive wait -L "$S" "Terminal terlalu kecil: perlu" >/dev/null || fail "no too-small message at 29x7"
drive wait -L "$S" "minimal 30×8 (sekarang 29×7)" >/dev/null || fail "too-small message at 29x7 lacks the sizes"
drive gone -L "$S" -t 2 "trade-tui" >/dev/null || fail "dashboard header drawn at 29x7"
# At the minimum itself: the dashboard, not the message.
drive resize -L "$S" -x 30 -y 8
drive wait -L "$S" "[1 Misi]" >/dev/null || fail "no dashboard at 30x8"
drive gone -L "$S" -t 2 "terlalu kecil" >/dev/null || fail "too-small message at 30x8"
# 1x1: nothing fits, but the app must live through it (watched for a second).
drive resize -L "$S" -x 1 -y 1
[ "$(info_field "$S" size)" = 1x1 ] || fail "pane not resized to 1x1: $(drive info -L "$S")"
for _ in $(seq 20); do
    { pane_alive "$S" && running "$app"; } || fail "the app died at 1x1: $(drive info -L "$S")"
    sleep 0.05
done
# Back to 80x24: the full dashboard again, drawn by the same process.
drive resize -L "$S" -x 80 -y 24
drive wait -L "$S" "trade-tui │ Σ 18 misi" >/dev/null || fail "no header after 1x1 → 80x24"
drive wait -L "$S" "3 Tindak lanjut" >/dev/null || fail "no tabs after 1x1 → 80x24"
drive gone -L "$S" -t 2 "terlalu kecil" >/dev/null || fail "too-small message still shown at 80x24"
{ pane_alive "$S" && running "$app"; } || fail "the app is not running after 1x1 → 80x24"
drive resize -L "$S" -x 160 -y 45
drive wait -L "$S" "Misi Dagang Jawa Timur 1984–2025" >/dev/null || fail "full layout at 160x45"
drive wait -L "$S" "Prefektur Osaka (大阪府)" >/dev/null || fail "wide characters"
pass "resize 80x24 → 40x12 → 20x5 → 29x7 (too small) → 30x8 → 1x1 (still running) → 80x24 (dashboard back) → 160x45"

drive send -L "$S" q
st=$(drive wait-exit -L "$S") || fail "did not exit on q"
[ "$st" = 0 ] || fail "q exited with $st"
pass "q quits with exit 0"

# English by flag and by locale.
S=$(start 100 30 "$BIN" --lang en)
drive wait -L "$S" "Checklists" >/dev/null || fail "--lang en"
drive send -L "$S" q
S=$(start 100 30 env LANG=en_US.UTF-8 LC_ALL= "$BIN")
drive wait -L "$S" "Commodities" >/dev/null || fail "English locale"
drive send -L "$S" q
pass "English by --lang en and by locale"

# NO_COLOR: monochrome still marks the selection (reverse video), no colour escapes.
# tmux writes one SGR sequence for the attributes and one each for foreground and background
# ("\e[0;7m", "\e[38;5;114m", "\e[39m" = default colour): any 30-38, 40-48, 90-97, 100-107
# parameter is a colour. The header and hint bar are reverse video too, so look at the
# selected row ("▶") itself: its line must switch to reverse (7) before the marker.
sgr_colour=$'\e\\[([0-9;:]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])[;:m]'
sgr_reverse=$'\e\\[([0-9;]*;)?7[;m]'
S=$(start 80 24 env -u NO_COLOR "$BIN")
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "start with colour"
scr=$(drive capture -L "$S" -e)
grep -Eq "$sgr_colour" <<<"$scr" || fail "the colour check sees no colour even without NO_COLOR"
drive send -L "$S" q
S=$(start 80 24 env NO_COLOR=1 "$BIN")
drive wait -L "$S" "Tindak lanjut" >/dev/null || fail "start under NO_COLOR"
scr=$(drive capture -L "$S" -e)
if grep -Eq "$sgr_colour" <<<"$scr"; then fail "colour escapes under NO_COLOR"; fi
sel=$(grep -m1 '▶' <<<"$scr") || fail "no selected row (▶) under NO_COLOR"
grep -Eq "$sgr_reverse" <<<"${sel%%▶*}" || fail "no reverse video for the selected row under NO_COLOR"
drive send -L "$S" q
pass "NO_COLOR honoured"
echo "dashboard e2e: all passed"
