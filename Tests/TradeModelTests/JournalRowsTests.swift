import Testing
@testable import TradeModel
import TradeTestSupport

/// Single recorded deals decoded as rows (a code ≥ 0 in `Journal.Part.lines`) and applied straight into the deal
/// table and log (`Feed.applyRun`) do exactly what `Journal.apply` does with the event: the same
/// deals, log, warnings, conflicts and counts — checked against the general path and against what
/// each line of `RowJournal.block` must do.
@Suite struct JournalRowsTests {
    static let general: Journal.PlainLineDecoder = { bytes, _ in .general(Journal.lineRanges(bytes)) }
    static let oneCore: Journal.PlainLineDecoder = { bytes, id in Journal.decodePlain(bytes, Journal.lineRanges(bytes)[...], datasetId: id) }

    static func bytes(_ lines: [String]) -> [UInt8] { Array((lines.joined(separator: "\n") + "\n").utf8) }

    /// Blocks 0, 1, 2 with plain rows before, between and after them.
    static func journal(_ base: Dataset) -> (lines: [String], blockStart: [Int]) {
        var lines: [String] = [], starts: [Int] = []
        for k in 0..<3 {
            lines += (0..<(k + 2)).map { RowJournal.filler(k * 10 + $0) }
            starts.append(lines.count)
            lines += RowJournal.block(k, base)
        }
        lines += (0..<3).map { RowJournal.filler(100 + $0) }
        return (lines, starts)
    }

    static func rowIndices(_ plain: Journal.PlainLines) -> Set<Int> {
        Set(plain.parts.flatMap(\.lines).enumerated().compactMap { k, code in code >= 0 ? k : nil })
    }

    func read(_ bytes: [UInt8], chunk: Int, _ plain: @escaping Journal.PlainLineDecoder) throws -> (Dataset, Journal.Replay, Journal.Cursor) {
        let read = try feedJournal(bytes, chunk: chunk, plainLines: plain)
        #expect(!read.1.refused)
        return read
    }

    /// Exactly the single recorded deals become rows: not batches, undoes, basedOn, corrections,
    /// withdrawals, missions, actions or damaged lines; every plain filler line does.
    @Test func theDecoderMakesRowsOfSingleRecordedDealsOnly() throws {
        let base = try loadBundled()
        for k in [0, 1, 7] {
            let bytes = Self.bytes(RowJournal.block(k, base))
            let plain = Journal.decodePlain(bytes, Journal.lineRanges(bytes)[...], datasetId: RowJournal.datasetId)
            #expect(Self.rowIndices(plain) == RowJournal.rowLines, "block \(k)")
        }
        let fillers = Self.bytes((0..<200).map(RowJournal.filler))
        let plain = Journal.decodePlain(fillers, Journal.lineRanges(fillers)[...], datasetId: RowJournal.datasetId)
        #expect(Self.rowIndices(plain) == Set(0..<200))
        // One part's rows: its own table holds the deals in order, with their out-of-line fields.
        let rows = plain.parts[0].rows
        #expect(rows.count == 200 && rows.deals.count == 200 && rows.deal(5).party == "PT Kopi Jatim")
        #expect(rows.at(3) == nil && rows.at(2) == EventStamp.seconds("1969-07-20T20:17:40Z") && rows.user(2) == "Sri Wahyuní")
    }

