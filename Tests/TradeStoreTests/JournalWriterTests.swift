import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

@Suite struct JournalWriterTests {
    func temp() throws -> String {
        let d = NSTemporaryDirectory() + "trade-tui-jw-" + UUID().uuidString
        return d + "/state/trade-tui/jatim-misi-dagang.journal.jsonl"
    }

    func event(_ body: JournalEvent.Body, user: String = "ana", undoes: String? = nil) -> JournalEvent {
        JournalEvent(eventId: JournalClock.newEventId(), at: JournalClock.nowISO(), user: user, body: body, undoes: undoes)
    }

    @Test func appendCreatesTheFileAndReplayAppliesEverything() throws {
        let path = try temp()
        let w = JournalWriter(path: path, datasetId: "jatim-misi-dagang")
        let tick = event(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open))
        let note = event(.actionNoteAdded(actionId: "act-cyber-hoax", note: "sudah \u{1B}[31m dipasang"), user: "budi")
        let owner = event(.actionOwnerSet(actionId: "act-batam-hub", owner: "BP Batam", previous: "Pemprov Kepri"))
        let due = event(.actionDueSet(actionId: "act-batam-hub", due: PartialDate(parsing: "2026-12-31"), previous: nil))
        try w.append([tick, note])
        try w.append([owner, due])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 8, "two batches of two: begin, events, commit")
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B }, "no raw control character in the journal")
        #expect(text.contains("sudah \\u001b[31m dipasang"), "kept exactly, escaped")
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 4)
        #expect(r.problems.count == 1 && r.problems[0].message.contains("control characters"), "reported, kept, shown sanitised")
        #expect(ds.actions.first { $0.id == "act-cyber-hoax" }?.status == .done)
        #expect(ds.actions.first { $0.id == "act-batam-hub" }?.owner == "BP Batam")
        #expect(ds.actions.first { $0.id == "act-batam-hub" }?.due == PartialDate(parsing: "2026-12-31"))
        let hist = try #require(ds.actionHistory["act-cyber-hoax"])
        #expect(hist.map(\.user) == ["ana", "budi"])
        #expect(hist[0].eventId == tick.eventId)
        #expect(hist[1].body == .actionNoteAdded(actionId: "act-cyber-hoax", note: "sudah \u{1B}[31m dipasang"), "stored as given")
    }

    @Test func eventsRoundTripThroughTheirLines() throws {
        let deal = Deal(id: "j1", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", product: "kopi-robusta",
                        description: "kopi", quantity: "12.5", unit: "ton", valueRupiah: 1_250_000_000, status: .committed,
                        kind: .itemised, includedIn: nil, party: "CV A", counterparty: "PT B", period: nil, illustrative: false,
                        source: "desk", note: "n")
        let all: [JournalEvent] = [
            event(.actionStatusSet(actionId: "a", status: .inProgress, previous: nil)),
            event(.actionNoteAdded(actionId: "a", note: "x\"y\\z"), undoes: "e0"),
            event(.actionOwnerSet(actionId: "a", owner: "o", previous: "p")),
            event(.actionDueSet(actionId: "a", due: nil, previous: PartialDate(parsing: "2025-04-12"))),
            event(.dealRecorded(deal)),
        ]
        for e in all {
            let d = Diagnostics()
            guard case .event(let back, nil) = Journal.decode(Array(e.line(datasetId: "x").utf8), line: 1, datasetId: "x", d) else {
                Issue.record("\(e.body.typeName) did not decode: \(d.problems)")
                continue
            }
            #expect(back == e)
        }
    }

    @Test func undoBodiesReverseEachChange() {
        let s = event(.actionStatusSet(actionId: "a", status: .done, previous: .open))
        #expect(s.inverseBody == .actionStatusSet(actionId: "a", status: .open, previous: .done))
        let o = event(.actionOwnerSet(actionId: "a", owner: "new", previous: "old"))
        #expect(o.inverseBody == .actionOwnerSet(actionId: "a", owner: "old", previous: "new"))
        let d = event(.actionDueSet(actionId: "a", due: PartialDate(parsing: "2026-01-01"), previous: nil))
        #expect(d.inverseBody == .actionDueSet(actionId: "a", due: nil, previous: PartialDate(parsing: "2026-01-01")))
        if case .actionNoteAdded(_, let n)? = event(.actionNoteAdded(actionId: "a", note: "hi")).inverseBody {
            #expect(n.contains("hi") && n.contains("withdrawn"))
        } else { Issue.record("a note is withdrawn by a note") }
        let deal = Deal(id: "d1", mission: "m", direction: .sell, valueRupiah: 5, status: .committed, kind: .itemised, source: "s")
        let rec = event(.dealRecorded(deal))
        #expect(rec.inverseBody == .dealWithdrawn(dealId: "d1", reason: "urungkan / undo"), "a recorded deal is undone by withdrawing it")
        #expect(rec.redoBody == .dealCorrected(deal), "and redone by restoring it")
        #expect(event(.dealWithdrawn(dealId: "d1", reason: "")).inverseBody == nil)
    }

    @Test func tornLastLineIsMovedAsideByTheNextWriterNeverDeleted() throws {
        let path = try temp()
        let w = JournalWriter(path: path, datasetId: "jatim-misi-dagang")
        try w.append([event(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open))])
        let torn = "{\"v\":1,\"datasetId\":\"jatim-misi-dagang\",\"eventId\":\"half"
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile(); h.write(Data(torn.utf8)); h.closeFile()
        var ds = try loadBundled()
        let before = Journal.replay(path: path, into: &ds)
        #expect(before.applied == 1 && before.tornTail == torn.utf8.count)
        let moved = try #require(try w.append([event(.actionNoteAdded(actionId: "act-cyber-hoax", note: "after"))]))
        #expect(try String(contentsOfFile: moved, encoding: .utf8) == torn)
        var ds2 = try loadBundled()
        let after = Journal.replay(path: path, into: &ds2)
        #expect(after.applied == 2 && after.problems.isEmpty && after.tornTail == 0)
    }

    @Test func repairKeepsReadableEventsAndSetsTheRestAside() throws {
        let path = try temp()
        let w = JournalWriter(path: path, datasetId: "jatim-misi-dagang")
        let a = event(.actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open))
        try w.append([a])
        let h = try #require(FileHandle(forWritingAtPath: path))
        h.seekToEndOfFile()
        h.write(Data("garbage in the middle\n".utf8))
        h.write(Data((a.line(datasetId: "jatim-misi-dagang") + "\n").utf8)) // an exact repeat
        h.write(Data("{\"v\":1,\"datasetId\":\"jatim-misi-dagang\",\"eventId\":\"e\",\"at\":\"t\",\"user\":\"u\",\"type\":\"actionStatusSet\",\"actionId\":\"x\",\"status\":\"maybe\"}\n".utf8))
        h.closeFile()
        try w.append([event(.actionNoteAdded(actionId: "act-cyber-hoax", note: "still here"))])
        let ds = try loadBundled()
        let check = JournalMaintenance.check(path: path, dataset: ds)
        #expect(check.damaged == 2)
        #expect(check.problems.contains { $0.location?.line == 2 && $0.message.contains("line 2 is damaged") })
        #expect(check.problems.contains { $0.message.contains("repeats the event") })
        let r = try JournalMaintenance.repair(path: path, dataset: ds)
        #expect(r.kept == 2 && r.setAside == 2)
        let aside = try String(contentsOfFile: try #require(r.asidePath), encoding: .utf8)
        #expect(aside.contains("garbage in the middle") && aside.contains("maybe"))
        #expect(JournalMaintenance.check(path: path, dataset: ds).clean)
        var ds2 = ds
        #expect(Journal.replay(path: path, into: &ds2).applied == 2)
        let backup = path + ".bak"
        #expect(try JournalMaintenance.export(path: path, to: backup) > 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func badFieldsAreSetAsideNotFatal() throws {
        let path = try temp()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try """
        {"v":1,"datasetId":"jatim-misi-dagang","eventId":"e1","at":"t","user":"u","type":"actionStatusSet","actionId":"act-cyber-hoax","status":"sideways"}
        {"v":1,"datasetId":"jatim-misi-dagang","eventId":"e2","at":"t","user":"u","type":"actionStatusSet","actionId":"act-cyber-hoax","status":"done"}
        {"v":1,"datasetId":"jatim-misi-dagang","eventId":"e3","at":"t","user":"u","type":"actionStatusSet","actionId":"act-gone","status":"done"}

        """.write(toFile: path, atomically: true, encoding: .utf8)
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(!r.refused && r.applied == 1)
        #expect(r.problems.allSatisfy { $0.severity == .warning })
        #expect(r.problems.contains { $0.location?.line == 1 && $0.message.contains("set aside") })
        #expect(r.problems.contains { $0.location?.line == 3 && $0.message.contains("no longer have") })
    }

    @Test func incrementalReplayReadsOnlyWhatIsNew() throws {
        let path = try temp()
        let w = JournalWriter(path: path, datasetId: "jatim-misi-dagang")
        try w.append([event(.actionNoteAdded(actionId: "act-cyber-hoax", note: "1"))])
        var ds = try loadBundled()
        var cursor = Journal.Cursor()
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).applied == 1)
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).applied == 0)
        try w.append([event(.actionNoteAdded(actionId: "act-cyber-hoax", note: "2"))])
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).applied == 1)
        #expect(ds.actionHistory["act-cyber-hoax"]?.count == 2)
        let repaired = try JournalMaintenance.repair(path: path, dataset: try loadBundled())
        #expect(repaired.kept == 2 && repaired.setAside == 0)
        try FileManager.default.removeItem(atPath: path)
        try w.append([event(.actionNoteAdded(actionId: "act-cyber-hoax", note: "3"))])
        #expect(Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: false).rewritten, "a replaced file is detected")
    }
}

@Suite struct JournalStreamingTests {
    @Test func aLineLongerThanAnyEventIsSetAsideAndReadingGoesOn() throws {
        let path = NSTemporaryDirectory() + "trade-tui-long-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let note = { (n: String) in
            JournalEvent.stamped(.actionNoteAdded(actionId: "act-cyber-hoax", note: n), user: "u").line(datasetId: "jatim-misi-dagang")
        }
        let long = "{\"v\":1,\"note\":\"" + String(repeating: "x", count: JSONParser.maxStringBytes + 5_000_000) + "\"}"
        try (note("before") + "\n" + long + "\n" + note("after") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var ds = try loadBundled()
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 2 && !r.refused)
        #expect(r.problems.contains { $0.location?.line == 2 && $0.message.contains("longer than 16 MiB") })
        #expect(ds.actionHistory["act-cyber-hoax"]?.count == 2)
    }
}
