#!/usr/bin/env bash
# Forms, prompts and pickers as a desk officer meets them: a deal recorded through the form with
# its mission chosen by typing in the picker, a field edited with readline's keys (Ctrl-W, Ctrl-A,
# Alt-B), the next form starting from the last deal, the checklist's owner and mission pickers,
# and boxes that nothing behind shows through, at 80x24 and 160x45.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

# box_is_whole SESSION -> every row between the box's corners starts and ends with its border.
box_is_whole() {
    local scr inside=0 line
    scr=$(drive capture -L "$1") || return 2
    while IFS= read -r line; do
        line=${line%"${line##*[! ]}"}
        if [[ $line == ┌* ]]; then inside=1; [[ $line == *┐ ]] || { echo "top: $line"; return 1; }; continue; fi
        [ $inside = 1 ] || continue
        if [[ $line == └* ]]; then [[ $line == *┘ ]] || { echo "bottom: $line"; return 1; }; return 0; fi
        [[ $line == │*│ ]] || { echo "row: $line"; return 1; }
    done <<<"$scr"
    echo "no box"; return 1
}

S=$(start 80 24 "$BIN")
drive wait -L "$S" -t 10 "Tindak lanjut" >/dev/null || fail "no first frame"
drive send -L "$S" a
drive wait -L "$S" "Catat transaksi — Misi Dagang Jatim–Kepulauan Riau 2025" >/dev/null \
    || fail "at start (the cursor on the 1984 agreement) the form is not on the most recent mission"
drive wait -L "$S" "◀ 8 Des 2025 · Batam ▶" >/dev/null || fail "the mission field does not show the mission"
why=$(box_is_whole "$S") || fail "the form at 80x24 is not a whole box: $why"
pass "a at start opens the most recent mission, a whole box at 80x24"

# The mission: type to search, Enter takes it.
drive type -L "$S" "tenggara"
drive wait -L "$S" "Pilih misi" >/dev/null || fail "typing in the mission field does not open the picker"
drive wait -L "$S" "1/19" >/dev/null || fail "the picker does not narrow to one mission"
drive send -L "$S" Enter
drive wait -L "$S" "Catat transaksi — Misi Dagang Jatim–Sulawesi Tenggara 2025" >/dev/null || fail "the picked mission"
pass "the mission chosen by typing 'tenggara' in the picker"

# Direction (stays Jual), commodity Kopi, the party edited with Ctrl-W, Ctrl-A and Alt-B.
drive send -L "$S" Tab k Tab
drive type -L "$S" "Kopi Kendari Nusantara"
drive send -L "$S" C-w C-a
drive type -L "$S" "PT "
drive send -L "$S" C-e M-b
drive type -L "$S" "Sultra "
drive wait -L "$S" "PT Kopi Sultra Kendari" >/dev/null || fail "Ctrl-W, Ctrl-A, Ctrl-E and Alt-B did not edit the party"
drive send -L "$S" Tab Tab Tab Tab
drive type -L "$S" "2,5 miliar"
drive wait -L "$S" "dua koma lima miliar rupiah" >/dev/null || fail "the value is not read back"
drive send -L "$S" Enter
drive wait -L "$S" "✓ Tersimpan di jurnal" >/dev/null || fail "the deal was not saved"
row=$("$BIN" export-deals --format csv | grep "PT Kopi Sultra Kendari") || fail "the deal is not in export-deals"
[[ $row == *m2025-sultra* && $row == *coffee* && $row == *2500000000* ]] || fail "the deal landed elsewhere: $row"
"$BIN" summary --format json | grep -q '"m2025-sultra"' || fail "summary lacks the mission"
pass "recorded on Sulawesi Tenggara 2025 as coffee, Rp2,5 miliar, party PT Kopi Sultra Kendari (export-deals)"

# The next form starts from the last deal.
drive send -L "$S" a
drive wait -L "$S" "Catat transaksi — Misi Dagang Jatim–Sulawesi Tenggara 2025" >/dev/null || fail "the next form forgot the mission"
drive wait -L "$S" "PT Kopi Sultra Kendari" >/dev/null || fail "the next form forgot the party"
drive wait -L "$S" "◀ Kopi ▶" >/dev/null || fail "the next form forgot the commodity"
drive send -L "$S" Escape
drive gone -L "$S" "Catat transaksi" >/dev/null || fail "Esc does not close the form"
pass "the next deal starts from the last one's mission, commodity and party"

# The checklist's owner and mission filters: pickers with names.
drive send -L "$S" 3 w
drive wait -L "$S" "Saring menurut penanggung jawab" >/dev/null || fail "w does not open the owner picker"
drive type -L "$S" "bank indo"
drive wait -L "$S" "1/11" >/dev/null || fail "the owner picker does not narrow"
drive send -L "$S" Enter
drive wait -L "$S" "Validasi transaksi oleh Bank" >/dev/null || fail "the owner filter"
drive gone -L "$S" "Kunjungan balasan Kaltim" >/dev/null || fail "the owner filter leaves other owners' actions"
drive send -L "$S" m
drive wait -L "$S" "Misi Dagang Jatim–Kalimantan Selatan 2025" >/dev/null || fail "the mission picker does not show names"
screen_has "$S" "m2025-kalsel" && fail "the mission picker shows raw ids"
drive send -L "$S" Escape
drive gone -L "$S" "Saring menurut misi" >/dev/null || fail "Esc does not close the picker"
pass "w and m: pickers by name, narrowed by typing; Esc closes"

# A note: a box over the list, the text edited where the cursor is.
drive send -L "$S" w
drive type -L "$S" "semua"
drive send -L "$S" Enter Down n
drive wait -L "$S" "Catatan:" >/dev/null || fail "no note prompt"
why=$(box_is_whole "$S") || fail "the note prompt is not a whole box: $why"
drive type -L "$S" "rapat besok"
drive send -L "$S" M-b C-k
drive type -L "$S" "lusa"
drive wait -L "$S" "Catatan: rapat lusa" >/dev/null || fail "Alt-B and Ctrl-K in the note"
drive send -L "$S" Escape
drive send -L "$S" q
[ "$(drive wait-exit -L "$S")" = 0 ] || fail "quit"
pass "the note prompt is a box, edited with Alt-B and Ctrl-K"

# 160x45: the warning and the question are whole, in a box that fits them.
S=$(start 160 45 "$BIN")
drive wait -L "$S" -t 10 "Tindak lanjut" >/dev/null || fail "no first frame at 160x45"
drive send -L "$S" a
drive wait -L "$S" "Misi ini sudah punya angka akhir yang diumumkan Rp4.456.849.425.486; transaksi ini menambahnya." >/dev/null \
    || fail "the published-final warning is not whole at 160x45"
drive send -L "$S" Tab Tab Tab Tab Tab Tab Tab
drive type -L "$S" "60 miliar"
drive send -L "$S" Enter
drive wait -L "$S" "Benar? y = simpan, n = kembali" >/dev/null || fail "the confirmation is not whole at 160x45"
drive send -L "$S" n Escape q
[ "$(drive wait-exit -L "$S")" = 0 ] || fail "quit at 160x45"
pass "at 160x45 the warning and the confirmation are read whole"
echo "forms e2e: all passed"
