import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// A change made from an older version of its item never overwrites a later one.
@Suite struct ConflictTests {
    let datasetId = "jatim-misi-dagang"
    let action = "act-cyber-hoax"

    func temp() -> String { NSTemporaryDirectory() + "trade-tui-conflict-" + UUID().uuidString + "/j.jsonl" }

    func status(_ id: String, _ s: FollowUpAction.Status, previous: FollowUpAction.Status, basedOn: String?, user: String = "ana") -> JournalEvent {
        JournalEvent(eventId: id, at: "2026-11-23T01:00:00Z", user: user, body: .actionStatusSet(actionId: action, status: s, previous: previous), basedOn: basedOn)
    }

    func replay(_ events: [JournalEvent]) throws -> Dataset {
        let path = temp()
        let w = JournalWriter(path: path, datasetId: datasetId)
        for e in events { try w.append([e]) }
        var ds = try loadBundled()
        _ = Journal.replay(path: path, into: &ds)
        return ds
    }

    /// Desk A ticks; desk B, having seen the tick, sets it in progress; A's undo was made from the
    /// tick: it meets B's change and is not applied, and B's change stays.
    @Test func anUndoAfterAnotherDesksChangeIsAConflictNotAnOverwrite() throws {
        let ds = try replay([
            status("e1", .done, previous: .open, basedOn: Dataset.fixturesVersion, user: "ana"),
            status("e2", .inProgress, previous: .done, basedOn: "e1", user: "budi"),
            JournalEvent(eventId: "e3", at: "t", user: "ana", body: .actionStatusSet(actionId: action, status: .open, previous: .done), undoes: "e1", basedOn: "e1"),
        ])
        #expect(ds.actions.first { $0.id == action }?.status == .inProgress, "budi's change stays")
        #expect(ds.conflicts.map(\.event.eventId) == ["e3"])
        #expect(ds.conflicts.first?.current == "e2" && ds.version(ofAction: action) == "e2")
        #expect(ds.change("e2", ofAction: action)?.user == "budi")
    }

    @Test func aChangeFromTheCurrentVersionAppliesAndNotesNeverConflict() throws {
        let note = JournalEvent(eventId: "n1", at: "t", user: "budi", body: .actionNoteAdded(actionId: action, note: "rapat"))
        let ds = try replay([
            status("e1", .done, previous: .open, basedOn: Dataset.fixturesVersion),
            note,
            status("e2", .open, previous: .done, basedOn: "e1"),
            status("e3", .inProgress, previous: .open, basedOn: nil),
        ])
        #expect(ds.conflicts.isEmpty, "a note changes no version; no basedOn applies as it comes")
        #expect(ds.actions.first { $0.id == action }?.status == .inProgress && ds.version(ofAction: action) == "e3")
    }

    @Test func aCorrectionOfAnOlderVersionOfADealIsAConflict() throws {
        var ds0 = try loadBundled()
        let deal = try #require(ds0.deals.first { $0.id == "d2025-kaltim-buy" })
        var mine = deal, theirs = deal
        mine.valueRupiah += 1
        theirs.valueRupiah += 2
        let ds = try replay([
            JournalEvent(eventId: "c1", at: "t", user: "budi", body: .dealCorrected(theirs), basedOn: Dataset.fixturesVersion),
            JournalEvent(eventId: "c2", at: "t", user: "ana", body: .dealCorrected(mine), basedOn: Dataset.fixturesVersion),
            JournalEvent(eventId: "w1", at: "t", user: "ana", body: .dealWithdrawn(dealId: deal.id, reason: "x"), basedOn: "c1"),
        ])
        ds0 = ds
        #expect(ds0.conflicts.map(\.event.eventId) == ["c2"])
        #expect(ds0.deals.first { $0.id == deal.id }?.status == .withdrawn, "made from budi's correction, so it applies")
        #expect(ds0.version(ofDeal: deal.id) == "w1")
    }

    /// Undoing one's own note (a note saying it was withdrawn) never meets a conflict.
    @Test func aNoteNeverConflictsEvenWithAVersion() throws {
        let ds = try replay([
            JournalEvent(eventId: "n1", at: "t", user: "ana", body: .actionNoteAdded(actionId: action, note: "hello")),
            status("e1", .done, previous: .open, basedOn: Dataset.fixturesVersion, user: "budi"),
            JournalEvent(eventId: "n2", at: "t", user: "ana", body: .actionNoteAdded(actionId: action, note: "(dibatalkan / withdrawn) hello"),
                         undoes: "n1", basedOn: "n1"),
        ])
        #expect(ds.conflicts.isEmpty && ds.actionHistory[action]?.count == 3)
    }

    /// A batch is one change: one stale event in it and none of it applies (its note included).
    @Test func aBatchWithAStaleEventAppliesNoneOfIt() throws {
        let path = temp()
        let w = JournalWriter(path: path, datasetId: datasetId)
        try w.append([status("b1", .inProgress, previous: .open, basedOn: Dataset.fixturesVersion, user: "budi")])
        try w.append([status("a1", .done, previous: .open, basedOn: Dataset.fixturesVersion),
                      JournalEvent(eventId: "a2", at: "t", user: "ana", body: .actionNoteAdded(actionId: action, note: "sent"))])
        var ds = try loadBundled()
        _ = Journal.replay(path: path, into: &ds)
        #expect(ds.actions.first { $0.id == action }?.status == .inProgress)
        #expect(ds.actionHistory[action]?.map(\.eventId) == ["b1"], "the note of the stale batch is not applied either")
        #expect(Set(ds.conflicts.map(\.event.eventId)) == ["a1", "a2"])
    }

    /// A line every reader must refuse stays refused on every later look, never read past.
    @Test func aRefusedLineStaysRefused() throws {
        let path = temp()
        let w = JournalWriter(path: path, datasetId: datasetId)
        try w.append([status("e1", .done, previous: .open, basedOn: nil)])
        var ds = try loadBundled()
        var cursor = Journal.Cursor()
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).applied == 1)
        let newer = #"{"v":9,"datasetId":"jatim-misi-dagang","eventId":"z","at":"t","user":"u","type":"actionNoteAdded","actionId":"act-cyber-hoax","note":"x"}"#
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile()
        h.write(Data((newer + "\n").utf8))
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).refused)
        try w.append([status("e2", .open, previous: .done, basedOn: nil)])
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).refused, "still refused, not skipped")
    }
}
