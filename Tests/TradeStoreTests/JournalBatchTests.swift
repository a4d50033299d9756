import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// A change of several events is applied whole or not at all, however the write ends.
@Suite struct JournalBatchTests {
    let datasetId = "jatim-misi-dagang"

    func temp() -> String {
        NSTemporaryDirectory() + "trade-tui-batch-" + UUID().uuidString + "/j.jsonl"
    }

    func note(_ n: Int) -> JournalEvent {
        JournalEvent(eventId: "e\(n)", at: "2026-11-23T01:00:00Z", user: "ana", body: .actionNoteAdded(actionId: "act-cyber-hoax", note: "note \(n)"))
    }

    func lines(_ events: [JournalEvent], batch: String) -> [String] {
        [Journal.batchLine("batchBegin", id: batch, events: events.count, datasetId: datasetId, at: "t", user: "ana")]
            + events.map { $0.line(datasetId: datasetId, batch: batch) }
            + [Journal.batchLine("batchCommit", id: batch, events: events.count, datasetId: datasetId, at: "t", user: "ana")]
    }

    func write(_ lines: [String], to path: String, appending: Bool = false) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text = lines.map { $0 + "\n" }.joined()
        if appending, let h = FileHandle(forWritingAtPath: path) {
            h.seekToEndOfFile()
            h.write(Data(text.utf8))
            try h.close()
        } else {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    func notes(_ ds: Dataset) -> [String] { (ds.actionHistory["act-cyber-hoax"] ?? []).map(\.eventId) }

    @Test func aCommittedBatchIsAppliedWhole() throws {
        let path = temp()
        let w = JournalWriter(path: path, datasetId: datasetId)
        try w.append([note(1), note(2), note(3)])
        let text = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(text.count == 5 && text[0].contains("\"type\":\"batchBegin\"") && text[4].contains("\"type\":\"batchCommit\""))
        #expect(text.allSatisfy { $0.hasPrefix("{\"v\":2,") }, "format 2, so a format-1 reader refuses instead of applying half")
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 3 && r.problems.isEmpty && r.openBatch == nil)
        #expect(notes(ds) == ["e1", "e2", "e3"])
    }

    /// Being written, or interrupted: nothing of it applies, and a later look reads it whole.
    @Test func anOpenBatchIsNotAppliedUntilItsCommit() throws {
        let path = temp()
        let all = lines([note(1), note(2), note(3)], batch: "b1")
        try write([note(0).line(datasetId: datasetId)] + all.prefix(3), to: path)
        var ds = try loadBundled()
        var cursor = Journal.Cursor()
        let first = Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false)
        #expect(first.applied == 1 && notes(ds) == ["e0"])
        #expect(first.openBatch == Journal.OpenBatch(id: "b1", expected: 3, read: 2, line: 2))
        #expect(cursor.line == 4, "the batch waits with the cursor, which reads on after it")
        try write(Array(all.suffix(2)), to: path, appending: true)
        let second = Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false)
        #expect(second.applied == 3 && second.openBatch == nil)
        #expect(notes(ds) == ["e0", "e1", "e2", "e3"])
    }

    @Test func aBatchWhoseCountDisagreesIsNotApplied() throws {
        let path = temp()
        var l = lines([note(1), note(2)], batch: "b1")
        l.remove(at: 2) // one event lost
        try write(l, to: path)
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 0 && r.setAside > 0 && notes(ds).isEmpty)
        #expect(r.problems.contains { $0.message.contains("none of them is applied") })
    }

    /// An older writer appended after a batch that was cut short: the batch stays unapplied, the
    /// later event counts.
    @Test func anInterruptedBatchFollowedByAnEventIsSetAside() throws {
        let path = temp()
        try write(Array(lines([note(1), note(2)], batch: "b1").prefix(2)) + [note(9).line(datasetId: datasetId)], to: path)
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(notes(ds) == ["e9"] && r.applied == 1)
        #expect(r.problems.contains { $0.message.contains("interrupted") })
    }

    /// The next writer, under the lock, moves an interrupted batch aside (kept, never deleted).
    @Test func theNextWriterMovesAnInterruptedBatchAside() throws {
        let path = temp()
        let partial = Array(lines([note(1), note(2), note(3)], batch: "b1").prefix(3))
        try write([note(0).line(datasetId: datasetId)] + partial, to: path)
        let moved = try JournalWriter(path: path, datasetId: datasetId).append([note(4)])
        let aside = try #require(moved)
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == partial.map { $0 + "\n" }.joined())
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(notes(ds) == ["e0", "e4"] && r.problems.isEmpty)
    }

    @Test func aLineTooLongForAReaderIsRefusedBeforeAnythingIsWritten() throws {
        let path = temp()
        let w = JournalWriter(path: path, datasetId: datasetId)
        try w.append([note(1)])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let huge = JournalEvent(eventId: "big", at: "t", user: "ana",
                                body: .actionNoteAdded(actionId: "act-cyber-hoax", note: String(repeating: "x", count: Journal.maxLineBytes)))
        #expect(throws: JournalWriteError.self) { try w.append([note(2), huge]) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "nothing of the change was written")
    }

    /// Saving the same change again after an unknown outcome records it once.
    @Test func aRetryOfTheSameEventsRecordsNothingTwice() throws {
        let path = temp()
        let w = JournalWriter(path: path, datasetId: datasetId)
        let batch = [note(1), note(2)]
        try w.append(batch)
        try w.append(batch, retrying: true)
        try w.append([note(3)])
        try w.append([note(3)], retrying: true)
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(notes(ds) == ["e1", "e2", "e3"] && r.problems.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 5)
    }
}
