import Foundation
import Testing
@testable import TradeModel
@testable import TradeStore
import TradeTestSupport

/// The row path end to end: `RowJournal` (rows among every kind of line that must not be one, and
/// scenario blocks across each chunk end and two-core cut) read with every line on the general
/// path, through `ParallelPlainLines`, and from a file by `Journal.replay` (4 MiB chunks ending at
/// a newline, each decoded a chunk ahead) — whole results identical.
@Suite struct JournalRowsReplayTests {
    struct Result: Sendable {
        var ds: Dataset
        var replay: Journal.Replay
        var cursor: Journal.Cursor
    }

    static let built: (bytes: [UInt8], blocks: Int) = {
        guard let base = try? loadBundled() else { return ([], 0) }
        return RowJournal.journal(bytes: (8 << 20) + 200_000, base)
    }()

    /// Every line on the general path, 4 MiB at a time: what the others must match.
    static let reference: Result? = try? read(built.bytes, chunk: 4 << 20, path: "j") { bytes, _ in .general(Journal.lineRanges(bytes)) }

    static func read(_ bytes: [UInt8], chunk: Int, path: String, _ plain: @escaping Journal.PlainLineDecoder) throws -> Result {
        var ds = try loadBundled()
        var cursor = Journal.Cursor()
        var feed = Journal.Feed(path: path, dataset: ds, cursor: &cursor)
        var at = 0
        while at < bytes.count {
            let n = min(chunk, bytes.count - at)
            guard feed.feed(bytes[at..<(at + n)], into: &ds, cursor: &cursor, plainLines: plain) else { break }
            at += n
        }
        return Result(ds: ds, replay: feed.finish(cursor: &cursor, reportTorn: true), cursor: cursor)
    }

    /// A problem as a reader reports it, without the file (the feeds call it "j").
    static func described(_ ps: [Problem]) -> [String] {
        ps.map { "\($0.severity) \($0.path) \($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
    }

    /// Everything a replay leaves, compared whole.
    func expectSame(_ a: Result, _ b: Result, _ what: String) {
        let (sameDeals, sameLog) = (a.ds.deals == b.ds.deals, a.ds.dealLog == b.ds.dealLog)
        #expect(sameDeals, "deals: \(what): \(firstDifference(a.ds.deals, b.ds.deals) ?? "")")
        #expect(sameLog, "deal log: \(what): \(firstDifference(a.ds.dealLog, b.ds.dealLog) ?? "")")
        #expect(a.ds.deals.repeatedIds == b.ds.deals.repeatedIds, "repeated ids: \(what)")
        #expect(a.ds.actionHistory == b.ds.actionHistory && a.ds.actions.map(\.status) == b.ds.actions.map(\.status), "actions: \(what)")
        #expect(a.ds.conflicts == b.ds.conflicts && a.ds.missions == b.ds.missions, "conflicts, missions: \(what)")
        let (pa, pb) = (Self.described(a.replay.problems), Self.described(b.replay.problems))
        #expect(pa == pb, "problems: \(what): \(firstDifference(pa, pb) ?? "")")
        #expect(a.replay.applied == b.replay.applied && a.replay.setAside == b.replay.setAside && a.replay.tornTail == b.replay.tornTail
                && a.replay.openBatch == b.replay.openBatch && a.replay.refused == b.replay.refused, "counts: \(what)")
        // The cursor whole (events seen, id index, open batch, offset, line), but for what only a
        // file has: its inode and the room it expected.
        var (x, y) = (a.cursor, b.cursor)
        (x.inode, y.inode, x.expectedEvents, y.expectedEvents) = (nil, nil, 0, 0)
        let sameCursor = x == y
        #expect(sameCursor, "cursor: \(what) (\(x.offset), \(x.line)) vs (\(y.offset), \(y.line))")
    }