    @Test(arguments: [1 << 22, 4_099, 700, 1])
    func rowsApplyWhatTheGeneralPathApplies(chunk: Int) throws {
        let base = try loadBundled()
        let (lines, starts) = Self.journal(base)
        let bytes = Self.bytes(lines)
        let (one, r1, c1) = try read(bytes, chunk: 1 << 22, Self.general)
        let (two, r2, c2) = try read(bytes, chunk: chunk, Self.oneCore)
        #expect(Self.rowIndices(Self.oneCore(bytes, RowJournal.datasetId)).count > lines.count * 6 / 10, "rows were made")
        #expect(r1.applied == r2.applied && r1.setAside == r2.setAside && r1.tornTail == r2.tornTail && r1.openBatch == r2.openBatch)
        #expect(r1.problems == r2.problems, "\(firstDifference(r1.problems, r2.problems) ?? "")")
        let (sameDeals, sameLog) = (one.deals == two.deals, one.dealLog == two.dealLog)
        #expect(sameDeals, "\(firstDifference(one.deals, two.deals) ?? "")")
        #expect(sameLog, "\(firstDifference(one.dealLog, two.dealLog) ?? "")")
        #expect(one.missions == two.missions)
        #expect(one.actionHistory == two.actionHistory && one.conflicts == two.conflicts && one.actions.map(\.status) == two.actions.map(\.status))
        #expect(one.deals.repeatedIds == two.deals.repeatedIds)
        let sameCursor = c1 == c2
        #expect(sameCursor, "the same events seen, the same index, offset and line")
        // What each line must do (so the two cannot agree on a wrong answer).
        let fillers = lines.count - 3 * RowJournal.block(0, base).count
        #expect(r2.applied == 3 * RowJournal.appliedPerBlock + fillers)
        #expect(r2.setAside == 3 * RowJournal.damagedPerBlock && two.conflicts.count == 3 * RowJournal.conflictsPerBlock)
        func warned(_ message: String) -> [Int] {
            r2.problems.filter { $0.message.contains(message) }.compactMap { $0.location?.line }
        }
        // Block lines (1-based journal lines): `RowJournal.block` says which line does what.
        func at(_ k: Int, _ ls: [Int]) -> [Int] { ls.map { starts[k] + $0 + 1 } }
        #expect(warned("which the fixtures no longer have") == at(0, [4, 11, 31, 32, 34]) + at(1, [4, 11, 32, 34]) + at(2, [4, 11, 32, 34]),
                "unknown missions warned before they are created, never after")
        #expect(warned("repeats the event") == at(0, [9, 21, 25]) + at(1, [9, 21, 25]) + at(2, [9, 21, 25]))
        #expect(warned("a second time") == at(0, [10, 23]) + at(1, [10, 23]) + at(2, [10, 23]))
        #expect(r2.problems.count == 3 * (RowJournal.unknownMissionsPerBlock + RowJournal.repeatedEventsPerBlock + RowJournal.repeatedDealIdsPerBlock
                                          + RowJournal.damagedPerBlock) + 1)
        #expect(c2.line == lines.count && c2.offset == bytes.count)
        checkBlock(1, two)
    }

    /// Block k's deals and log entries, field by field.
    func checkBlock(_ k: Int, _ ds: Dataset) {
        let p = "k\(k)"
        func deal(_ id: String) -> Deal? { ds.deals.position(ofId: id).map { ds.deals[$0] } }
        func entry(_ eventId: String) -> Int? { ds.dealLog.indices.first { ds.dealLog.eventId(at: $0) == eventId } }
        #expect(deal("\(p)-a")?.valueRupiah == 7 && deal("\(p)-a")?.status == .withdrawn && deal("\(p)-a")?.party == "PT Kopi Jatim")
        #expect(deal("\(p)-a")?.quantity == "12.5" && deal("\(p)-a")?.commodity == "kopi-Ijén" && deal("\(p)-a")?.note?.id == "catatan é")
        #expect(deal("\(p)-b")?.valueRupiah == 1_000_000, "the stale correction and the second record change nothing")
        #expect(deal("\(p)-c")?.status == .committed, "the stale withdrawal is not applied")
        for gone in ["r", "n2", "k2", "z"] { #expect(deal("\(p)-\(gone)") == nil, "\(gone)") }
        #expect(ds.deals.filter { $0.id == "\(p)-dé" }.count == 1 && deal("\(p)-de\u{301}")?.counterparty == "CV Borneo Ñ")
        for kept in ["u1", "u2", "u3", "x1", "x2", "y1", "y2", "n1", "k1", "v1", "v2", "v3", "w", "f", "g", "h1", "h2"] {
            #expect(deal("\(p)-\(kept)") != nil, "\(kept)")
        }
        #expect(ds.missions.contains { $0.id == RowJournal.mission(k) } && ds.missions.contains { $0.id == "m-bat-\(k)" })
        guard let e1 = entry("\(p)-e1"), let e2 = entry("\(p)-e2"), let e3 = entry("\(p)-e3"), let e4 = entry("\(p)-e4"),
              let e8 = entry("\(p)-e8") else { Issue.record("log entries missing"); return }
        #expect(ds.dealLog[e1] == DealLogEntry(eventId: "\(p)-e1", at: "2026-11-23T01:02:03Z", user: "Sri Wahyuní", dealId: "\(p)-a",
                                               dealIndex: ds.deals.position(ofId: "\(p)-a")!, kind: .recorded))
        #expect(ds.dealLog[e2].at == "2026-11-23T01:02:03.5Z" && ds.dealLog.utcMinutes(at: e2) == DateText.utcMinutes("2026-11-23T01:02:00Z"))
        #expect(ds.dealLog[e3].at == "kemarin" && ds.dealLog[e3].user == "budi" && ds.dealLog.utcMinutes(at: e3) == nil)
        #expect(ds.dealLog[e4].at == "1969-12-31T23:59:59Z" && ds.dealLog.utcMinutes(at: e4) == -1)
        #expect(ds.dealLog[e8].kind == .withdrawn && ds.dealLog[e8].reason == "batal" && ds.dealLog.dealIndex(at: e8) == ds.dealLog.dealIndex(at: e1))
        #expect(entry("\(p)-e\u{301}") == entry("\(p)-é") && entry("\(p)-\u{212A}") == entry("\(p)-K") && entry("\(p)-e7") == nil)
    }

    /// Each row keeps its own user: the decoder takes the last row's user when the bytes are the
    /// same, so names of one length that differ (and the same name after another) must not pass
    /// for the last one.
    @Test func eachRowKeepsItsUser() throws {
        let users = ["ana", "ani", "ana", "ana", "Ana", "budi", "ana", "budi", "ana"]
        let lines = users.enumerated().map { i, u in
            JournalEvent(eventId: "u\(i)", at: "2026-11-23T01:02:03Z", user: u,
                         body: .dealRecorded(Deal(id: "ud\(i)", mission: "m2025-kaltim", direction: .buy, valueRupiah: 5, status: .committed,
                                                  kind: .itemised, source: "s")))
                .line(datasetId: RowJournal.datasetId)
        }
        // Lines 1 and 5 laid out otherwise (read member by member, not as the writer's): the
        // user of the line after each is compared with the last one read from the writer's layout,
        // not taken from the row before it (the fuzzer's finding).
        var mixed = lines
        for k in [1, 5] {
            mixed[k] = mixed[k].replacing(#""at":"2026-11-23T01:02:03Z","#, with: "", maxReplacements: 1)
                .replacing(#""type":"#, with: #""at":"2026-11-23T01:02:03Z","type":"#, maxReplacements: 1)
            #expect(mixed[k] != lines[k])
        }
        let bytes = Self.bytes(mixed)
        #expect(Self.rowIndices(Self.oneCore(bytes, RowJournal.datasetId)) == Set(0..<users.count))
        let (ds, _, _) = try read(bytes, chunk: 1 << 22, Self.oneCore)
        #expect(ds.dealLog.indices.map { ds.dealLog[$0].user } == users)
        let (g, _, _) = try read(bytes, chunk: 1 << 22, Self.general)
        #expect(g.dealLog == ds.dealLog)
    }

    /// A user named like a deal's mission, commodity or source (and a deal's value named like an
    /// earlier user) stays what it is: the decoder's strings and its atoms are numbered apart
    /// (one map for both once read a user as an atom, and crashed on the way back).
    @Test func aUserNamedLikeADealsValueStaysAUser() throws {
        let specs: [(user: String, mission: String, commodity: String?, source: String)] = [
            ("coffee", "m2025-kaltim", "coffee", "s"), ("m2025-kaltim", "m2025-kaltim", "rice", "m2025-kaltim"),
            ("s", "m2025-malut", "s", "s"), ("rice", "m2025-malut", nil, "rice"), ("desk", "m2025-kaltim", "desk", "desk"),
        ]
        let ds = RowJournal.datasetId
        func event(_ i: Int, _ batched: Bool) -> JournalEvent {
            let x = specs[i % specs.count]
            return JournalEvent(eventId: "n\(i)", at: "2026-11-23T01:02:03Z", user: x.user,
                                body: .dealRecorded(Deal(id: "nd\(i)", mission: x.mission, direction: .buy, commodity: x.commodity,
                                                         valueRupiah: 5, status: .committed, kind: .itemised, source: x.source)))
        }
        // Twice over (each value seen before in the other role), then the same in a batch (the
        // member-by-member path).
        var lines = (0..<10).map { event($0, false).line(datasetId: ds) }
        lines.append(Journal.batchLine("batchBegin", id: "b1", events: 5, datasetId: ds, at: "2026-11-23T01:02:03Z", user: "t"))
        lines += (10..<15).map { event($0, true).line(datasetId: ds, batch: "b1") }
        lines.append(Journal.batchLine("batchCommit", id: "b1", events: 5, datasetId: ds, at: "2026-11-23T01:02:03Z", user: "t"))
        let bytes = Self.bytes(lines)
        #expect(Self.rowIndices(Self.oneCore(bytes, ds)) == Set(0..<10))
        let (one, r, _) = try read(bytes, chunk: 1 << 22, Self.oneCore)
        #expect(r.applied == 15)
        for i in 0..<15 {
            let x = specs[i % specs.count]
            let d = one.deals.position(ofId: "nd\(i)").map { one.deals[$0] }
            #expect(d?.mission == x.mission && d?.commodity == x.commodity && d?.source == x.source, "nd\(i)")
        }
        #expect(one.dealLog.indices.map { one.dealLog[$0].user } == (0..<15).map { specs[$0 % specs.count].user })
        let (g, _, _) = try read(bytes, chunk: 1 << 22, Self.general)
        #expect(g.deals == one.deals && g.dealLog == one.dealLog)
    }

    /// A mission created while a part's rows are applied (directly or by a batch) is known to the
    /// part's later rows, though the rows before it looked it up and found nothing.
    @Test func aMissionCreatedMidPartIsKnownToLaterRows() throws {
        let base = try loadBundled()
        let m = RowJournal.mission(5)
        let block = RowJournal.block(5, base)
        let created = block[12]
        let row = { (i: Int) in
            JournalEvent(eventId: "r\(i)", at: "2026-11-23T01:02:03Z", user: "t",
                         body: .dealRecorded(Deal(id: "rd\(i)", mission: m, direction: .buy, valueRupiah: 5, status: .committed, kind: .itemised,
                                                  source: "s")))
                .line(datasetId: RowJournal.datasetId)
        }
        let bytes = Self.bytes([row(0), row(1), created, row(2), row(3)])
        #expect(Self.rowIndices(Self.oneCore(bytes, RowJournal.datasetId)) == [0, 1, 3, 4])
        let (ds, r, _) = try read(bytes, chunk: 1 << 22, Self.oneCore)
        #expect(r.problems.map { $0.location?.line } == [1, 2], "\(r.problems.map(\.message))")
        #expect(r.applied == 5 && ds.missions.last?.id == m && ds.deals.suffix(4).map(\.id) == ["rd0", "rd1", "rd2", "rd3"])
        let (_, g, _) = try read(bytes, chunk: 1 << 22, Self.general)
        #expect(g.problems == r.problems)
    }

    /// A journal refused part way (a line of another data set) reports the warnings read before
    /// it as they are, whichever path applied their lines: the same problems, file names included.
    @Test func aRefusedJournalReportsRowWarningsAsTheGeneralPathDoes() throws {
        let base = try loadBundled()
        let block = RowJournal.block(3, base)
        let other = block[0].replacingOccurrences(of: "\"datasetId\":\"\(RowJournal.datasetId)\"", with: "\"datasetId\":\"lain\"")
        let bytes = Self.bytes(Array(block[0...13]) + [other] + Array(block[14...]))
        var results: [(Journal.Replay, Journal.Cursor)] = []
        for plain in [Self.general, Self.oneCore] {
            var ds = base
            var cursor = Journal.Cursor()
            var feed = Journal.Feed(path: "j", dataset: ds, cursor: &cursor)
            #expect(!feed.feed(bytes[...], into: &ds, cursor: &cursor, plainLines: plain))
            results.append((feed.replay, cursor))
        }
        let (g, r) = (results[0].0, results[1].0)
        #expect(g.refused && r.refused && g.applied == r.applied && results[0].1.line == 14 && results[0].1 == results[1].1)
        #expect(g.problems.map(\.message) == r.problems.map(\.message) && g.problems.count == 5)
        #expect(g.problems.map(\.file) == r.problems.map(\.file), "file names: \(g.problems.map(\.file)) vs \(r.problems.map(\.file))")
    }
}
