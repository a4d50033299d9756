#!/usr/bin/env bash
# A forum on PostgreSQL: a desk records in one process, a projector in another shows it; the
# server stops while the desk keeps working (its outbox holds the change, marked not yet shared),
# and when the server is back the change is shared and the projector shows it.
source "$(dirname "$0")/lib.sh"
if [ "${TRADE_TUI_SKIP_PG:-0}" = 1 ]; then echo "postgres e2e: SKIPPED (no PostgreSQL server can be started here)"; exit 0; fi

PGDIR=$(mktemp -d)   # its own: the server runs as postgres, who cannot enter $WORK
PORT=$((56000 + RANDOM % 4000))
URL=$("$ROOT/scripts/pg-throwaway" start "$PGDIR" "$PORT")
trap '"$ROOT/scripts/pg-throwaway" stop "$PGDIR"; rm -rf "$PGDIR"; cleanup' EXIT
pgstart() { runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
    -o "-p $PORT -k $PGDIR/sock -c listen_addresses=127.0.0.1" start >/dev/null; }
"$BIN" journal init "$URL" >/dev/null || fail "journal init"

P=$(start 100 30 "$BIN" present --mission m2025-kaltim --journal "$URL")
drive wait -L "$P" -t 10 "TOTAL" >/dev/null || fail "the projector did not start on PostgreSQL"
D=$(start 120 30 "$BIN" dashboard --journal "$URL" --user desk1)
drive wait -L "$D" -t 10 "✎ desk1 → postgresql://127.0.0.1:$PORT/postgres" >/dev/null || fail "the tab row does not show the server without credentials"
pass "desk and projector on $URL"

# A deal recorded by another process reaches the projector (within 300 ms at p99 is the target;
# here a generous bound, the benchmark reports the figures).
dots() { echo "$1" | rev | sed 's/\([0-9]\{3\}\)/\1./g' | rev | sed 's/^\.//'; }
worst=0
total=1053146943500
for i in 1 2 3 4 5; do
    total=$((total + i * 1000000000))
    t0=$(date +%s%N)
    "$BIN" record-deal --journal "$URL" --mission m2025-kaltim --direction sell --value "${i}000000000" --user desk2 >/dev/null || fail "record-deal on PostgreSQL"
    drive wait -L "$P" -t 5 -i 0.01 "Rp$(dots $total)" >/dev/null || fail "the projector did not show Rp$(dots $total)"
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    [ "$ms" -gt "$worst" ] && worst=$ms
done
pass "five deals from another process on the projector, slowest ${worst} ms after record-deal started (its own start included)"

# The server stops: every screen says so; the desk ticks an action, held on this laptop.
"$ROOT/scripts/pg-throwaway" stop "$PGDIR"
drive wait -L "$P" -t 10 "luring" >/dev/null || fail "the projector does not say it is offline"
drive wait -L "$D" -t 10 "luring" >/dev/null || fail "the desk does not say it is offline"
# The projector says when in the zone of its own clock (Balikpapan: WITA), whatever the machine's.
wall=$(drive capture -L "$P")
clock=$(sed -n '1s/.* \([0-9][0-9]\.[0-9][0-9]\) WITA *$/\1/p' <<<"$wall")
since=$(sed -n 's/.*luring sejak \([0-9][0-9]\.[0-9][0-9]\).*/\1/p' <<<"$wall")
wita() { TZ=UTC-8 date -d "@$1" +%H.%M; }
now=$(date +%s)
case "$since" in "$(wita $((now - 60)))"|"$(wita "$now")") ;; *) fail "offline since '$since' is not WITA (clock '$clock'): $wall" ;; esac
[ -n "$clock" ] || fail "no WITA clock on the projector: $wall"
drive send -L "$D" 3 /
drive type -L "$D" "pascaacara"
drive send -L "$D" Enter Down Space
drive wait -L "$D" -t 15 -r "([Dd]isimpan di laptop ini, belum dibagikan \(1\)|⚠ 1 disimpan di laptop ini, belum dibagikan)" >/dev/null || fail "the change was not held on the laptop"
drive wait -L "$D" "[✓] Lanjutkan transaksi pascaacara" >/dev/null || fail "the desk does not see its own held change"
pass "offline: both screens say so; the desk's change is held and shown, marked not yet shared"
# Leaving now would leave the change on this laptop: the desk asks first, and n stays.
drive send -L "$D" q
drive wait -L "$D" "1 perubahan belum dibagikan — tersimpan di laptop ini dan dikirim saat dasbor dibuka lagi. Keluar? y/n" >/dev/null \
    || fail "q with a held change did not ask"
drive send -L "$D" n
drive gone -L "$D" "Keluar? y/n" >/dev/null || fail "n did not cancel the question"
pane_alive "$D" || fail "n quit the desk"
pass "q with a change held on this laptop asks first (n stays)"

# The server comes back and the desk at once unticks: the held tick must reach the server first,
# or the untick would arrive before what it undoes (a conflict, or a tick left standing).
pgstart
drive send -L "$D" Space
drive wait -L "$D" -t 15 -r "\[ \] Lanjutkan transaksi pascaacara" >/dev/null || fail "the untick does not show"
drive gone -L "$P" -t 10 "luring" >/dev/null || fail "the projector still says offline"
for _ in $(seq 50); do "$BIN" checklist --format json --journal "$URL" | grep -q '"done": 0' && break; sleep 0.2; done
"$BIN" checklist --format json --journal "$URL" | grep -q '"done": 0' || fail "the server does not end with the untick (held tick sent after it?)"
[ "$(psql -X -A -t -d "$URL" -c "SELECT count(*) FROM trade_journal WHERE line LIKE '%actionStatusSet%'")" = 2 ] || fail "the server does not hold both changes"
screen_has "$D" "Diubah orang lain" && fail "the desk's own changes were taken for a conflict"
pass "server back: the held tick is shared before the untick made after it; the server ends unticked"
echo "postgres e2e: all passed"
