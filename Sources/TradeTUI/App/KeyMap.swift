import TradeModel

/// A key as the run loop reports it, independent of ncurses.
enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
}

/// What a key asks for, named for the user's intent.
enum Command: String, CaseIterable, Sendable {
    case quit, help, nextPanel, prevPanel, showMissions, showCommodities, showChecklists
    case up, down, pageUp, pageDown, home, end, open, back, filter, sort, reverseSort, year, view
    case applyFilter, clearFilter
    case toggle, undo, redo, addNote, setOwner, setDue, statusFilter, ownerFilter, missionFilter
    case submitPrompt, cancelPrompt
}

/// Where the focus is; bindings apply in their contexts.
enum KeyContext: String, CaseIterable, Sendable {
    case global, missions, commodities, checklists, deals, detail, action, filter, prompt, help
}

struct KeyBinding: Sendable {
    var keys: [Key]
    /// How the keys are written in help and the hint bar.
    var label: String
    var command: Command
    var contexts: [KeyContext]
    var helpId: String
    var helpEn: String
    /// Shown in the one-line hint bar (the rest only in `?` help).
    var hint: Bool

    func help(_ l: Language) -> String { l == .id ? helpId : helpEn }
}

/// The one table that drives input, the hint bar, `?` help and docs/KEYS.md.
struct KeyMap: Sendable {
    var bindings: [KeyBinding]

    static let standard = KeyMap(bindings: [
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
        KeyBinding(keys: [.tab], label: "Tab", command: .nextPanel, contexts: [.global], helpId: "panel berikutnya", helpEn: "next panel", hint: true),
        KeyBinding(keys: [.backTab], label: "S-Tab", command: .prevPanel, contexts: [.global], helpId: "panel sebelumnya", helpEn: "previous panel", hint: false),
        KeyBinding(keys: [.char("1")], label: "1", command: .showMissions, contexts: [.global], helpId: "panel misi", helpEn: "missions panel", hint: false),
        KeyBinding(keys: [.char("2")], label: "2", command: .showCommodities, contexts: [.global], helpId: "panel komoditas", helpEn: "commodities panel", hint: false),
        KeyBinding(keys: [.char("3")], label: "3", command: .showChecklists, contexts: [.global], helpId: "panel tindak lanjut", helpEn: "checklists panel", hint: false),
        KeyBinding(keys: [.char("?"), .function(1)], label: "?/F1", command: .help, contexts: [.global], helpId: "bantuan", helpEn: "help", hint: true),
        KeyBinding(keys: [.escape, .char("?"), .char("q")], label: "Esc/?/q", command: .back, contexts: [.help], helpId: "tutup bantuan", helpEn: "close help", hint: true),
        KeyBinding(keys: [.char("q"), .ctrl("c")], label: "q/^C", command: .quit, contexts: [.global], helpId: "keluar", helpEn: "quit", hint: true),
        KeyBinding(keys: [.ctrl("c")], label: "^C", command: .quit, contexts: [.filter, .prompt, .help], helpId: "keluar", helpEn: "quit", hint: false),
    ])

    /// The command for `key` where the focus is; context bindings win over global ones. While a
    /// filter or help is open, global keys other than Ctrl-C do not apply (they are text or closed).
    func command(for key: Key, in context: KeyContext) -> Command? {
        if let b = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) { return b.command }
        if context == .filter || context == .prompt || context == .help { return nil }
        return bindings.first { $0.contexts.contains(.global) && $0.keys.contains(key) }?.command
    }

    /// Bindings that apply in `context`, for the hint bar and help.
    func active(in context: KeyContext) -> [KeyBinding] {
        let own = bindings.filter { $0.contexts.contains(context) }
        if context == .filter || context == .prompt || context == .help { return own }
        return own + bindings.filter { $0.contexts.contains(.global) }
    }

    /// Pairs of bindings that claim the same key in the same context (a test keeps this empty).
    func conflicts() -> [(Key, KeyContext)] {
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
    func markdown() -> String {
        var s = "# Keys\n\nGenerated from `KeyMap.standard` (Sources/TradeTUI/App/KeyMap.swift); `?` in the dashboard shows the same table.\n"
        for ctx in KeyContext.allCases {
            let list = bindings.filter { $0.contexts.contains(ctx) }
            if list.isEmpty { continue }
            s += "\n## \(ctx.title)\n\n| keys | action | tindakan |\n|---|---|---|\n"
            for b in list { s += "| `\(b.label)` | \(b.helpEn) | \(b.helpId) |\n" }
        }
        s += "\nWhile filtering or typing a note, owner or due date (YYYY-MM-DD, empty for none), typed text edits it and Backspace deletes.\n"
        s += "Mouse: click a tab or a row to focus and select it, click the selected row to open it, wheel to scroll.\n"
        return s
    }
}

extension KeyContext {
    var title: String {
        switch self {
        case .global: "Everywhere"
        case .missions: "Missions (1)"
        case .commodities: "Commodities (2)"
        case .checklists: "Checklists (3)"
        case .deals: "Deals of a commodity"
        case .detail: "Detail views"
        case .action: "A follow-up action (detail and history)"
        case .prompt: "While typing a note, owner or due date"
        case .filter: "While typing a filter"
        case .help: "Help"
        }
    }
}
