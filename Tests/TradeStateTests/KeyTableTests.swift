import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// The key table is the dispatcher: every key help lists runs the command help names for it, in
/// every context, typing contexts included.
@Suite struct KeyTableTests {
    let m = Fixture.shared

    /// A state whose focus is `ctx`, reached by keys as a user would.
    func state(in ctx: KeyContext) throws -> AppState {
        var s = Fixture.state()
        switch ctx {
        case .global, .missions: break
        case .commodities: s.press(.char("2"))
        case .checklists: s.press(.char("3"))
        case .deals: s.press(.char("2"), .enter)
        case .detail: s.press(.enter)
        case .deal: s.press(.char("2"), .enter, .enter)
        case .helpSearch: s.press(.char("?"), .char("/"))
        case .action: s.press(.char("3"), .down, .enter)
        case .filter: s.press(.char("/"))
        case .prompt, .text: s.press(.char("3"), .down, .char("n"))
        case .picker: s.press(.char("3"), .char("w"))
        case .form: s.press(.char("a"))
        case .formConfirm:
            s.press(.char("a"), .tab, .tab, .tab, .tab, .tab, .tab, .tab)
            s.type("60000000000")
            s.press(.enter)
        case .help: s.press(.char("?"))
        case .presenter: s.press(.char("p"))
        case .confirm: s.press(.char("p"), .char("q"))
        // `y` to quit while a tick is on its way to the journal: it is saved, then the desk quits.
        case .quitting: s.press(.char("3"), .down, .char(" "), .char("q"), .char("y"))
        case .conflict:
            // This desk's tick reached the journal after another desk's change: not applied.
            let mine = JournalEvent(eventId: "mine", at: "2026-11-23T01:00:00Z", user: "ana",
                                    body: .actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open), basedOn: Dataset.fixturesVersion)
            let later = try Fixture.model { $0.conflicts = [Conflict(event: mine, basedOn: Dataset.fixturesVersion, current: "theirs")] }
            _ = Reducer.reduce(&s, .recorded([mine], .change), later)
        }
        return s
    }

    @Test(arguments: KeyContext.allCases)
    func everyListedKeyRunsItsCommand(context ctx: KeyContext) throws {
        let base = try state(in: ctx)
        #expect(base.context == ctx || ctx == .global || (ctx == .text && base.context == .prompt), "reached \(base.context)")
        let listed = KeyMap.standard.active(in: ctx == .global ? .missions : ctx)
        #expect(!listed.isEmpty)
        for b in listed {
            let keys: [Key] = b.anyText ? [.char("x"), .char("7"), .char("é"), .char("q"), .char("k")] : b.keys
            for k in keys {
                var viaKey = base
                let effects = Reducer.reduce(&viaKey, .key(k), m)
                var direct = base
                if direct.conflict == nil { direct.status = nil }
                let before = direct
                let expected = Reducer.inFlight(&direct, Reducer.perform(&direct, b.command, key: k, m), b.command, before: before)
                #expect(viaKey == direct && effects == expected, "\(ctx): \(k.label) should run \(b.command)")
            }
        }
    }

    /// Letters type where text is typed: help never lists a letter that would type instead.
    @Test func whereLettersTypeNoLetterIsACommand() throws {
        for ctx in [KeyContext.filter, .prompt, .form, .picker] {
            for b in KeyMap.standard.active(in: ctx) where !b.anyText {
                #expect(b.keys.allSatisfy { $0.typedText == nil }, "\(ctx): \(b.label) is text there")
            }
        }
        var s = try state(in: .filter)
        s.press(.char("k"), .char("j"), .char("q"))
        #expect(s.lists[.missions]?.filter == "kjq" && !s.quitting)
    }

    @Test func labelsAreMadeFromTheKeys() {
        let back = KeyMap.standard.bindings.first { $0.command == .back && $0.contexts.contains(.detail) }
        #expect(back?.label == "Esc/⌫/←", "← goes back, so help says so")
        #expect(Key.ctrl("r").label == "^R" && Key.char(" ").label == "Space" && Key.function(5).label == "F5")
    }

    /// `?` help in Indonesian has Indonesian headings and calls the space bar `Spasi`; docs/KEYS.md
    /// names both.
    @Test func helpHeadingsAndKeyNamesFollowTheLanguage() throws {
        #expect(Key.char(" ").label(.id) == "Spasi" && Key.char(" ").label(.en) == "Space" && Key.enter.label(.id) == "Enter")
        let tick = try #require(KeyMap.standard.bindings.first { $0.command == .toggle })
        #expect(tick.label(.id) == "Spasi" && tick.label == "Space")
        var s = Fixture.state()
        s.press(.char("?"))
        let id = HelpContent.lines(s).map { $0.map(\.text).joined() }
        for ctx in KeyContext.allCases where KeyMap.standard.bindings.contains(where: { $0.contexts.contains(ctx) }) {
            #expect(id.contains(ctx.title(.id)) && !id.contains(ctx.title(.en)), "\(ctx)")
        }
        #expect(id.contains("Di mana saja") && id.contains("Tindak lanjut (3)"))
        #expect(id.contains { $0.hasPrefix("  Spasi ") } && !id.contains { $0.contains("Space") })
        let en = HelpContent.lines(Fixture.state(lang: .en)).map { $0.map(\.text).joined() }
        #expect(en.contains("Everywhere") && en.contains { $0.hasPrefix("  Space ") } && !en.contains("Di mana saja"))
        let md = KeyMap.standard.markdown()
        #expect(md.contains("## Everywhere · Di mana saja") && md.contains("| `Space` | tick/untick | centang/batal centang |"))
    }

    /// The deal form's choices are named in the interface's language only.
    @Test func formChoicesFollowTheLanguage() {
        func labels(_ l: Language, _ field: String) -> [String] {
            guard case .choice(_, let labels, _)? = Form.deal(mission: "m2025-kaltim", model: m, lang: l).field(field)?.kind else { return [] }
            return labels
        }
        #expect(labels(.id, "direction") == ["Jual", "Beli", "Investasi"] && labels(.en, "direction") == ["Sell", "Buy", "Investment"])
        #expect(labels(.id, "commodity").contains("Hasil laut") && !labels(.id, "commodity").contains { $0.contains("Seafood") })
        #expect(labels(.en, "commodity").contains("Seafood"))
        #expect(labels(.id, "mission").first == "8 Des 2025 · Batam" && labels(.en, "mission").first == "8 Dec 2025 · Batam")
    }

    @Test func typingEditsTheFocusedField() throws {
        var store = TestStore(try state(in: .prompt))
        store.send(.char("o")) { $0.prompt?.text = "o" }
        store.send(.char("k")) { $0.prompt?.text = "ok" }
        store.send(.backspace) { $0.prompt?.text = "o" }
        store.send(.ctrl("u")) { $0.prompt?.text = "" }
        store.send(.enter) { $0.prompt?.error = "catatan kosong" }
        store.send(.ctrl("u")) { $0.prompt?.error = nil }
        // A paste longer than a note may be: kept to the limit, and the prompt says it cut.
        for _ in 0..<Prompt.maxLength { store.state.press(.char("x")) }
        store.send(.char("y")) { $0.prompt?.error = "dipotong: paling banyak 500 huruf" }
        #expect(store.state.prompt?.text.count == Prompt.maxLength)
        var form = TestStore(try state(in: .form))
        form.send(.tab) { $0.form?.focus = 1 }
        guard case .choice(let ids, let labels, 0)? = form.state.form?.fields[1].kind else { Issue.record("direction after the mission"); return }
        // "b": the first option starting with b (Beli / Buy); ← steps back and wraps.
        form.send(.char("b")) { $0.form?.fields[1].kind = .choice(ids, labels: labels, index: 1) }
        form.send(.left) { $0.form?.fields[1].kind = .choice(ids, labels: labels, index: 0) }
        form.send(.left) { $0.form?.fields[1].kind = .choice(ids, labels: labels, index: 2) }
        form.send(.tab) { $0.form?.focus = 2 }
    }
}
