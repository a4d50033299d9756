import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

@Suite struct JournalTests {
    func tempPath() -> String { NSTemporaryDirectory() + "trade-tui-journal-" + UUID().uuidString + ".jsonl" }

    func dealLine(_ id: String, _ value: Int64, mission: String = "m2025-kaltim", dataset: String = "jatim-misi-dagang", v: Int = 1) -> String {
        """
        {"v":\(v),"datasetId":"\(dataset)","eventId":"e-\(id)","at":"2026-11-23T01:00:00Z","user":"staff","type":"dealRecorded","deal":{"id":"\(id)","mission":"\(mission)","direction":"sell","commodity":"coffee","valueRupiah":\(value),"status":"committed","kind":"itemised","source":"journal"}}
        """
    }

    @Test func missingJournalIsEmptyAndIsNotCreated() throws {
        var ds = try loadBundled()
        let path = tempPath()
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 0 && r.problems.isEmpty && !r.refused)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func recordedDealsAddToTotals() throws {
        var ds = try loadBundled()
        let before = try Aggregates.compute(ds)
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (dealLine("j1", 1_250_000_000) + "\n" + dealLine("j2", 750_000_000) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 2 && r.problems.isEmpty)
        let after = try Aggregates.compute(ds)
        #expect(after.totalValueRupiah == before.totalValueRupiah + 2_000_000_000)
        #expect(after.missions.first { $0.id == "m2025-kaltim" }?.totalValueRupiah == 1_055_146_943_500)
        #expect(after.byCommodity.first { $0.key == "coffee" }?.valueRupiah == 67_000_000_000)
    }

    @Test func damagedMiddleLineIsReportedAndSkipped() throws {
        var ds = try loadBundled()
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (dealLine("j1", 1) + "\n{\"v\":1,\"data\n" + dealLine("j3", 3) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 2)
        #expect(!r.refused)
        let p = try #require(r.problems.first)
        #expect(p.severity == .warning && p.location?.line == 2 && p.message.contains("line 2 is damaged"))
    }

    @Test func tornLastLineIsIgnored() throws {
        var ds = try loadBundled()
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let full = dealLine("j2", 2)
        try (dealLine("j1", 1) + "\n" + String(full.prefix(40))).write(toFile: path, atomically: true, encoding: .utf8)
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 1)
        #expect(r.problems.first?.message.contains("incomplete") == true)
    }

    @Test func refusesOtherDatasetAndNewerFormat() throws {
        for line in [dealLine("j1", 1, dataset: "other-set"), dealLine("j1", 1, v: Journal.formatVersion + 1)] {
            var ds = try loadBundled()
            let path = tempPath()
            defer { try? FileManager.default.removeItem(atPath: path) }
            try (line + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let r = Journal.replay(path: path, into: &ds)
            #expect(r.refused)
            #expect(r.problems.contains { $0.severity == .error })
        }
    }

    @Test func eventsForUnknownMissionsAreKeptAndReported() throws {
        var ds = try loadBundled()
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try (dealLine("j1", 5, mission: "m-gone") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Aggregates.compute(ds).totalValueRupiah
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.problems.first?.message.contains("no longer have") == true)
        #expect(ds.deals.contains { $0.id == "j1" })
        #expect(try Aggregates.compute(ds).totalValueRupiah == before)
    }

    @Test func defaultPathIsKeyedOnDatasetIdOutsideTheRepo() {
        #expect(Journal.defaultPath(datasetId: "jatim-misi-dagang", environment: ["HOME": "/home/ana"])
                == "/home/ana/.local/state/trade-tui/jatim-misi-dagang.journal.jsonl")
        #expect(Journal.defaultPath(datasetId: "x", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/trade-tui/x.journal.jsonl")
        #expect(Journal.defaultPath(datasetId: "x", environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/trade-tui/x.journal.jsonl")
        // No private place: no default at all (never the world-writable /tmp).
        #expect(Journal.defaultPath(datasetId: "x", environment: ["XDG_STATE_HOME": "relative"]) == nil)
        #expect(Journal.defaultPath(datasetId: "x", environment: [:]) == nil)
    }
}

@Suite struct GeneratorTests {
    @Test func generatedDataIsValidDeterministicAndIllustrative() throws {
        let base = NSTemporaryDirectory() + "trade-tui-gen-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        try SyntheticGenerator(deals: 5000, seed: 7).write(to: base + "/a")
        try SyntheticGenerator(deals: 5000, seed: 7).write(to: base + "/b")
        try SyntheticGenerator(deals: 5000, seed: 8).write(to: base + "/c")
        let a = try Data(contentsOf: URL(fileURLWithPath: base + "/a/deals.json"))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: base + "/b/deals.json"))))
        #expect(a != (try Data(contentsOf: URL(fileURLWithPath: base + "/c/deals.json"))))
        let r = DatasetLoader.load(directory: base + "/a")
        #expect(r.errors.isEmpty, "\(r.errors.prefix(3))")
        let ds = try #require(r.dataset)
        #expect(ds.deals.count == 5000)
        #expect(ds.illustrative && ds.deals.allSatisfy(\.illustrative))
        #expect(ds.datasetId == "synthetic-5000-s7")
        let agg = try Aggregates.compute(ds)
        #expect(agg.dealCount == 5000)
    }

    /// An owner or status set at a desk is stated by that desk: the fixtures' "≈ inferred" and its
    /// reason belonged to the value it replaced.
    @Test func aValueSetAtADeskIsNoLongerOurInference() throws {
        var ds = try loadBundled()
        let i = try #require(ds.actions.firstIndex { !$0.ownerBasis.isStated })
        let a = ds.actions[i].id
        let path = NSTemporaryDirectory() + "trade-tui-journal-" + UUID().uuidString + ".jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lines = [JournalEvent(eventId: "e1", at: "2026-11-30T01:00:00Z", user: "ana", body: .actionOwnerSet(actionId: a, owner: "Disperindag Jatim", previous: nil)),
                     JournalEvent(eventId: "e2", at: "2026-11-30T01:01:00Z", user: "ana", body: .actionStatusSet(actionId: a, status: .inProgress, previous: nil))]
        try (lines.map { $0.line(datasetId: ds.datasetId) }.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(Journal.replay(path: path, into: &ds).applied == 2)
        #expect(ds.actions[i].owner == "Disperindag Jatim" && ds.actions[i].ownerBasis.isStated)
        #expect(ds.actions[i].status == .inProgress && ds.actions[i].statusBasis.isStated)
    }
}
