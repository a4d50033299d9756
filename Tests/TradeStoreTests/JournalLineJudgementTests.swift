import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// How each journal line is judged: on its own, whatever came before it.
@Suite struct JournalLineJudgementTests {
    func tempPath() -> String { NSTemporaryDirectory() + "trade-tui-judge-" + UUID().uuidString + ".jsonl" }

    func note(_ n: Int, _ text: String) -> String {
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"n\#(n)","at":"2026-11-23T01:00:00Z","user":"ana","type":"actionNoteAdded","actionId":"act-cyber-hoax","note":"\#(text)"}"#
    }

    /// A newer writer may add a field to a deal: the deal still counts, with a warning.
    @Test func anUnknownFieldInANestedDealIsIgnoredNotADroppedEvent() throws {
        var ds = try loadBundled()
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let line = #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e1","at":"2026-11-23T01:00:00Z","user":"ana","type":"dealRecorded","deal":{"id":"x1","mission":"m2025-kaltim","direction":"sell","valueRupiah":5,"status":"committed","kind":"itemised","source":"desk","vatRupiah":1}}"#
        try (line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 1 && r.setAside == 0)
        #expect(r.problems.count == 1 && r.problems[0].severity == .warning && r.problems[0].message.contains("vatRupiah"))
        #expect(ds.deals.contains { $0.id == "x1" })
        let check = JournalMaintenance.check(path: path, dataset: try loadBundled())
        #expect(check.clean && check.damaged == 0)
    }

    /// Earlier lines' warnings fill the report (1000 listed at most); a good line after them is
    /// still judged on its own and applied.
    @Test func aGoodLineAfterAThousandWarningsIsApplied() throws {
        var ds = try loadBundled()
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = note(0, "first") + "\n"
        for _ in 0..<1005 { text += note(0, "first") + "\n" } // repeats: a warning each
        text += note(1, "after the repeats, with a bell \\u0007") + "\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 2, "the first note and the last")
        #expect(r.setAside == 0)
        #expect(ds.actionHistory["act-cyber-hoax"]?.last?.eventId == "n1")
    }

    @Test func setAsideLinesAreCountedNotFoundByTheirWords() throws {
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (note(1, "ok") + "\n{not json\n" + #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e\u001b","at":"t","user":"u","type":"actionNoteAdded","actionId":"act-cyber-hoax","note":"x"}"# + "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let check = JournalMaintenance.check(path: path, dataset: try loadBundled())
        #expect(check.events == 1 && check.damaged == 2 && !check.clean)
    }
}
