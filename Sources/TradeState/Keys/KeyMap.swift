import TradeModel

/// The one table that drives input, the hint bar, `?` help and docs/KEYS.md.
public struct KeyMap: Sendable {
    public var bindings: [KeyBinding]

    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [.up, .char("k")], label: "↑/k", command: .up, contexts: [.missions, .commodities, .checklists, .deals, .detail, .action, .help, .filter], helpId: "naik", helpEn: "up", hint: true),
        KeyBinding(keys: [.down, .char("j")], label: "↓/j", command: .down, contexts: [.missions, .commodities, .checklists, .deals, .detail, .action, .help, .filter], helpId: "turun", helpEn: "down", hint: true),
        KeyBinding(keys: [.pageUp], label: "PgUp", command: .pageUp, contexts: [.missions, .commodities, .checklists, .deals, .detail, .action, .help], helpId: "halaman sebelumnya", helpEn: "page up", hint: false),
        KeyBinding(keys: [.pageDown], label: "PgDn", command: .pageDown, contexts: [.missions, .commodities, .checklists, .deals, .detail, .action, .help], helpId: "halaman berikutnya", helpEn: "page down", hint: false),
        KeyBinding(keys: [.home, .char("g")], label: "Home/g", command: .home, contexts: [.missions, .commodities, .checklists, .deals, .detail, .action, .help], helpId: "ke awal", helpEn: "to the top", hint: false),
        KeyBinding(keys: [.end, .char("G")], label: "End/G", command: .end, contexts: [.missions, .commodities, .checklists, .deals, .detail, .action, .help], helpId: "ke akhir", helpEn: "to the end", hint: false),
        KeyBinding(keys: [.enter], label: "Enter", command: .open, contexts: [.missions, .commodities, .checklists], helpId: "buka", helpEn: "open", hint: true),
        KeyBinding(keys: [.escape, .backspace, .left], label: "Esc/⌫", command: .back, contexts: [.detail, .deals, .action], helpId: "kembali", helpEn: "back", hint: true),
        KeyBinding(keys: [.char("/")], label: "/", command: .filter, contexts: [.missions, .commodities, .checklists, .deals], helpId: "saring", helpEn: "filter", hint: true),
        KeyBinding(keys: [.enter], label: "Enter", command: .applyFilter, contexts: [.filter], helpId: "pakai saringan", helpEn: "keep filter", hint: true),
        KeyBinding(keys: [.escape], label: "Esc", command: .clearFilter, contexts: [.filter], helpId: "hapus saringan", helpEn: "clear filter", hint: true),
        KeyBinding(keys: [.escape], label: "Esc", command: .clearFilter, contexts: [.missions, .commodities, .checklists], helpId: "hapus saringan", helpEn: "clear filter", hint: false),
        KeyBinding(keys: [.char("s")], label: "s", command: .sort, contexts: [.missions], helpId: "urutkan: tanggal/nilai/mitra", helpEn: "sort: date/value/partner", hint: true),
        KeyBinding(keys: [.char("r")], label: "r", command: .reverseSort, contexts: [.missions], helpId: "balik urutan", helpEn: "reverse order", hint: false),
        KeyBinding(keys: [.char("y")], label: "y", command: .year, contexts: [.missions], helpId: "saring tahun", helpEn: "filter by year", hint: true),
        KeyBinding(keys: [.char("v")], label: "v", command: .view, contexts: [.commodities], helpId: "tampilan: total/arah/provinsi", helpEn: "view: total/direction/province", hint: true),
        KeyBinding(keys: [.char(" ")], label: "Space", command: .toggle, contexts: [.checklists, .action], helpId: "centang/batal centang", helpEn: "tick/untick", hint: true),
        KeyBinding(keys: [.char("n")], label: "n", command: .addNote, contexts: [.checklists, .action], helpId: "catatan", helpEn: "add a note", hint: true),
        KeyBinding(keys: [.char("o")], label: "o", command: .setOwner, contexts: [.checklists, .action], helpId: "ganti pemilik", helpEn: "change owner", hint: true),
        KeyBinding(keys: [.char("d")], label: "d", command: .setDue, contexts: [.checklists, .action], helpId: "tenggat", helpEn: "set due date", hint: true),
        KeyBinding(keys: [.char("f")], label: "f", command: .statusFilter, contexts: [.checklists], helpId: "saring: semua/terbuka/selesai/terlambat", helpEn: "show: all/open/done/overdue", hint: true),
        KeyBinding(keys: [.char("w")], label: "w", command: .ownerFilter, contexts: [.checklists], helpId: "saring pemilik", helpEn: "filter by owner", hint: false),
        KeyBinding(keys: [.char("m")], label: "m", command: .missionFilter, contexts: [.checklists], helpId: "saring misi", helpEn: "filter by mission", hint: false),
        KeyBinding(keys: [.enter], label: "Enter", command: .submitPrompt, contexts: [.prompt], helpId: "simpan", helpEn: "save", hint: true),
        KeyBinding(keys: [.escape], label: "Esc", command: .cancelPrompt, contexts: [.prompt], helpId: "batal", helpEn: "cancel", hint: true),
        KeyBinding(keys: [.char("u")], label: "u", command: .undo, contexts: [.global], helpId: "urungkan perubahan terakhir", helpEn: "undo last change", hint: true),
        KeyBinding(keys: [.ctrl("r")], label: "^R", command: .redo, contexts: [.global], helpId: "ulangi", helpEn: "redo", hint: false),
        KeyBinding(keys: [.char("a")], label: "a", command: .addDeal, contexts: [.missions, .detail, .deals], helpId: "catat transaksi", helpEn: "record a deal", hint: true),
        KeyBinding(keys: [.char("N")], label: "N", command: .newMission, contexts: [.missions], helpId: "misi baru hari ini", helpEn: "new mission for the day", hint: false),
        KeyBinding(keys: [.enter], label: "Enter", command: .open, contexts: [.detail], helpId: "baris transaksi misi", helpEn: "the mission's deal lines", hint: true),
        KeyBinding(keys: [.char("e")], label: "e", command: .correctDeal, contexts: [.deals], helpId: "perbaiki transaksi", helpEn: "correct a deal", hint: true),
        KeyBinding(keys: [.char("x")], label: "x", command: .withdrawDeal, contexts: [.deals], helpId: "tarik transaksi", helpEn: "withdraw a deal", hint: true),
        KeyBinding(keys: [.tab, .down], label: "Tab/↓", command: .formNext, contexts: [.form], helpId: "isian berikutnya", helpEn: "next field", hint: true),
        KeyBinding(keys: [.backTab, .up], label: "S-Tab/↑", command: .formPrev, contexts: [.form], helpId: "isian sebelumnya", helpEn: "previous field", hint: false),
        KeyBinding(keys: [.left, .right], label: "←/→", command: .formChoice, contexts: [.form], helpId: "pilih", helpEn: "choose", hint: true),
        KeyBinding(keys: [.enter], label: "Enter", command: .formSubmit, contexts: [.form], helpId: "lanjut / simpan", helpEn: "next / save", hint: true),
        KeyBinding(keys: [.escape], label: "Esc", command: .formCancel, contexts: [.form], helpId: "batal", helpEn: "cancel", hint: true),
        KeyBinding(keys: [.char("y"), .char("Y")], label: "y", command: .formConfirm, contexts: [.formConfirm], helpId: "ya, simpan", helpEn: "yes, record it", hint: true),
        KeyBinding(keys: [.char("n"), .char("N"), .escape], label: "n/Esc", command: .formReject, contexts: [.formConfirm], helpId: "tidak, kembali ke isian", helpEn: "no, back to the form", hint: true),
        KeyBinding(keys: [.char("p")], label: "p", command: .present, contexts: [.global], helpId: "layar presentasi", helpEn: "presenter screen", hint: false),
        KeyBinding(keys: [.pageDown, .right, .down], label: "PgDn/→/↓", command: .nextSlide, contexts: [.presenter], helpId: "slide berikutnya", helpEn: "next slide", hint: true),
        KeyBinding(keys: [.pageUp, .left, .up], label: "PgUp/←/↑", command: .prevSlide, contexts: [.presenter], helpId: "slide sebelumnya", helpEn: "previous slide", hint: true),
        KeyBinding(keys: [.char("b")], label: "b", command: .blank, contexts: [.presenter], helpId: "layar gelap", helpEn: "blank screen", hint: true),
        KeyBinding(keys: [.char(".")], label: ".", command: .freeze, contexts: [.presenter], helpId: "bekukan layar", helpEn: "freeze screen", hint: true),
        KeyBinding(keys: [.char("r")], label: "r", command: .rotate, contexts: [.presenter], helpId: "ganti slide otomatis", helpEn: "auto-rotate slides", hint: true),
        KeyBinding(keys: [.char("q")], label: "q", command: .quit, contexts: [.presenter], helpId: "keluar (minta konfirmasi)", helpEn: "quit (asks first)", hint: true),
        KeyBinding(keys: [.function(5), .escape, .char(" "), .enter], label: "F5/Esc/Space/Enter", command: .ignore, contexts: [.presenter], helpId: "tidak berbuat apa-apa (tombol remote)", helpEn: "nothing (remote keys)", hint: false),
        KeyBinding(keys: [.char("y")], label: "y", command: .confirmQuit, contexts: [.confirm], helpId: "ya, keluar", helpEn: "yes, quit", hint: true),
        KeyBinding(keys: [.char("n"), .escape], label: "n/Esc", command: .cancelQuit, contexts: [.confirm], helpId: "tidak", helpEn: "no", hint: true),
        KeyBinding(keys: [.tab], label: "Tab", command: .nextPanel, contexts: [.global], helpId: "panel berikutnya", helpEn: "next panel", hint: true),
        KeyBinding(keys: [.backTab], label: "S-Tab", command: .prevPanel, contexts: [.global], helpId: "panel sebelumnya", helpEn: "previous panel", hint: false),
        KeyBinding(keys: [.char("1")], label: "1", command: .showMissions, contexts: [.global], helpId: "panel misi", helpEn: "missions panel", hint: false),
        KeyBinding(keys: [.char("2")], label: "2", command: .showCommodities, contexts: [.global], helpId: "panel komoditas", helpEn: "commodities panel", hint: false),
        KeyBinding(keys: [.char("3")], label: "3", command: .showChecklists, contexts: [.global], helpId: "panel tindak lanjut", helpEn: "checklists panel", hint: false),
        KeyBinding(keys: [.char("?"), .function(1)], label: "?/F1", command: .help, contexts: [.global], helpId: "bantuan", helpEn: "help", hint: true),
        KeyBinding(keys: [.escape, .char("?"), .char("q")], label: "Esc/?/q", command: .back, contexts: [.help], helpId: "tutup bantuan", helpEn: "close help", hint: true),
        KeyBinding(keys: [.char("q"), .ctrl("c")], label: "q/^C", command: .quit, contexts: [.global], helpId: "keluar", helpEn: "quit", hint: true),
        KeyBinding(keys: [.ctrl("c")], label: "^C", command: .quit, contexts: [.filter, .prompt, .form, .formConfirm, .help], helpId: "keluar", helpEn: "quit", hint: false),
    ])

    /// The command for `key` where the focus is; context bindings win over global ones. While a
    /// filter or help is open, global keys other than Ctrl-C do not apply (they are text or closed).
    public func command(for key: Key, in context: KeyContext) -> Command? {
        if let b = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) { return b.command }
        if Self.closed.contains(context) { return nil }
        return bindings.first { $0.contexts.contains(.global) && $0.keys.contains(key) }?.command
    }

    /// Contexts where global keys do not apply: text entry, help, and the read-only presenter.
    public static let closed: Set<KeyContext> = [.filter, .prompt, .form, .formConfirm, .help, .presenter, .confirm]

    /// Bindings that apply in `context`, for the hint bar and help.
    public func active(in context: KeyContext) -> [KeyBinding] {
        let own = bindings.filter { $0.contexts.contains(context) }
        if Self.closed.contains(context) { return own }
        return own + bindings.filter { $0.contexts.contains(.global) }
    }

    /// Pairs of bindings that claim the same key in the same context (a test keeps this empty).
    public func conflicts() -> [(Key, KeyContext)] {
        var out: [(Key, KeyContext)] = []
        for ctx in KeyContext.allCases {
            var seen: Set<Key> = []
            for b in bindings where b.contexts.contains(ctx) {
                for k in b.keys where !seen.insert(k).inserted { out.append((k, ctx)) }
            }
        }
        return out
    }

    /// docs/KEYS.md, generated from this table (a test checks the file is current).
    public func markdown() -> String {
        var s = "# Keys\n\nGenerated from `KeyMap.standard` (Sources/TradeTUI/App/KeyMap.swift); `?` in the dashboard shows the same table.\n"
        for ctx in KeyContext.allCases {
            let list = bindings.filter { $0.contexts.contains(ctx) }
            if list.isEmpty { continue }
            s += "\n## \(ctx.title)\n\n| keys | action | tindakan |\n|---|---|---|\n"
            for b in list { s += "| `\(b.label)` | \(b.helpEn) | \(b.helpId) |\n" }
        }
        s += "\nWhile filtering, typing a note, owner or due date (YYYY-MM-DD, empty for none) or a form field, typed text edits it and Backspace deletes; in a form's choice field, a letter picks the first option starting with it.\n"
        s += "Mouse: click a tab or a row to focus and select it, click the selected row to open it, wheel to scroll.\n"
        return s
    }
}

