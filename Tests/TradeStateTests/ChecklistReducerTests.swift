import Testing
import TradeModel
import TradeStore
@testable import TradeState
import TradeTestSupport
import TradeView

@Suite struct ChecklistReducerTests {
    let m = Fixture.shared

    /// Checklists panel with the cursor on the action `id`.
    func onAction(_ id: String) throws -> AppState {
        var s = Fixture.state()
        s.press(.char("3"))
        let row = try #require(s.checklistRows.firstIndex { i in
            if case .action(let a) = m.checklist[i] { return m.dataset.actions[a].id == id }
            return false
        })
        for _ in 0..<row { s.press(.down) }
        return s
    }

    func stamped(_ b: JournalEvent.Body, _ n: Int, undoes: String? = nil) -> JournalEvent {
        JournalEvent(eventId: "e\(n)", at: "2026-11-23T01:00:0\(n)Z", user: "ana", body: b, undoes: undoes)
    }

    @Test func spaceRecordsATickAndTheScreenChangesOnlyWhenDurable() throws {
        var store = TestStore(try onAction("act-cyber-hoax"))
        let body = JournalEvent.Body.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .unknown)
        // Nothing changes on screen until the journal says the tick is durable.
        let fx = store.send(.char(" ")) { $0.inFlight = ["act-cyber-hoax"] }
        #expect(fx == [.record([body], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)], "made from the version on screen")
        // A second change to it waits: it would be made from a version the screen does not show yet.
        #expect(store.send(.char(" ")) { $0.status = StatusMessage(text: "Tunggu: perubahan sebelumnya masih disimpan", isError: true) }.isEmpty)
        let event = stamped(body, 1)
        store.receive(.recorded([event], .change)) {
            $0.inFlight = []
            $0.undo = [event]
            $0.status = StatusMessage(text: "✓ Tersimpan di jurnal", isError: false)
        }
        store.receive(.recordFailed("disk full")) {
            $0.status = StatusMessage(text: "✗ Tidak tersimpan: disk full", isError: true)
        }
    }

    @Test func undoAndRedoAppendNewEvents() throws {
        var s = try onAction("act-cyber-hoax")
        let tick = stamped(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .unknown), 1)
        #expect(Reducer.reduce(&s, .recorded([tick], .change), m).isEmpty)
        let u = Reducer.reduce(&s, .key(.char("u")), m)
        // Undo is right only while the action is still as this desk left it (at e1).
        #expect(u == [.record([.actionStatusSet(actionId: "act-cyber-hoax", status: .unknown, previous: .done)], undoes: "e1", basedOn: "e1", purpose: .undo(tick))])
        #expect(Reducer.reduce(&s, .recorded([stamped(.actionStatusSet(actionId: "act-cyber-hoax", status: .unknown, previous: .done), 2, undoes: "e1")], .undo(tick)), m).isEmpty)
        var undone = tick
        undone.basedOn = "e2"
        #expect(s.undo.isEmpty && s.redo == [undone], "redo remembers the version the undo left")
        let r = Reducer.reduce(&s, .key(.ctrl("r")), m)
        #expect(r == [.record([tick.body], undoes: nil, basedOn: "e2", purpose: .redo(undone))])
        let again = stamped(tick.body, 3)
        #expect(Reducer.reduce(&s, .recorded([again], .redo(undone)), m).isEmpty)
        #expect(s.redo.isEmpty && s.undo == [again])
        #expect(Reducer.reduce(&s, .key(.ctrl("r")), m).isEmpty)
        s.undo = []
        #expect(Reducer.reduce(&s, .key(.char("u")), m).isEmpty)
        #expect(s.status?.text.isEmpty == false, "says there is nothing to undo")
    }

    @Test func notesOwnersAndDueDatesAreTypedAndValidated() throws {
        var s = try onAction("act-batam-hub")
        s.press(.char("n"))
        #expect(s.context == .prompt)
        s.press(.enter)
        #expect(s.prompt?.error != nil, "an empty note is refused")
        s.type("rapat uqv")
        #expect(!s.quitting, "q is text in a prompt")
        let fx = Reducer.reduce(&s, .key(.enter), m)
        #expect(fx == [.record([.actionNoteAdded(actionId: "act-batam-hub", note: "rapat uqv")], undoes: nil, purpose: .change)])
        #expect(s.prompt == nil)
        _ = Reducer.reduce(&s, .recorded([stamped(.actionNoteAdded(actionId: "act-batam-hub", note: "rapat uqv"), 1)], .change), m)

        s.press(.char("o"))
        #expect(s.prompt?.text == "Pemprov Kepri")
        for _ in 0..<13 { s.press(.backspace) }
        s.type("BP Batam")
        #expect(Reducer.reduce(&s, .key(.enter), m) == [.record([.actionOwnerSet(actionId: "act-batam-hub", owner: "BP Batam", previous: "Pemprov Kepri")], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)])
        _ = Reducer.reduce(&s, .recordFailed("test: the owner change is not saved"), m)

        s.press(.char("d"))
        s.type("2026-02-30")
        #expect(Reducer.reduce(&s, .key(.enter), m).isEmpty)
        #expect(s.prompt?.error != nil, "a date that does not exist is refused")
        for _ in 0..<2 { s.press(.backspace) }
        s.type("28")
        #expect(Reducer.reduce(&s, .key(.enter), m) == [.record([.actionDueSet(actionId: "act-batam-hub", due: PartialDate(parsing: "2026-02-28"), previous: nil)], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)])
        s.press(.char("d"), .escape)
        #expect(s.prompt == nil && s.context == .checklists)
    }

    @Test func filtersByStatusOwnerAndMission() throws {
        let done = try Fixture.model { ds in
            ds.actions[1].status = .done
            // Only a stated due date makes an action overdue (the bundled one is inferred).
            if let i = ds.actions.firstIndex(where: { $0.id == "act-cyber-hoax" }) { ds.actions[i].dueBasis = .stated }
        }
        var s = Fixture.state(done)
        s.press(.char("3"), model: done)
        func actions() -> [FollowUpAction] {
            s.checklistRows.compactMap { i in
                if case .action(let a) = done.checklist[i] { return done.dataset.actions[a] }
                return nil
            }
        }
        s.press(.char("f"), model: done)
        #expect(s.checklistStatus == .open && actions().allSatisfy { $0.status != .done } && actions().count == 10)
        s.press(.char("f"), model: done)
        #expect(actions().map(\.id) == [done.dataset.actions[1].id])
        s.press(.char("f"), model: done)
        #expect(actions().map(\.id) == ["act-cyber-hoax"])
        s.press(.char("f"), model: done)
        #expect(s.checklistStatus == .all && actions().count == 11)
        // The owner and mission are chosen from a picker, by typing part of a name.
        s.press(.char("w"), model: done)
        s.type("bank indo", model: done)
        s.press(.enter, model: done)
        #expect(s.checklistOwner == "Bank Indonesia Jatim" && s.picker == nil)
        #expect(actions().map(\.id) == ["act-bi-validation"])
        // The owner and mission filters combine: Bank Indonesia has nothing for Batam, one for Kalsel.
        s.press(.char("m"), model: done)
        s.type("batam", model: done)
        s.press(.enter, model: done)
        #expect(s.checklistMission == "a2025-batam" && actions().isEmpty)
        s.press(.char("m"), model: done)
        s.type("SELATAN", model: done)
        s.press(.enter, model: done)
        #expect(s.checklistMission == "m2025-kalsel")
        #expect(actions().map(\.id) == ["act-bi-validation"])
        // "All" (first in the list) clears a filter: Kalsel's actions of every owner.
        s.press(.char("w"), model: done)
        s.type("semua", model: done)
        s.press(.enter, model: done)
        #expect(s.checklistOwner == nil && s.checklistMission == "m2025-kalsel")
        #expect(actions().map(\.id) == done.dataset.actions.filter { $0.mission == "m2025-kalsel" }.map(\.id))
    }

    /// Journal times (UTC) in the zone the run loop read from the machine: the fixture's WIB.
    @Test func historyShowsWhoDidWhatWhen() throws {
        let hist = try Fixture.model { ds in
            ds.actionHistory["act-cyber-hoax"] = [
                ActionChange(eventId: "e1", at: "2026-11-23T01:02:03Z", user: "ana", body: .actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open), undoes: nil),
                ActionChange(eventId: "e2", at: "2026-11-23T01:05:00Z", user: "budi", body: .actionNoteAdded(actionId: "act-cyber-hoax", note: "terpasang"), undoes: nil),
                ActionChange(eventId: "e3", at: "2026-11-30T16:30:00Z", user: "citra",
                             body: .actionOwnerSet(actionId: "act-cyber-hoax", owner: "Diskominfo Jatim", previous: "Diskominfosan Malut"), undoes: nil),
                ActionChange(eventId: "e4", at: "2026-11-30T16:31:00Z", user: "citra",
                             body: .actionStatusSet(actionId: "act-cyber-hoax", status: .open, previous: .done), undoes: "e1"),
            ]
        }
        func history(_ lang: Language, _ zone: LocalZone) -> String {
            var s = Reducer.initial(hist, width: 100, height: 40, lang: lang, user: "ana", zone: zone)
            s.press(.char("3"), .char("/"), model: hist)
            s.type("hoax", model: hist)
            s.press(.enter, .down, .enter, model: hist)
            return FrameView.render(s, hist).lines().joined(separator: "\n")
        }
        let id = history(.id, .wib)
        #expect(id.contains("23 Nov 2026 08.02 WIB  ana  [✓] selesai (dari belum selesai)"), "\(id)")
        #expect(id.contains("23 Nov 2026 08.05 WIB  budi  ✎ terpasang"))
        #expect(id.contains("30 Nov 2026 23.30 WIB  citra  penanggung jawab → Diskominfo Jatim (dari Diskominfosan Malut)"))
        #expect(id.contains("30 Nov 2026 23.31 WIB  citra  [ ] belum selesai (dari selesai)  ↶ dibatalkan"))
        #expect(!id.contains("UTC"), "no UTC time is shown in WIB")
        // In WITA the last two changes fall on the next day (December: `Des`); in English, a colon.
        #expect(history(.id, .wita).contains("1 Des 2026 00.30 WITA  citra"))
        let en = history(.en, .wit)
        #expect(en.contains("23 Nov 2026 10:02 WIT  ana  [✓] done (was open)"), "\(en)")
        #expect(en.contains("1 Dec 2026 01:31 WIT  citra  [ ] open (was done)  ↶ undo"))
        #expect(history(.en, LocalZone(offsetMinutes: -300)).contains("22 Nov 2026 20:02 UTC-05:00  ana"))
    }

    /// A change refused because another desk changed the action first is in the history, at its
    /// time, marked as not applied with who was first; in progress and open have the list's marks.
    @Test func historyListsARefusedChangeAndMarksEachStatusAsTheListDoes() throws {
        let (_, later) = try Fixture.conflictOnCyberHoax()
        func history(_ lang: Language, width: Int) -> [String] {
            var s = Reducer.initial(later, width: width, height: 60, lang: lang, user: "ana", zone: .wib)
            s.press(.char("3"), .char("/"), model: later)
            s.type("hoax", model: later)
            s.press(.enter, .down, .enter, model: later)
            let lines = FrameView.render(s, later).lines()
            let from = lines.firstIndex { $0.contains(lang == .id ? "Riwayat" : "History") } ?? lines.count
            return Array(lines[from...]).map { line in
                let cut: (Character) -> Bool = { $0 == " " || $0 == "│" }
                return String(String(line.drop(while: cut).reversed()).drop(while: cut).reversed())
            }
        }
        let id = history(.id, width: 120).joined(separator: "\n")
        #expect(id.contains("23 Nov 2026 14.02 WIB  budi  [~] berjalan (dari belum selesai)\n"), "\(id)")
        #expect(id.contains("23 Nov 2026 14.05 WIB  ana  [✓] selesai  ≠ tidak diterapkan: budi mengubahnya lebih dulu"), "\(id)")
        #expect(id.range(of: "budi  [~]")!.lowerBound < id.range(of: "ana  [✓]")!.lowerBound, "oldest first")
        let en = history(.en, width: 120).joined(separator: "\n")
        #expect(en.contains("23 Nov 2026 14:02 WIB  budi  [~] in progress (was open)"), "\(en)")
        #expect(en.contains("23 Nov 2026 14:05 WIB  ana  [✓] done  ≠ not applied: budi changed it first"), "\(en)")
        // At 80 columns the reason wraps rather than being cut.
        let narrow = history(.en, width: 80).joined(separator: " ")
        #expect(narrow.contains("not applied:") && narrow.contains("changed it first"), "\(narrow)")
    }
}
