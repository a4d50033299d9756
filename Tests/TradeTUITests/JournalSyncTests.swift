import Testing
import TradeModel
@testable import TradeState
import TradeStore
import TradeTestSupport
@testable import TradeTUI

@Suite struct JournalSyncTests {
    @Test func appendedDealsExtendTheIndexesAndCorrectionsRebuildThem() throws {
        let dir = try CLI.tempDir()
        let path = dir + "/j.jsonl"
        let loaded = try DataLoader.load(directory: fixturesDir, journal: path, environment: [:]).get()
        let base = loaded.base
        var sync = JournalSync(loaded, today: Fixture.today)
        let first = try sync.model()
        let none = sync.poll(current: first)
        #expect(none == nil, "nothing new")
        let w = JournalWriter(path: path, datasetId: base.datasetId)
        let deal = Deal(id: "n1", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", valueRupiah: 5, status: .committed,
                        kind: .itemised, party: "CV Uji", source: "desk")
        try w.append([.stamped(.dealRecorded(deal), user: "ana")])
        let polled2 = try sync.poll(current: first)?.get()
        let second = try #require(polled2)
        #expect(second.dealSearch.count == first.dealSearch.count + 1)
        #expect(second.dealSearch.filter("cv uji").count == 1)
        #expect(second.dealsByCommodity["coffee"]?.count == (first.dealsByCommodity["coffee"]?.count ?? 0) + 1)
        #expect(second.aggregates.totalValueRupiah == first.aggregates.totalValueRupiah + 5)
        var corrected = deal
        corrected.party = "PT Lain"
        try w.append([.stamped(.dealCorrected(corrected), user: "ana")])
        let polled3 = try sync.poll(current: second)?.get()
        let third = try #require(polled3)
        #expect(third.dealSearch.filter("cv uji").isEmpty && third.dealSearch.filter("pt lain").count == 1, "rebuilt after a correction")
        // A full rebuild gives the same indexes as the incremental one.
        let fresh = try sync.model()
        #expect(fresh.dealSearch.count == third.dealSearch.count && fresh.dealsByMission == third.dealsByMission)
    }
}

@Suite struct JournalSyncRepairTests {
    /// A damaged line warns; once `journal repair` sets it aside, the warning goes, without a restart.
    @Test func warningsFollowTheJournalAfterARepair() throws {
        let dir = try CLI.tempDir()
        let path = dir + "/j.jsonl"
        let good = #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"n1","at":"2026-11-23T01:00:00Z","user":"ana","type":"actionNoteAdded","actionId":"act-cyber-hoax","note":"ok"}"#
        try (good + "\n{damaged\n").write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try DataLoader.load(directory: fixturesDir, journal: path, environment: [:]).get()
        var sync = JournalSync(loaded, today: Fixture.today)
        let first = try sync.model()
        #expect(first.warnings.count == 1)
        let repaired = try JournalMaintenance.repair(path: path, dataset: loaded.base)
        #expect(repaired.kept == 1 && repaired.setAside == 1)
        let polled = try sync.poll(current: first)?.get()
        let after = try #require(polled, "the rewritten journal is read again")
        #expect(after.warnings.isEmpty, "\(after.warnings)")
        #expect(after.dataset.actionHistory["act-cyber-hoax"]?.count == 1)
    }
}

@Suite struct JournalSyncProblemTests {
    /// A deal no total can hold: the poll says why instead of keeping the old figure silently.
    @Test func anOverflowingDealIsAProblemNotASilentFreeze() throws {
        let dir = try CLI.tempDir()
        let path = dir + "/j.jsonl"
        let loaded = try DataLoader.load(directory: fixturesDir, journal: path, environment: [:]).get()
        var sync = JournalSync(loaded, today: Fixture.today)
        let first = try sync.model()
        let w = JournalWriter(path: path, datasetId: loaded.base.datasetId)
        let big = Deal(id: "big", mission: "m2025-kaltim", direction: .sell, valueRupiah: .max, status: .committed, kind: .itemised, source: "desk")
        try w.append([.stamped(.dealRecorded(big), user: "ana")])
        guard case .failure(let f)? = sync.poll(current: first) else { Issue.record("expected a problem"); return }
        #expect(f.kind == .overflow)
        try w.append([.stamped(.dealWithdrawn(dealId: "big", reason: "salah ketik"), user: "ana")])
        guard case .success(let back)? = sync.poll(current: first) else { Issue.record("withdrawing it brings the data back"); return }
        #expect(back.aggregates.totalValueRupiah == first.aggregates.totalValueRupiah)
    }
}

@Suite struct DeskUndoTests {
    @Test func undoingARecordedDealWithdrawsItAndRedoRestoresIt() throws {
        let dir = try CLI.tempDir()
        let path = dir + "/j.jsonl"
        let loaded = try DataLoader.load(directory: fixturesDir, journal: path, environment: [:]).get()
        var sync = JournalSync(loaded, today: Fixture.today)
        var model = try sync.model()
        var s = Fixture.state(model)
        let before = model.aggregates.totalValueRupiah
        // Record, undo, redo, the way the run loop performs the effects.
        func perform(_ effects: [Effect]) throws {
            for case .record(let bodies, let undoes, _, let purpose) in effects {
                guard case .success(let events) = sync.record(bodies, user: "ana", undoes: undoes) else { Issue.record("write failed"); return }
                if let fresh = try sync.poll(current: model)?.get() { model = fresh }
                #expect(Reducer.reduce(&s, .dataChanged, model).isEmpty)
                #expect(Reducer.reduce(&s, .recorded(events, purpose), model).isEmpty)
            }
        }
        let deal = Deal(id: "u1", mission: "m2025-kaltim", direction: .sell, valueRupiah: 7_000_000, status: .committed, kind: .itemised, source: "desk")
        try perform([.record([.dealRecorded(deal)], undoes: nil, purpose: .change)])
        #expect(model.aggregates.totalValueRupiah == before + 7_000_000)
        try perform(Reducer.reduce(&s, .key(.char("u")), model))
        #expect(model.aggregates.totalValueRupiah == before, "undo withdraws the deal")
        #expect(model.dataset.deals.first { $0.id == "u1" }?.status == .withdrawn, "and it stays visible")
        try perform(Reducer.reduce(&s, .key(.ctrl("r")), model))
        #expect(model.aggregates.totalValueRupiah == before + 7_000_000, "redo restores it")
    }
}
