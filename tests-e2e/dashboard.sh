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
drive wait -L "$S" "⚠ terlambat" >/dev/null || fail "overdue marked with glyph and word"
drive send -L "$S" BTab BTab
drive wait -L "$S" "[1 Misi]" >/dev/null || fail "missions via Shift-Tab"
pass "panels 1-3, Tab and Shift-Tab"

drive send -L "$S" /
drive type -L "$S" "BALIKPAPAN"
drive wait -L "$S" "2 hasil" >/dev/null || fail "filter count"
drive send -L "$S" Enter Down Enter
drive wait -L "$S" "Pelaku usaha" >/dev/null || fail "mission detail"
drive wait -L "$S" "Rp1.053.146.943.500" >/dev/null || fail "Balikpapan final in detail"
drive wait -L "$S" "162,0%" >/dev/null || fail "progress against target"
drive send -L "$S" Escape
drive wait -L "$S" "Saring: BALIKPAPAN" >/dev/null || fail "back to the filtered list"
drive send -L "$S" Escape
drive gone -L "$S" "Saring:" >/dev/null || fail "Esc clears the filter"
pass "filter, open, back"

drive send -L "$S" "?"
drive wait -L "$S" "Bantuan" >/dev/null || fail "help"
drive send -L "$S" Escape
drive gone -L "$S" "Bantuan" >/dev/null || fail "help closes"
pass "help"

drive resize -L "$S" -x 40 -y 12
drive wait -L "$S" "Rp361,7 miliar" >/dev/null || fail "compact layout at 40x12"
drive resize -L "$S" -x 20 -y 5
drive wait -L "$S" "30×8 (sekarang 20×5)" >/dev/null || fail "too-small message names the size needed"
drive resize -L "$S" -x 1 -y 1
sleep 0.3
drive resize -L "$S" -x 160 -y 45
drive wait -L "$S" "Misi Dagang Jawa Timur 2016–2025" >/dev/null || fail "full layout at 160x45"
drive wait -L "$S" "Prefektur Osaka (大阪府)" >/dev/null || fail "wide characters"
pass "resize 80x24 → 40x12 → 20x5 → 1x1 → 160x45"

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
S=$(start 80 24 env NO_COLOR=1 "$BIN")
drive wait -L "$S" "Tindak lanjut" >/dev/null
if drive capture -L "$S" -e | grep -q $'\e\[3[0-7]m\|\e\[38;5'; then fail "colour escapes under NO_COLOR"; fi
drive capture -L "$S" -e | grep -q $'\e\[7m' || fail "no reverse video for the selection under NO_COLOR"
drive send -L "$S" q
pass "NO_COLOR honoured"
echo "dashboard e2e: all passed"
