import Foundation
import Testing
@testable import TradeModel
@testable import TradeStore
import TradeTestSupport

/// A large journal read with its plain lines decoded ahead on two cores (`ParallelPlainLines`,
/// what `FileJournal` does) gives exactly what reading every line on the general path gives:
/// the same deals, actions, history, conflicts, problems and counts.
@Suite struct ParallelReplayTests {
    /// 12 000 lines: plain deals and status changes, a batch, corrections made from an old version
    /// (conflicts), notes and withdrawals (general path only), damaged lines, a line with an escape (general path), a duplicate event and a repeated deal id.
    static func journal(lines count: Int = 12_000) -> [UInt8] {
        let ds = "jatim-misi-dagang"
        var lines: [String] = []
        func deal(_ i: Int, value: Int64) -> Deal {
            Deal(id: "pj\(i)", mission: i % 3 == 0 ? "m2025-kaltim" : "m2025-malut", direction: i % 2 == 0 ? .sell : .buy,
                 commodity: i % 5 == 0 ? nil : "coffee", quantity: i % 7 == 0 ? "1.5" : nil, unit: i % 7 == 0 ? "ton" : nil,
                 valueRupiah: value, status: .committed, kind: .itemised, source: "desk:t")
        }
        for i in 0..<count {
            let e = { (body: JournalEvent.Body, basedOn: String?) in
                JournalEvent(eventId: "pe\(i)", at: "2026-11-30T01:00:00Z", user: "t", body: body, basedOn: basedOn)
            }
            switch i % 40 {
            case 5: lines.append(e(.actionStatusSet(actionId: "act-export-data", status: i % 80 == 5 ? .done : .open, previous: nil), nil).line(datasetId: ds))
            case 9: lines.append(e(.actionNoteAdded(actionId: "act-export-data", note: "catatan \(i)"), nil).line(datasetId: ds))
            case 13: lines.append(e(.dealCorrected(deal(i - 13, value: 7)), "pe\(i - 13)").line(datasetId: ds))
            case 17: lines.append(e(.dealCorrected(deal(i - 17, value: 9)), "not-the-current-version").line(datasetId: ds))
            case 21: lines.append(e(.dealWithdrawn(dealId: "pj\(i - 21)", reason: "batal"), nil).line(datasetId: ds))
            case 25: lines.append(String(e(.dealRecorded(deal(i, value: 3)), nil).line(datasetId: ds).dropLast(9)))
            case 29: lines.append(e(.dealRecorded(deal(i, value: 3)), nil).line(datasetId: ds).replacingOccurrences(of: "\"user\":\"t\"", with: "\"user\":\"\\u0074\""))
            case 31: lines.append(e(.dealRecorded(deal(i - 1, value: 3)), nil).line(datasetId: ds))
            case 33 where i < 2000:
                let batch = "pb\(i)"
                lines.append(Journal.batchLine("batchBegin", id: batch, events: 2, datasetId: ds, at: "t", user: "t"))
                lines.append(JournalEvent(eventId: "pe\(i)a", at: "t", user: "t", body: .dealRecorded(deal(i, value: 11))).line(datasetId: ds, batch: batch))
                lines.append(JournalEvent(eventId: "pe\(i)b", at: "t", user: "t", body: .dealRecorded(deal(i + 100_000, value: 13))).line(datasetId: ds, batch: batch))
                lines.append(Journal.batchLine("batchCommit", id: batch, events: 2, datasetId: ds, at: "t", user: "t"))
            case 37: lines.append(lines[lines.count - 3])
            default: lines.append(e(.dealRecorded(deal(i, value: Int64(1_000_000 + i))), nil).line(datasetId: ds))
            }
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    func read(_ bytes: [UInt8], chunk: Int, plainLines: Journal.PlainLineDecoder?) throws -> (Dataset, Journal.Replay, Journal.Cursor) {
        let read = try feedJournal(bytes, chunk: chunk, plainLines: plainLines)
        #expect(!read.1.refused)
        return read
    }

    @Test(arguments: [1 << 22, 65_536, 4_099])
    func twoCoresReadWhatOneLineAtATimeReads(chunk: Int) throws {
        let bytes = Self.journal()
        // Every line on the general path (nothing decoded ahead) against the fast path on two cores.
        let (one, r1, c1) = try read(bytes, chunk: chunk, plainLines: { bytes, _ in .general(Journal.lineRanges(bytes)) })
        let (two, r2, c2) = try read(bytes, chunk: chunk, plainLines: ParallelPlainLines.decoder)
        #expect(r1.applied == r2.applied && r1.setAside == r2.setAside && r1.problems == r2.problems)
        #expect(r1.applied > 10_000 && r1.setAside > 100 && !r1.problems.isEmpty)
        #expect(one.deals == two.deals && one.actions.map(\.status) == two.actions.map(\.status) && one.dealLog == two.dealLog)
        #expect(one.actionHistory == two.actionHistory && one.conflicts == two.conflicts)
        #expect(!one.conflicts.isEmpty)
        #expect(c1.offset == c2.offset && c1.line == c2.line && c1.offset == bytes.count)
    }

    /// The file read ahead (the next 4 MiB chunk decoded on the other core while this one applies,
    /// `JournalReadAhead`) reads what the general path reads, over several chunks, whole or in two
    /// looks (a watcher's: the second starts mid-file).
    @Test func readingAheadReadsWhatOneLineAtATimeReads() throws {
        let bytes = Self.journal(lines: 40_000)
        #expect(bytes.count > 2 * (4 << 20), "three chunks")
        let (one, r1, _) = try read(bytes, chunk: 1 << 22, plainLines: { bytes, _ in .general(Journal.lineRanges(bytes)) })
        let path = NSTemporaryDirectory() + "trade-tui-ahead-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let half = bytes[..<(bytes.count / 2)].lastIndex(of: 0x0A)! + 1
        for looks in [[bytes.count], [half, bytes.count]] {
            let taken = JournalReadAhead.taken.load(ordering: .relaxed)
            defer { #expect(JournalReadAhead.taken.load(ordering: .relaxed) - taken >= 2, "the chunks read ahead were used") }
            var ds = try loadBundled()
            var cursor = Journal.Cursor()
            var applied = 0, setAside = 0
            var problems: [Problem] = []
            for end in looks {
                try Data(bytes[..<end]).write(to: URL(fileURLWithPath: path))
                let r = Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: true)
                applied += r.applied
                setAside += r.setAside
                problems += r.problems
            }
            // The same problems, named after the file (the other read calls it "j").
            #expect(applied == r1.applied && setAside == r1.setAside, "\(looks.count) looks")
            let (mine, theirs) = (problems.map { "\($0.path) \($0.location?.description ?? "") \($0.message)" },
                                  r1.problems.map { "\($0.path) \($0.location?.description ?? "") \($0.message)" })
            // Each look reports up to 1000 problems: two looks report the first 1000 and more.
            #expect(looks.count == 1 ? mine == theirs : Set(theirs).isSubset(of: Set(mine)) && mine.count > theirs.count,
                    "\(looks.count) looks: \(mine.count) vs \(theirs.count)")
            #expect(ds.deals == one.deals && ds.dealLog == one.dealLog && ds.actionHistory == one.actionHistory && ds.conflicts == one.conflicts)
            #expect(cursor.offset == bytes.count)
        }
    }
}
