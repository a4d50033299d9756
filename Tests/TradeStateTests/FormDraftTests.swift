import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// Esc on a form with changes keeps them as a draft; the same kind of form opens with it again,
/// and a save or Ctrl-D clears it. An untouched form closes at once, keeping nothing.
@Suite struct FormDraftTests {
    let m = Fixture.shared

    /// The new deal's form (on m2025-kepri) with "PT Maju" typed as its party.
    var typedDraft: Form {
        var f = Form.deal(mission: "m2025-kepri", model: m)
        f.fields[3].kind = .text(TextField("PT Maju"))
        f.focus = 3
        return f
    }

    func typing(_ store: inout TestStore) {
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", model: self.m) }
        store.send(.tab) { $0.form?.focus = 1 }
        store.send(.tab) { $0.form?.focus = 2 }
        store.send(.tab) { $0.form?.focus = 3 }
        var typed = ""
        for c in "PT Maju" {
            typed.append(c)
            store.send(.char(c)) { [typed] in $0.form?.fields[3].kind = .text(TextField(typed)) }
        }
    }

    @Test func escKeepsTheTypedFormAndTheNextFormRestoresIt() {
        var store = TestStore()
        typing(&store)
        let draft = typedDraft
        store.send(.escape) {
            $0.form = nil
            $0.formDraft = draft
            $0.status = StatusMessage(text: "Isian disimpan sebagai draf; a membukanya lagi, Ctrl-D di dalamnya membuangnya", isError: false,
                                      short: "Draf disimpan; a membukanya lagi")
        }
        var restored = draft
        restored.opened = restored.values
        store.send(.char("a")) {
            $0.form = restored
            $0.status = StatusMessage(text: "Draf dipulihkan — Ctrl-D membuangnya", isError: false)
        }
        // Unchanged since it was restored: Esc closes it, the draft stays as it was.
        store.send(.escape) { $0.form = nil }
        // Another kind of form does not take it.
        store.send(.char("N")) { $0.form = .mission(model: self.m) }
        store.send(.escape) { $0.form = nil }
        store.send(.char("a")) {
            $0.form = restored
            $0.status = StatusMessage(text: "Draf dipulihkan — Ctrl-D membuangnya", isError: false)
        }
        // Ctrl-D discards it: the next form is a fresh one.
        store.send(.ctrl("d")) {
            $0.form = nil
            $0.formDraft = nil
            $0.status = StatusMessage(text: "Isian dibuang", isError: false)
        }
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", model: self.m) }
    }

    @Test func anUntouchedFormClosesAtOnceAndKeepsNothing() {
        var store = TestStore()
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", model: self.m) }
        store.send(.tab) { $0.form?.focus = 1 }
        store.send(.escape) { $0.form = nil }
    }

    @Test func aSaveClearsTheDraft() {
        var store = TestStore()
        typing(&store)
        store.send(.escape) {
            $0.form = nil
            $0.formDraft = self.typedDraft
            $0.status = StatusMessage(text: "Isian disimpan sebagai draf; a membukanya lagi, Ctrl-D di dalamnya membuangnya", isError: false,
                                      short: "Draf disimpan; a membukanya lagi")
        }
        store.state.press(.char("a"), .tab, .tab, .tab, .tab)
        store.state.type("1000000")
        let effects = store.send(.enter) {
            $0.form = nil
            $0.formDraft = nil
            $0.idCounter = 2
            $0.dealDefaults = DealDefaults(mission: "m2025-kepri", direction: .sell, commodity: nil, unit: nil, party: "PT Maju")
            $0.inFlight = ["d-test-1"]
        }
        guard case .record(let b, _, _, _)? = effects.first, case .dealRecorded(let d) = b[0] else { Issue.record("\(effects)"); return }
        #expect(d.party == "PT Maju" && d.valueRupiah == 1_000_000)
    }
}
