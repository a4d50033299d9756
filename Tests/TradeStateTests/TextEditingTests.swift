import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// Every typed field edits as readline does: the keys move and delete where the cursor is, and a
/// pre-filled value is replaced by the first character typed, kept by a movement key.
@Suite struct TextEditingTests {
    let m = Fixture.shared

    /// The Checklists panel with the cursor on `act-batam-hub` (owner "Pemprov Kepri").
    func onBatamHub() throws -> AppState {
        var s = Fixture.state()
        s.press(.char("3"))
        let row = try #require(s.checklistRows.firstIndex { i in
            if case .action(let a) = m.checklist[i] { return m.dataset.actions[a].id == "act-batam-hub" }
            return false
        })
        for _ in 0..<row { s.press(.down) }
        return s
    }

    @Test func everyReadlineKeyInANote() throws {
        var store = TestStore(try onBatamHub())
        store.send(.char("n")) { $0.prompt = Prompt(kind: .note, actionId: "act-batam-hub") }
        for (i, c) in "pasar ikan".enumerated() {
            store.send(.char(c)) { $0.prompt?.field = TextField(String("pasar ikan".prefix(i + 1))) }
        }
        store.send(.ctrl("a")) { $0.prompt?.field = TextField("pasar ikan", cursor: 0) }
        store.send(.alt("f")) { $0.prompt?.field = TextField("pasar ikan", cursor: 5) }
        store.send(.right) { $0.prompt?.field = TextField("pasar ikan", cursor: 6) }
        store.send(.ctrl("e")) { $0.prompt?.field = TextField("pasar ikan", cursor: 10) }
        store.send(.alt("b")) { $0.prompt?.field = TextField("pasar ikan", cursor: 6) }
        store.send(.left) { $0.prompt?.field = TextField("pasar ikan", cursor: 5) }
        store.send(.char(",")) { $0.prompt?.field = TextField("pasar, ikan", cursor: 6) }
        store.send(.backspace) { $0.prompt?.field = TextField("pasar ikan", cursor: 5) }
        store.send(.delete) { $0.prompt?.field = TextField("pasarikan", cursor: 5) }
        store.send(.ctrl("k")) { $0.prompt?.field = TextField("pasar", cursor: 5) }
        store.send(.home) { $0.prompt?.field = TextField("pasar", cursor: 0) }
        store.send(.backspace) // nothing before the cursor
        store.send(.end) { $0.prompt?.field = TextField("pasar", cursor: 5) }
        store.send(.delete) // nothing after it
        store.send(.char(" ")) { $0.prompt?.field = TextField("pasar ") }
        store.send(.char("-")) { $0.prompt?.field = TextField("pasar -") }
        // Ctrl-W: back over spaces, then to the space before the word (as readline).
        store.send(.ctrl("w")) { $0.prompt?.field = TextField("pasar ") }
        store.send(.ctrl("w")) { $0.prompt?.field = TextField("") }
        store.state.type("rapat di Surabaya")
        store.send(.alt("b")) { $0.prompt?.field = TextField("rapat di Surabaya", cursor: 9) }
        store.send(.ctrl("u")) { $0.prompt?.field = TextField("Surabaya", cursor: 0) }
        store.send(.ctrl("k")) { $0.prompt?.field = TextField("", cursor: 0) }
    }

    @Test func aPrefilledOwnerIsReplacedByTheFirstCharacterAndKeptByAMove() throws {
        var store = TestStore(try onBatamHub())
        let v = Dataset.fixturesVersion
        store.send(.char("o")) { $0.prompt = Prompt(kind: .owner, actionId: "act-batam-hub", text: "Pemprov Kepri", basedOn: v, prefilled: true) }
        #expect(store.state.prompt?.field == TextField("Pemprov Kepri", cursor: 13, selected: true))
        var typed = store
        typed.send(.char("B")) { $0.prompt?.field = TextField("B") }
        typed.send(.char("P")) { $0.prompt?.field = TextField("BP") }
        var moved = store
        moved.send(.left) { $0.prompt?.field = TextField("Pemprov Kepri", cursor: 12) }
        moved.send(.char("x")) { $0.prompt?.field = TextField("Pemprov Keprxi", cursor: 13) }
        var ended = store
        ended.send(.end) { $0.prompt?.field = TextField("Pemprov Kepri") }
        ended.send(.char("!")) { $0.prompt?.field = TextField("Pemprov Kepri!") }
        var deleted = store
        deleted.send(.backspace) { $0.prompt?.field = TextField("") }
        var killed = store
        killed.send(.ctrl("w")) { $0.prompt?.field = TextField("") }
        // The due date opens selected too; an empty one has nothing to select.
        store.send(.escape) { $0.prompt = nil }
        store.send(.char("d")) { $0.prompt = Prompt(kind: .due, actionId: "act-batam-hub", text: "", basedOn: v, prefilled: true) }
        #expect(store.state.prompt?.field.selected == false)
    }

    /// Wide characters take two columns: the cursor is drawn where they end.
    @Test func wideCharactersAreCountedByTheirWidth() {
        var f = TextField()
        for c in "大阪府 x" { f.apply(.insert(c)) }
        #expect(f.text == "大阪府 x" && f.cursor == 5 && f.cursorColumn == 8)
        f.apply(.wordBack)
        #expect(f.cursor == 4 && f.cursorColumn == 7)
        f.apply(.wordBack)
        #expect(f.cursor == 0 && f.cursorColumn == 0)
        f.apply(.right)
        #expect(f.beforeCursor == "大" && f.fromCursor == "阪府 x" && f.cursorColumn == 2)
        f.apply(.deleteForward)
        #expect(f.text == "大府 x" && f.cursorColumn == 2)
        // A field's limit is kept, and the caller is told.
        var full = TextField("ab")
        #expect(!full.apply(.insert("c"), maxLength: 2) && full.text == "ab")
    }

    /// The list filter edits in place: the rows follow the text, whatever the cursor did.
    @Test func theFilterEditsWhereTheCursorIs() {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("balikpapan")
        let two = s.missionRows
        #expect(two.count == 2)
        s.press(.ctrl("a"), .delete)
        #expect(s.lists[.missions]?.filter == "alikpapan" && s.filterCursor == 0 && s.missionRows == two)
        s.press(.char("X"))
        #expect(s.lists[.missions]?.filter == "Xalikpapan" && s.filterCursor == 1 && s.missionRows.isEmpty)
        s.press(.backspace, .ctrl("e"), .alt("b"), .ctrl("k"))
        #expect(s.lists[.missions]?.filter == "" && s.filterCursor == nil && s.missionRows.count == m.aggregates.missions.count)
        s.type("kal")
        #expect(s.lists[.missions]?.filter == "kal" && s.filterCursor == nil)
        // Leaving and coming back puts the cursor at the end again.
        s.press(.left, .enter, .char("/"), .char("t"))
        #expect(s.lists[.missions]?.filter == "kalt")
    }

    /// In a form, ←/→ step a choice but move the cursor in a text field; the editing keys work there.
    @Test func aFormTextFieldEditsAndAChoiceSteps() throws {
        var s = Fixture.state()
        s.press(.char("a"))
        var store = TestStore(s)
        let party = try #require(s.form?.index("party"))
        for _ in 0..<party { store.state.press(.tab) }
        store.state.type("PT Maju Jaya")
        store.send(.alt("b")) { $0.form?.fields[party].kind = .text(TextField("PT Maju Jaya", cursor: 8)) }
        store.send(.left) { $0.form?.fields[party].kind = .text(TextField("PT Maju Jaya", cursor: 7)) }
        store.send(.ctrl("w")) { $0.form?.fields[party].kind = .text(TextField("PT  Jaya", cursor: 3)) }
        store.send(.ctrl("a")) { $0.form?.fields[party].kind = .text(TextField("PT  Jaya", cursor: 0)) }
        store.send(.ctrl("k")) { $0.form?.fields[party].kind = .text(TextField("")) }
        store.send(.backTab) { $0.form?.focus = party - 1 }
        guard case .choice(let ids, let labels, 0)? = store.state.form?.fields[party - 1].kind else { Issue.record("commodity"); return }
        let unit = try #require(store.state.form?.index("unit"))
        store.send(.right) {
            $0.form?.fields[party - 1].kind = .choice(ids, labels: labels, index: 1)
            // The unit follows the commodity: what it shows is what will be recorded.
            $0.form?.fields[unit].kind = .text(.prefilled("ton"))
        }
    }
}
