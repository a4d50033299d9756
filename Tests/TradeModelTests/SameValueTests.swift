import Testing
import TradeModel
import TradeTestSupport

/// Two desks change the same action from the same version. The same value is agreement (kept in
/// the history, nothing changes, no conflict); a different value stays a conflict. Judged from the
/// journal's lines alone, so every replay and every store gives the same result.
@Suite struct SameValueTests {
    let action = "act-cyber-hoax"
    let f = Dataset.fixturesVersion

    func status(_ id: String, _ s: FollowUpAction.Status, basedOn: String?, user: String, undoes: String? = nil) -> JournalEvent {
        JournalEvent(eventId: id, at: "2026-11-23T01:00:00Z", user: user, body: .actionStatusSet(actionId: action, status: s, previous: .open),
                     undoes: undoes, basedOn: basedOn)
    }

    func owner(_ id: String, _ o: String, basedOn: String?, user: String) -> JournalEvent {
        JournalEvent(eventId: id, at: "2026-11-23T01:00:00Z", user: user, body: .actionOwnerSet(actionId: action, owner: o, previous: "Bappeda"),
                     basedOn: basedOn)
    }

    /// Each element a single event or a batch: the journal's bytes, replayed from the fixtures.
    func replay(_ changes: [[JournalEvent]]) throws -> Dataset {
        var ds = try loadBundled()
        let id = ds.datasetId
        var text = ""
        for change in changes {
            if change.count == 1 { text += change[0].line(datasetId: id) + "\n"; continue }
            let b = "b-" + change[0].eventId
            text += Journal.batchLine("batchBegin", id: b, events: change.count, datasetId: id, at: "t", user: "u") + "\n"
            for e in change { text += e.line(datasetId: id, batch: b) + "\n" }
            text += Journal.batchLine("batchCommit", id: b, events: change.count, datasetId: id, at: "t", user: "u") + "\n"
        }
        var cursor = Journal.Cursor()
        var feed = Journal.Feed(path: "j", dataset: ds, cursor: &cursor)
        #expect(feed.feed(ArraySlice(Array(text.utf8)), into: &ds, cursor: &cursor))
        let r = feed.finish(cursor: &cursor, reportTorn: true)
        #expect(r.problems.isEmpty, "\(r.problems)")
        return ds
    }

    func current(_ ds: Dataset) -> FollowUpAction? { ds.actions.first { $0.id == action } }

    @Test func theSameValueFromTwoDesksAgreesAndADifferentValueIsStillAConflict() throws {
        let ds = try replay([
            [status("a1", .done, basedOn: f, user: "ana")],
            [status("b1", .done, basedOn: f, user: "budi")],          // ticks it too: agrees
            [status("c1", .inProgress, basedOn: f, user: "citra")],   // another value: a conflict, as before
            [owner("a2", "Diskominfo", basedOn: "a1", user: "ana")],
            [owner("b2", "Diskominfo", basedOn: "a1", user: "budi")], // the same owner: agrees
            [owner("c2", "Bapenda", basedOn: "a1", user: "citra")],   // another owner: a conflict
        ])
        #expect(ds.conflicts.map(\.event.eventId) == ["c1", "c2"])
        #expect(ds.conflicts.map(\.current) == ["a1", "a2"])
        #expect(current(ds)?.status == .done && current(ds)?.owner == "Diskominfo")
        let history = ds.actionHistory[action] ?? []
        #expect(history.map(\.eventId) == ["a1", "b1", "a2", "b2"], "both desks' changes are in the history")
        #expect(history.map(\.sameAs) == [nil, ActionChange.SameValue(first: "a1", madeFrom: f), nil, ActionChange.SameValue(first: "a2", madeFrom: "a1")])
        #expect(ds.version(ofAction: action) == "a2", "an agreement changes nothing, so it is not the version")
    }

    /// A desk that saw ana's tick (and not budi's agreeing one) changes it: no conflict with an
    /// agreement that changed nothing.
    @Test func aChangeMadeFromTheVersionAnAgreementMetApplies() throws {
        let ds = try replay([
            [status("a1", .done, basedOn: f, user: "ana")],
            [status("b1", .done, basedOn: f, user: "budi")],
            [status("c1", .inProgress, basedOn: "a1", user: "citra")],
        ])
        #expect(ds.conflicts.isEmpty && current(ds)?.status == .inProgress && ds.version(ofAction: action) == "c1")
    }

    /// The same value on another field is not agreement: the change met a change it did not see.
    @Test func theSameValueAfterAChangeOfAnotherFieldIsAConflict() throws {
        let ds = try replay([
            [owner("a1", "Diskominfo", basedOn: f, user: "ana")],
            [status("b1", .unknown, basedOn: f, user: "budi")],
        ])
        #expect(current(ds)?.status == .unknown, "the fixture's status, unchanged by ana")
        #expect(ds.conflicts.map(\.event.eventId) == ["b1"])
    }

    /// Budi's undo of his agreeing tick would untick ana's: made from what budi saw, it meets ana's
    /// tick, and is a conflict (he is asked). An undo that sets what another desk already set agrees.
    @Test func undoingAnAgreementMeetsTheChangeItAgreedWith() throws {
        let ds = try replay([
            [status("a1", .done, basedOn: f, user: "ana")],
            [status("b1", .done, basedOn: f, user: "budi")],
            [status("b2", .open, basedOn: "b1", user: "budi", undoes: "b1")],
            [status("c1", .open, basedOn: "a1", user: "citra")],
            [status("a2", .open, basedOn: "a1", user: "ana", undoes: "a1")],
        ])
        #expect(ds.conflicts.map(\.event.eventId) == ["b2"])
        #expect(ds.conflicts.first?.current == "a1")
        #expect(current(ds)?.status == .open)
        #expect(ds.actionHistory[action]?.last?.sameAs == ActionChange.SameValue(first: "c1", madeFrom: "a1"), "ana's undo agrees with citra's untick")
    }

    /// A batch is judged whole: agreeing events and a note apply; one event with another value
    /// makes the whole batch a conflict, as before.
    @Test func aBatchAgreesWholeOrIsAConflictWhole() throws {
        let note = JournalEvent(eventId: "b3", at: "t", user: "budi", body: .actionNoteAdded(actionId: action, note: "terpasang"))
        let agreeing = try replay([
            [status("a1", .done, basedOn: f, user: "ana"), owner("a2", "Diskominfo", basedOn: "a1", user: "ana")],
            [status("b1", .done, basedOn: f, user: "budi"), owner("b2", "Diskominfo", basedOn: "b1", user: "budi"), note],
        ])
        #expect(agreeing.conflicts.isEmpty)
        #expect(agreeing.actionHistory[action]?.map(\.eventId) == ["a1", "a2", "b1", "b2", "b3"])
        #expect(agreeing.version(ofAction: action) == "a2")
        let differing = try replay([
            [status("a1", .done, basedOn: f, user: "ana"), owner("a2", "Diskominfo", basedOn: "a1", user: "ana")],
            [status("b1", .done, basedOn: f, user: "budi"), owner("b2", "Bapenda", basedOn: "b1", user: "budi"), note],
        ])
        #expect(Set(differing.conflicts.map(\.event.eventId)) == ["b1", "b2", "b3"])
        #expect(differing.actionHistory[action]?.map(\.eventId) == ["a1", "a2"] && current(differing)?.owner == "Diskominfo")
    }
}