    /// The file's chunks as `Journal.replay` cuts them (4 MiB, back to the last newline) and where
    /// `ParallelPlainLines` cuts each in two: the ends the scenario blocks must lie across.
    static func cuts(_ bytes: [UInt8]) -> (chunkEnds: [Int], halves: [Int]) {
        var ends: [Int] = [], halves: [Int] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + (4 << 20), bytes.count)
            if end < bytes.count { end = bytes[start..<end].lastIndex(of: 0x0A)! + 1 }
            if end - start >= ParallelPlainLines.minimumBytes, let nl = bytes[(start + (end - start) / 2)...].firstIndex(of: 0x0A) {
                halves.append(nl + 1)
            }
            if end < bytes.count { ends.append(end) }
            start = end
        }
        return (ends, halves)
    }

    @Test func theJournalIsWhatTheTestsNeed() throws {
        let (bytes, blocks) = Self.built
        #expect(bytes.count > 2 * (4 << 20) && blocks >= 17, "three chunks and more")
        let (ends, halves) = Self.cuts(bytes)
        #expect(ends.count == 2 && halves.count == 2, "the last chunk is too small to cut in two")
        // The lines either side of every cut are a block's (a filler line is a plain row with event id "fe…").
        for cut in ends + halves {
            let before = bytes[..<(cut - 1)].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let after = bytes[cut...].firstIndex(of: 0x0A) ?? bytes.count
            for line in [String(decoding: bytes[before..<(cut - 1)], as: UTF8.self), String(decoding: bytes[cut..<after], as: UTF8.self)] {
                #expect(!line.contains("\"eventId\":\"fe"), "cut at \(cut): \(line.prefix(120))")
            }
        }
        // Most lines are rows, on the decoding the file read uses.
        let plain = ParallelPlainLines.decoder(bytes, RowJournal.datasetId)
        let rows = plain.parts.flatMap(\.lines).filter { $0 >= 0 }.count
        #expect(plain.parts.count == 2 && rows > plain.ranges.count * 8 / 10 && rows < plain.ranges.count)
        let r = try #require(Self.reference)
        #expect(r.replay.problems.count < 1000, "every problem compared (a reader keeps 1000)")
        #expect(r.replay.applied > 20_000 && r.ds.conflicts.count == blocks * RowJournal.conflictsPerBlock)
        #expect(r.cursor.offset == bytes.count && r.cursor.line == plain.ranges.count)
    }

    /// Through `ParallelPlainLines` (two cores once a chunk holds 1 MiB), fed in large and small
    /// pieces: chunk ends fall everywhere, also inside the blocks.
    @Test(arguments: [4 << 20, 3 << 20 + 12_345, 65_536, 4_099])
    func twoCoresApplyRowsAsTheGeneralPathApplies(chunk: Int) throws {
        let r = try #require(Self.reference)
        let two = try Self.read(Self.built.bytes, chunk: chunk, path: "j", ParallelPlainLines.decoder)
        expectSame(r, two, "chunk \(chunk)")
        // And against what the blocks must do, so the general path is not its own only check.
        let b = Self.built.blocks
        let messages = two.replay.problems.map(\.message)
        #expect(messages.filter { $0.contains("which the fixtures no longer have") }.count == b * RowJournal.unknownMissionsPerBlock + 1)
        #expect(messages.filter { $0.contains("repeats the event") }.count == b * RowJournal.repeatedEventsPerBlock)
        #expect(messages.filter { $0.contains("a second time") }.count == b * RowJournal.repeatedDealIdsPerBlock)
        #expect(two.replay.setAside == b * RowJournal.damagedPerBlock)
        for k in [0, b / 2, b - 1] {
            let m = RowJournal.mission(k)
            // The rows after the mission is made are counted; the three before it (one in the block
            // before) are warned about.
            let (f, u1, u2, u3) = (Self.lineOfEvent["k\(k - 1)-e26"], Self.lineOfEvent["k\(k)-e5"], Self.lineOfEvent["k\(k)-e11"],
                                   Self.lineOfEvent["k\(k)-e13"])
            let warned = Set(two.replay.problems.filter { $0.message.contains("\"\(m)\"") }.compactMap { $0.location?.line })
            #expect(u1 != nil && u2 != nil && u3 != nil && (f != nil) == (k > 0), "block \(k)")
            #expect(warned == Set([f, u1, u2].compactMap { $0 }), "block \(k)")
            #expect(!two.replay.problems.contains { $0.location?.line == u3 }, "block \(k)")
            #expect(two.ds.deals.position(ofId: "k\(k)-u3").map { two.ds.deals[$0].mission } == m)
            #expect(two.ds.deals.position(ofId: "k\(k)-a").map { two.ds.deals[$0].valueRupiah == 7 && two.ds.deals[$0].status == .withdrawn } == true)
        }
    }

    /// From a file, whole and in two looks (a watcher's: the second starts mid-file, after a
    /// mission was made, with the cursor's seen events and index carried over): the chunks read
    /// ahead are taken, and the result is the general path's.
    @Test func theFileReadAheadAppliesRowsAsTheGeneralPathApplies() throws {
        let r = try #require(Self.reference)
        let bytes = Self.built.bytes
        let path = NSTemporaryDirectory() + "trade-tui-rows-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The second look starts after block (blocks / 2 + 1)'s mission is made and before its next row.
        let markerLine = try #require(Self.lineOfEvent["k\(Self.built.blocks / 2 + 1)-e12"])
        let cut = Journal.lineRanges(bytes)[markerLine - 1].upperBound + 1
        #expect(cut > 4 << 20 && cut < bytes.count - (1 << 20))
        for looks in [[bytes.count], [cut, bytes.count]] {
            let taken = JournalReadAhead.taken.load(ordering: .relaxed)
            var ds = try loadBundled()
            var cursor = Journal.Cursor()
            var replay = Journal.Replay()
            for end in looks {
                try Data(bytes[..<end]).write(to: URL(fileURLWithPath: path))
                let one = Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: true)
                #expect(!one.refused && !one.rewritten && one.openBatch == nil && one.tornTail == 0)
                replay.applied += one.applied
                replay.setAside += one.setAside
                replay.problems += one.problems
            }
            #expect(JournalReadAhead.taken.load(ordering: .relaxed) - taken >= 3, "the chunks read ahead were used (\(looks.count) looks)")
            #expect(Set(replay.problems.map(\.file)) == [path], "named after the file")
            expectSame(r, Result(ds: ds, replay: replay, cursor: cursor), "\(looks.count) looks")
        }
    }

    /// A line longer than a chunk (a 5 MiB note): the chunk inside it has no newline and is read
    /// whole, the read-ahead carries it into the next; rows before and after it, and a torn last
    /// line, read as on the general path.
    @Test func aLineLongerThanAChunk() throws {
        let rows = (0..<600).map(RowJournal.filler)
        let note = JournalEvent(eventId: "long", at: "2026-11-23T01:02:03Z", user: "t",
                                body: .actionNoteAdded(actionId: "act-export-data", note: String(repeating: "catatan panjang é ", count: 5 << 16)))
        let after = (0..<600).map { RowJournal.filler(1_000 + $0) }
        let text = (rows + [note.line(datasetId: RowJournal.datasetId)] + after).joined(separator: "\n") + "\n" + String(RowJournal.filler(5_000).prefix(40))
        let bytes = Array(text.utf8)
        #expect(bytes.count > 5 << 20 && bytes.count < 8 << 20)
        let r = try Self.read(bytes, chunk: 4 << 20, path: "j") { bytes, _ in .general(Journal.lineRanges(bytes)) }
        #expect(r.replay.applied == 1_201 && r.replay.tornTail == 40 && r.ds.actionHistory["act-export-data"]?.last?.eventId == "long")
        let path = NSTemporaryDirectory() + "trade-tui-long-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let taken = JournalReadAhead.taken.load(ordering: .relaxed)
        var ds = try loadBundled()
        var cursor = Journal.Cursor()
        let replay = Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: true)
        #expect(JournalReadAhead.taken.load(ordering: .relaxed) - taken >= 3, "each chunk's read-ahead was used")
        expectSame(r, Result(ds: ds, replay: replay, cursor: cursor), "a long line")
        #expect(cursor.offset == bytes.count - 40)
    }

    /// The 1-based line of each single event's id (lines of format 1 begin with these bytes).
    static let lineOfEvent: [String: Int] = {
        let prefix = Array("{\"v\":1,\"datasetId\":\"\(RowJournal.datasetId)\",\"eventId\":\"".utf8)
        let bytes = built.bytes
        var out: [String: Int] = [:]
        for (n, r) in Journal.lineRanges(bytes).enumerated() where r.count > prefix.count && bytes[r.prefix(prefix.count)].elementsEqual(prefix) {
            let from = r.lowerBound + prefix.count
            guard let end = bytes[from..<r.upperBound].firstIndex(of: UInt8(ascii: "\"")) else { continue }
            let id = String(decoding: bytes[from..<end], as: UTF8.self)
            if out[id] == nil { out[id] = n + 1 }
        }
        return out
    }()
}
