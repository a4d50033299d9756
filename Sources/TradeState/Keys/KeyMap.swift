import TradeModel

/// The one table that drives input, the hint bar, `?` help and docs/KEYS.md.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]
    /// Each context's binding of each key (the first in the table wins) and of typed text, found
    /// once: a keystroke is one lookup, not a pass over the table (a paste is thousands of keys).
    private let byKey: [KeyContext: [Key: Int]]
    private let textIn: [KeyContext: Int]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        var byKey: [KeyContext: [Key: Int]] = [:]
        var textIn: [KeyContext: Int] = [:]
        for (i, b) in bindings.enumerated() {
            for c in b.contexts {
                for k in b.keys where byKey[c]?[k] == nil { byKey[c, default: [:]][k] = i }
                if b.anyText && textIn[c] == nil { textIn[c] = i }
            }
        }
        self.byKey = byKey
        self.textIn = textIn
    }

    public static let standard = KeyMap(bindings: [
        KeyBinding(keys: [.up, .char("k")], command: .up, contexts: [.missions, .commodities, .checklists, .deals, .detail, .deal, .action, .help], helpId: "naik", helpEn: "up", hint: true),
        KeyBinding(keys: [.down, .char("j")], command: .down, contexts: [.missions, .commodities, .checklists, .deals, .detail, .deal, .action, .help], helpId: "turun", helpEn: "down", hint: true),
        // While filtering, letters type: only the arrows move the list.
        KeyBinding(keys: [.up], command: .up, contexts: [.filter, .picker], helpId: "naik", helpEn: "up", hint: false),
        KeyBinding(keys: [.down], command: .down, contexts: [.filter, .picker], helpId: "turun", helpEn: "down", hint: false),
        KeyBinding(keys: [], anyText: true, command: .insertText, contexts: [.filter, .prompt, .helpSearch], helpId: "ketik", helpEn: "type", hint: false),
        KeyBinding(keys: [], anyText: true, command: .insertText, contexts: [.form], helpId: "ketik (di isian pilihan: huruf awal memilih; di isian misi: cari)",
                   helpEn: "type (in a choice field: the first letter picks; in the mission field: search)", hint: false),
        KeyBinding(keys: [], anyText: true, command: .insertText, contexts: [.picker], helpId: "ketik untuk mempersempit daftar", helpEn: "type to narrow the list", hint: false),
        KeyBinding(keys: [.backspace], command: .deleteBackward, contexts: [.helpSearch], helpId: "hapus huruf terakhir", helpEn: "delete the last character", hint: false),
        KeyBinding(keys: [.ctrl("u")], command: .clearText, contexts: [.helpSearch], helpId: "kosongkan isian", helpEn: "clear the field", hint: false),
        // Readline's editing keys, wherever text is typed (`KeyMap.typing`).
        KeyBinding(keys: [.left], command: .cursorLeft, contexts: [.text], helpId: "kursor ke kiri", helpEn: "cursor left", hint: false),
        KeyBinding(keys: [.right], command: .cursorRight, contexts: [.text], helpId: "kursor ke kanan", helpEn: "cursor right", hint: false),
        KeyBinding(keys: [.home, .ctrl("a")], command: .lineStart, contexts: [.text], helpId: "ke awal teks", helpEn: "to the start of the text", hint: false),
        KeyBinding(keys: [.end, .ctrl("e")], command: .lineEnd, contexts: [.text], helpId: "ke akhir teks", helpEn: "to the end of the text", hint: false),
        KeyBinding(keys: [.alt("b")], command: .wordBack, contexts: [.text], helpId: "mundur satu kata", helpEn: "back a word", hint: false),
        KeyBinding(keys: [.alt("f")], command: .wordForward, contexts: [.text], helpId: "maju satu kata", helpEn: "forward a word", hint: false),
        KeyBinding(keys: [.backspace], command: .deleteBackward, contexts: [.text], helpId: "hapus huruf sebelum kursor", helpEn: "delete the character before the cursor", hint: false),
        KeyBinding(keys: [.delete], command: .deleteForward, contexts: [.text], helpId: "hapus huruf di kursor", helpEn: "delete the character at the cursor", hint: false),
        KeyBinding(keys: [.ctrl("u")], command: .clearText, contexts: [.text], helpId: "hapus sampai awal (kursor di akhir: kosongkan)", helpEn: "delete to the start (cursor at the end: clear)", hint: false),
        KeyBinding(keys: [.ctrl("k")], command: .killToEnd, contexts: [.text], helpId: "hapus sampai akhir", helpEn: "delete to the end", hint: false),
        KeyBinding(keys: [.ctrl("w")], command: .killWordBack, contexts: [.text], helpId: "hapus kata sebelum kursor", helpEn: "delete the word before the cursor", hint: false),
        KeyBinding(keys: [.pageUp], command: .pageUp, contexts: [.missions, .commodities, .checklists, .deals, .detail, .deal, .action, .help, .picker], helpId: "halaman sebelumnya", helpEn: "page up", hint: false),
        KeyBinding(keys: [.pageDown], command: .pageDown, contexts: [.missions, .commodities, .checklists, .deals, .detail, .deal, .action, .help, .picker], helpId: "halaman berikutnya", helpEn: "page down", hint: false),
        KeyBinding(keys: [.enter], command: .pick, contexts: [.picker], helpId: "pilih", helpEn: "choose", hint: true),
        KeyBinding(keys: [.escape], command: .cancelPick, contexts: [.picker], helpId: "batal", helpEn: "cancel", hint: true),
        KeyBinding(keys: [.home, .char("g")], command: .home, contexts: [.missions, .commodities, .checklists, .deals, .detail, .deal, .action, .help], helpId: "ke awal", helpEn: "to the top", hint: false),
        KeyBinding(keys: [.end, .char("G")], command: .end, contexts: [.missions, .commodities, .checklists, .deals, .detail, .deal, .action, .help], helpId: "ke akhir", helpEn: "to the end", hint: false),
        KeyBinding(keys: [.enter], command: .open, contexts: [.missions, .commodities, .checklists, .deals], helpId: "buka", helpEn: "open", hint: true),
        KeyBinding(keys: [.enter], command: .open, contexts: [.detail], helpId: "baris transaksi misi", helpEn: "the mission's deal lines", hint: true),
        KeyBinding(keys: [.escape, .backspace, .left], command: .back, contexts: [.detail, .deals, .deal, .action], helpId: "kembali", helpEn: "back", hint: true),
        KeyBinding(keys: [.char("/")], command: .filter, contexts: [.missions, .commodities, .checklists, .deals], helpId: "saring", helpEn: "filter", hint: true),
        KeyBinding(keys: [.enter], command: .applyFilter, contexts: [.filter], helpId: "pakai saringan", helpEn: "keep filter", hint: true),
        KeyBinding(keys: [.escape], command: .clearFilter, contexts: [.filter], helpId: "hapus saringan", helpEn: "clear filter", hint: true),
        KeyBinding(keys: [.escape], command: .clearFilter, contexts: [.missions, .commodities, .checklists], helpId: "hapus saringan", helpEn: "clear filter", hint: false),
        KeyBinding(keys: [.char("c")], command: .clearAllFilters, contexts: [.missions, .commodities, .checklists, .deals], helpId: "hapus semua saringan", helpEn: "clear all filters", hint: false),
        KeyBinding(keys: [.char("s")], command: .sort, contexts: [.missions], helpId: "urutkan: tanggal/nilai/mitra", helpEn: "sort: date/value/partner", hint: true),
        KeyBinding(keys: [.char("s")], command: .sort, contexts: [.commodities], helpId: "urutkan: nilai/nama", helpEn: "sort: value/name", hint: false),
        KeyBinding(keys: [.char("s")], command: .sort, contexts: [.checklists], helpId: "urutkan: makalah/tenggat", helpEn: "sort: paper/due date", hint: false),
        KeyBinding(keys: [.char("s")], command: .sort, contexts: [.deals], helpId: "urutkan: dicatat/nilai/tanggal/pihak", helpEn: "sort: recorded/value/date/party", hint: false),
        KeyBinding(keys: [.char("r")], command: .reverseSort, contexts: [.missions, .commodities, .deals], helpId: "balik urutan", helpEn: "reverse order", hint: false),
        KeyBinding(keys: [.char("y")], command: .year, contexts: [.missions], helpId: "saring tahun", helpEn: "filter by year", hint: true),
        KeyBinding(keys: [.char("v")], command: .view, contexts: [.commodities], helpId: "tampilan: total/arah/provinsi", helpEn: "view: total/direction/province", hint: true),
        KeyBinding(keys: [.char(" ")], command: .toggle, contexts: [.checklists, .action], helpId: "centang/batal centang", helpEn: "tick/untick", hint: true,
                   hintFirst: ("centang", "tick")),
        KeyBinding(keys: [.char("n")], command: .addNote, contexts: [.checklists, .action], helpId: "catatan", helpEn: "add a note", hint: true,
                   hintFirst: ("catatan", "note")),
        KeyBinding(keys: [.char("o")], command: .setOwner, contexts: [.checklists, .action], helpId: "penanggung jawab", helpEn: "change owner", hint: true,
                   hintFirst: ("PJ", "owner")),
        KeyBinding(keys: [.char("d")], command: .setDue, contexts: [.checklists, .action], helpId: "tenggat", helpEn: "set due date", hint: true,
                   hintFirst: ("tenggat", "due date")),
        KeyBinding(keys: [.char("i")], command: .inProgress, contexts: [.checklists, .action], helpId: "tandai sedang berjalan", helpEn: "mark in progress", hint: true,
                   hintFirst: ("berjalan", "in progress")),
        KeyBinding(keys: [.char("f")], command: .statusFilter, contexts: [.checklists], helpId: "saring: semua/belum selesai/selesai/terlambat", helpEn: "show: all/open/done/overdue", hint: true),
        KeyBinding(keys: [.char("w")], command: .ownerFilter, contexts: [.checklists], helpId: "saring penanggung jawab (pilih dari daftar)", helpEn: "filter by owner (choose from a list)", hint: false),
        KeyBinding(keys: [.char("m")], command: .missionFilter, contexts: [.checklists], helpId: "saring misi (pilih dari daftar)", helpEn: "filter by mission (choose from a list)", hint: false),
        KeyBinding(keys: [.enter], command: .submitPrompt, contexts: [.prompt], helpId: "simpan", helpEn: "save", hint: true),
        KeyBinding(keys: [.escape], command: .cancelPrompt, contexts: [.prompt], helpId: "batal", helpEn: "cancel", hint: true),
        KeyBinding(keys: [.char("u")], command: .undo, contexts: [.global], helpId: "urungkan perubahan terakhir", helpEn: "undo last change", hint: true),
        KeyBinding(keys: [.ctrl("r")], command: .redo, contexts: [.global], helpId: "ulangi", helpEn: "redo", hint: false),
        KeyBinding(keys: [.char("a")], command: .addDeal, contexts: [.missions, .detail, .deals, .deal], helpId: "catat transaksi", helpEn: "record a deal", hint: true),
        KeyBinding(keys: [.char("a")], command: .addDeal, contexts: [.commodities], helpId: "catat transaksi (komoditas ini)", helpEn: "record a deal (this commodity)", hint: false),
        KeyBinding(keys: [.char("N")], command: .newMission, contexts: [.missions], helpId: "misi baru hari ini", helpEn: "new mission for the day", hint: false),
        KeyBinding(keys: [.char("e")], command: .correctDeal, contexts: [.deals, .deal], helpId: "perbaiki transaksi", helpEn: "correct a deal", hint: true),
        KeyBinding(keys: [.char("x")], command: .withdrawDeal, contexts: [.deals, .deal], helpId: "tarik transaksi", helpEn: "withdraw a deal", hint: true),
        KeyBinding(keys: [.tab, .down], command: .formNext, contexts: [.form], helpId: "isian berikutnya", helpEn: "next field", hint: true),
        KeyBinding(keys: [.backTab, .up], command: .formPrev, contexts: [.form], helpId: "isian sebelumnya", helpEn: "previous field", hint: false),
        KeyBinding(keys: [.left], command: .formChoicePrev, contexts: [.form], helpId: "pilihan sebelumnya (di isian teks: kursor ke kiri)", helpEn: "previous option (in a text field: cursor left)", hint: false),
        KeyBinding(keys: [.right], command: .formChoiceNext, contexts: [.form], helpId: "pilihan berikutnya (di isian teks: kursor ke kanan)", helpEn: "next option (in a text field: cursor right)", hint: false),
        KeyBinding(keys: [.enter], command: .formSubmit, contexts: [.form], helpId: "lanjut / simpan", helpEn: "next / save", hint: true),
        KeyBinding(keys: [.escape], command: .formCancel, contexts: [.form], helpId: "batal", helpEn: "cancel", hint: true),
        KeyBinding(keys: [.ctrl("d")], command: .formDiscard, contexts: [.form], helpId: "buang isian dan drafnya (Esc menyimpan isian yang diubah sebagai draf)",
                   helpEn: "discard the form and its draft (Esc keeps a changed form as a draft)", hint: false),
        KeyBinding(keys: [.char("y"), .char("Y")], command: .formConfirm, contexts: [.formConfirm], helpId: "ya, simpan", helpEn: "yes, record it", hint: true),
        KeyBinding(keys: [.char("n"), .char("N"), .escape], command: .formReject, contexts: [.formConfirm], helpId: "tidak, kembali ke isian", helpEn: "no, back to the form", hint: true),
        KeyBinding(keys: [.char("p")], command: .present, contexts: [.global], helpId: "layar presentasi", helpEn: "presenter screen", hint: false),
        KeyBinding(keys: [.pageDown, .right, .down], command: .nextSlide, contexts: [.presenter], helpId: "halaman berikutnya", helpEn: "next slide", hint: true),
        KeyBinding(keys: [.pageUp, .left, .up], command: .prevSlide, contexts: [.presenter], helpId: "halaman sebelumnya", helpEn: "previous slide", hint: true),
        KeyBinding(keys: [.char("b")], command: .blank, contexts: [.presenter], helpId: "layar gelap", helpEn: "blank screen", hint: true),
        KeyBinding(keys: [.char(".")], command: .freeze, contexts: [.presenter], helpId: "bekukan layar", helpEn: "freeze screen", hint: true),
        KeyBinding(keys: [.char("r")], command: .rotate, contexts: [.presenter], helpId: "ganti halaman otomatis", helpEn: "auto-rotate slides", hint: true),
        KeyBinding(keys: [.char("q")], command: .quit, contexts: [.presenter], helpId: "keluar (minta konfirmasi)", helpEn: "quit (asks first)", hint: true),
        KeyBinding(keys: [.function(5), .escape, .char(" "), .enter], command: .ignore, contexts: [.presenter], helpId: "tidak berbuat apa-apa (tombol remote)", helpEn: "nothing (remote keys)", hint: false),
        KeyBinding(keys: [.char("y")], command: .confirmQuit, contexts: [.confirm], helpId: "ya, keluar", helpEn: "yes, quit", hint: true),
        KeyBinding(keys: [.char("n"), .escape], command: .cancelQuit, contexts: [.confirm], helpId: "tidak", helpEn: "no", hint: true),
        KeyBinding(keys: [.tab], command: .nextPanel, contexts: [.global], helpId: "panel berikutnya", helpEn: "next panel", hint: true),
        KeyBinding(keys: [.backTab], command: .prevPanel, contexts: [.global], helpId: "panel sebelumnya", helpEn: "previous panel", hint: false),
        KeyBinding(keys: [.char("1")], command: .showMissions, contexts: [.global], helpId: "panel misi", helpEn: "missions panel", hint: false),
        KeyBinding(keys: [.char("2")], command: .showCommodities, contexts: [.global], helpId: "panel komoditas", helpEn: "commodities panel", hint: false),
        KeyBinding(keys: [.char("3")], command: .showChecklists, contexts: [.global], helpId: "panel tindak lanjut", helpEn: "checklists panel", hint: false),
        KeyBinding(keys: [.char("?"), .function(1)], command: .help, contexts: [.global], helpId: "bantuan", helpEn: "help", hint: true),
        KeyBinding(keys: [.char("!")], command: .warnings, contexts: [.global], helpId: "daftar peringatan data", helpEn: "list the data's warnings", hint: false),
        KeyBinding(keys: [.escape, .char("?"), .char("!"), .char("q")], command: .back, contexts: [.help], helpId: "tutup bantuan", helpEn: "close help", hint: true),
        KeyBinding(keys: [.char("/")], command: .filter, contexts: [.help], helpId: "cari", helpEn: "search", hint: true),
        KeyBinding(keys: [.char("n")], command: .nextMatch, contexts: [.help], helpId: "hasil pencarian berikutnya", helpEn: "next match", hint: true),
        KeyBinding(keys: [.char("N")], command: .prevMatch, contexts: [.help], helpId: "hasil pencarian sebelumnya", helpEn: "previous match", hint: false),
        KeyBinding(keys: [.enter], command: .applyFilter, contexts: [.helpSearch], helpId: "selesai mengetik (n/N pindah)", helpEn: "done typing (n/N move)", hint: true),
        KeyBinding(keys: [.escape], command: .clearFilter, contexts: [.helpSearch], helpId: "hapus pencarian", helpEn: "clear the search", hint: true),
        KeyBinding(keys: [.char("q")], command: .quit, contexts: [.global], helpId: "keluar", helpEn: "quit", hint: true),
        // Ctrl-C (the key, or SIGINT from the terminal): asks as `q` does when something would be lost.
        KeyBinding(keys: [.ctrl("c")], command: .interrupt, contexts: [.global, .filter, .prompt, .form, .formConfirm, .picker, .help, .helpSearch, .conflict, .presenter],
                   helpId: "keluar (bertanya dulu bila ada yang belum tersimpan)", helpEn: "quit (asks first if something is not saved)", hint: false),
        KeyBinding(keys: [.ctrl("c")], command: .interrupt, contexts: [.confirm], helpId: "keluar tanpa menunggu", helpEn: "quit without waiting", hint: false),
        KeyBinding(keys: [.ctrl("c")], command: .interrupt, contexts: [.quitting], helpId: "keluar tanpa menunggu", helpEn: "quit without waiting", hint: true),
        KeyBinding(keys: [.char("a")], command: .applyAnyway, contexts: [.conflict], helpId: "terapkan perubahan saya", helpEn: "apply mine anyway", hint: true),
        // Not `k`: it moves up everywhere else, and a habit must not drop the user's change.
        KeyBinding(keys: [.escape], command: .keepTheirs, contexts: [.conflict], helpId: "biarkan perubahan mereka", helpEn: "keep theirs", hint: true),
    ])

    /// The command for `key` where the focus is; context bindings win over global ones. While a
    /// filter or help is open, global keys other than Ctrl-C do not apply (they are text or closed).
    public func command(for key: Key, in context: KeyContext) -> Command? {
        binding(for: key, in: context)?.command
    }

    /// The binding that takes `key` in `context`: a key of the context's own, then typed text
    /// (typing contexts), then a global key unless the context is closed to them.
    public func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        if let i = byKey[context]?[key] { return bindings[i] }
        if Self.typing.contains(context), let i = byKey[.text]?[key] { return bindings[i] }
        if let i = textIn[context], key.typedText != nil { return bindings[i] }
        if Self.closed.contains(context) { return nil }
        return byKey[.global]?[key].map { bindings[$0] }
    }

    /// Contexts where global keys do not apply: text entry, help, and the read-only presenter.
    public static let closed: Set<KeyContext> = [.filter, .prompt, .text, .form, .formConfirm, .picker, .help, .helpSearch, .presenter, .confirm, .conflict, .quitting]

    /// Contexts where text is typed: readline's editing keys (`.text`) apply there, after the
    /// context's own keys.
    public static let typing: Set<KeyContext> = [.filter, .prompt, .form, .picker]

    /// Bindings that apply in `context`, for the hint bar and help.
    public func active(in context: KeyContext) -> [KeyBinding] {
        var own = bindings.filter { $0.contexts.contains(context) }
        if Self.typing.contains(context) {
            // The editing keys the context does not take for itself.
            let taken = Set(own.flatMap(\.keys))
            own += bindings.filter { $0.contexts.contains(.text) && !$0.keys.allSatisfy(taken.contains) }
        }
        if Self.closed.contains(context) { return own }
        return own + bindings.filter { $0.contexts.contains(.global) }
    }

    /// Pairs of bindings that claim the same key in the same context (a test keeps this empty).
    public func conflicts() -> [(Key, KeyContext)] {
        var out: [(Key, KeyContext)] = []
        for ctx in KeyContext.allCases {
            var seen: Set<Key> = []
            let typing = bindings.contains { $0.contexts.contains(ctx) && $0.anyText }
            for b in bindings where b.contexts.contains(ctx) {
                for k in b.keys where !seen.insert(k).inserted { out.append((k, ctx)) }
                // A letter bound to a command where letters type would never be typed.
                for k in b.keys where typing && k.typedText != nil { out.append((k, ctx)) }
            }
        }
        return out
    }

    /// docs/KEYS.md, generated from this table (a test checks the file is current).
    public func markdown() -> String {
        var s = "# Keys\n\nGenerated from `KeyMap.standard` (Sources/TradeState/Keys/KeyMap.swift), the table that dispatches every key; `?` in the dashboard shows the same table.\n"
        for ctx in KeyContext.allCases {
            let list = bindings.filter { $0.contexts.contains(ctx) }
            if list.isEmpty { continue }
            s += "\n## \(ctx.title(.en)) · \(ctx.title(.id))\n\n| keys | action | tindakan |\n|---|---|---|\n"
            for b in list { s += "| `\(b.label)` | \(b.helpEn) | \(b.helpId) |\n" }
        }
        s += "\nA due date is typed as YYYY-MM-DD (empty for none).\n"
        s += "Mouse (SGR reporting, any width): click a tab or a row to focus and select it, click the selected row to open it (as Enter), "
            + "wheel to scroll the list, detail or help under the pointer. The projector ignores clicks.\n"
        return s
    }
}

