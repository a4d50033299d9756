#!/usr/bin/env bash
# scripts/setup as a user runs it: installs into a PREFIX (and by default under ~/.local), the
# installed program runs from any directory on the fixtures installed beside it, the completions
# and the man page are there and readable, and a second run changes nothing. Uses the debug build
# scripts/test made (`--debug`), so no release build is made here.
source "$(dirname "$0")/lib.sh"

P=$WORK/prefix
mkdir -p "$WORK/elsewhere"
# A PATH without the prefix: setup must say how to add it.
PATH=/usr/local/bin:/usr/bin:/bin:$(dirname "$(command -v swift)") PREFIX=$P "$ROOT/scripts/setup" --debug >"$WORK/first" 2>"$WORK/first.err" \
    || { cat "$WORK/first.err" >&2; fail "setup exited non-zero"; }
for what in "program              $P/bin/trade-tui (installed)" \
            "fixtures             $P/share/trade-tui/fixtures/ (installed)" \
            "bash completion      $P/share/bash-completion/completions/trade-tui (installed)" \
            "zsh completion       $P/share/zsh/site-functions/_trade-tui (installed)" \
            "fish completion      $P/share/fish/vendor_completions.d/trade-tui.fish (installed)" \
            "man page             $P/share/man/man1/trade-tui.1 (installed)" \
            "$P/bin is not on your PATH" "fish_add_path $P/bin"; do
    grep -Fq -- "$what" "$WORK/first" || { cat "$WORK/first" >&2; fail "setup did not say: $what"; }
done
pass "setup says where it put each thing, and how to put $P/bin on PATH"

cmp -s "$BIN" "$P/bin/trade-tui" || fail "the installed program is not the build"
[ -x "$P/bin/trade-tui" ] || fail "the installed program is not executable"
diff -r "$ROOT/fixtures" "$P/share/trade-tui/fixtures" >/dev/null || fail "installed fixtures differ from the repository's"

# Run from another directory, by PATH, with nothing pointing at the repository.
out=$(cd "$WORK/elsewhere" && env -u TRADE_TUI_DATA PATH="$P/bin:/usr/bin:/bin" trade-tui summary) || fail "installed summary exited non-zero"
grep -q "Total transaksi: Rp14.221.055.929.986" <<<"$out" || fail "installed summary: $out"
# …and it is the installed fixtures it read: without them it has none.
mv "$P/share/trade-tui/fixtures" "$WORK/fixtures-aside"
code=0; (cd "$WORK/elsewhere" && "$P/bin/trade-tui" summary >/dev/null 2>&1) || code=$?
[ "$code" = 66 ] || fail "without the installed fixtures summary exits $code, not 66"
mv "$WORK/fixtures-aside" "$P/share/trade-tui/fixtures"
pass "the installed program runs from another directory on \$PREFIX/share/trade-tui/fixtures"

for f in share/bash-completion/completions/trade-tui share/zsh/site-functions/_trade-tui share/fish/vendor_completions.d/trade-tui.fish; do
    [ -s "$P/$f" ] || fail "$f is missing or empty"
    grep -q "export-deals" "$P/$f" || fail "$f does not complete the subcommands"
    grep -q -- "skip-existing" "$P/$f" || fail "$f does not complete import-deals --skip-existing"
done
bash -n "$P/share/bash-completion/completions/trade-tui" || fail "the bash completion does not parse"
head -1 "$P/share/zsh/site-functions/_trade-tui" | grep -qx "#compdef trade-tui" || fail "the zsh completion has no #compdef line"
if command -v zsh >/dev/null; then zsh -n "$P/share/zsh/site-functions/_trade-tui" || fail "the zsh completion does not parse"; fi
if command -v fish >/dev/null; then fish -n "$P/share/fish/vendor_completions.d/trade-tui.fish" || fail "the fish completion does not parse"; fi
# bash really completes with it: the subcommands after "trade-tui ex".
words=$(bash -c 'source "$1"; COMP_WORDS=(trade-tui ex); COMP_CWORD=1; COMP_LINE="trade-tui ex"; COMP_POINT=${#COMP_LINE}
                 _trade-tui trade-tui ex trade-tui; printf "%s\n" "${COMPREPLY[@]}"' _ "$P/share/bash-completion/completions/trade-tui" 2>/dev/null) || true
grep -qx "export-deals" <<<"$words" || fail "bash does not complete 'trade-tui ex' to export-deals (got: $(tr '\n' ' ' <<<"$words"))"
pass "bash, zsh and fish completions installed (bash completes 'trade-tui ex' to export-deals)"

page=$P/share/man/man1/trade-tui.1
[ -s "$page" ] || fail "no man page"
grep -q '^\.Dt TRADE-TUI 1' "$page" || grep -q '^\.TH TRADE-TUI 1' "$page" || fail "the man page has no title line"
if command -v man >/dev/null; then
    text=$(MANWIDTH=100 man -l "$page" 2>/dev/null) || fail "man -l cannot read the page"
    grep -q "export-deals" <<<"$text" && grep -q -- "--csv-style" <<<"$text" || fail "the man page lacks export-deals --csv-style"
    grep -q -- "--skip-existing" <<<"$text" || fail "the man page lacks import-deals --skip-existing"
fi
pass "the man page is installed and reads with man -l"

# Again, with the prefix on PATH: nothing changes, and it says so.
before=$(cd "$P" && find . -type f -exec sha256sum {} + | sort)
PATH=$P/bin:/usr/local/bin:/usr/bin:/bin:$(dirname "$(command -v swift)") PREFIX=$P "$ROOT/scripts/setup" --debug >"$WORK/second" 2>"$WORK/second.err" \
    || { cat "$WORK/second.err" >&2; fail "second setup exited non-zero"; }
after=$(cd "$P" && find . -type f -exec sha256sum {} + | sort)
[ "$before" = "$after" ] || fail "a second setup changed the installed files: $(diff <(echo "$before") <(echo "$after"))"
[ "$(grep -c '(unchanged)' "$WORK/second")" = 6 ] || { cat "$WORK/second" >&2; fail "a second setup does not say every file is unchanged"; }
grep -Fq "$P/bin is on your PATH" "$WORK/second" || fail "setup does not see $P/bin on PATH"
pass "a second run changes nothing and says so"

# Without PREFIX: under ~/.local.
PREFIX= "$ROOT/scripts/setup" --debug >"$WORK/default" 2>"$WORK/default.err" || { cat "$WORK/default.err" >&2; fail "setup without PREFIX"; }
[ -x "$HOME/.local/bin/trade-tui" ] && [ -s "$HOME/.local/share/man/man1/trade-tui.1" ] || fail "nothing under ~/.local"
grep -Fq "$HOME/.local/share/trade-tui/fixtures/" "$WORK/default" || fail "setup without PREFIX: $(cat "$WORK/default")"
pass "without PREFIX it installs under ~/.local"
echo "install e2e: all passed"
