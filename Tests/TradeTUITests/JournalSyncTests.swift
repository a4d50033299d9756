import Testing
import TradeModel
@testable import TradeState
import TradeStore
import TradeTestSupport
import TradeView
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

@Suite struct LostUpdateTests {
    /// The observation: desk A ticks, desk B sets the action in progress, desk A presses u. B's
    /// change must not vanish: A's undo is a conflict, A sees who changed it, and chooses.
    @Test func anUndoAfterAnotherDesksChangeAsksInsteadOfOverwriting() throws {
        var a = try Desk(user: "ana")
        func status() -> FollowUpAction.Status? { a.model.dataset.actions.first { $0.id == "act-cyber-hoax" }?.status }
        // Desk A ticks the action from the checklist.
        try a.press(.char("3"))
        while a.state.lists[.checklists]?.selected != .action("act-cyber-hoax") { try a.press(.down) }
        try a.press(.char(" "))
        #expect(status() == .done)
        // Desk B (another process) sets it in progress; A's screen follows.
        let b = try CLI.run(["action", "act-cyber-hoax", "--in-progress", "--journal", a.path, "--user", "budi"])
        #expect(b.status == 0, "\(b.stderr)")
        try a.poll()
        // Desk A presses u: not applied; the screen says budi changed it and asks.
        try a.press(.char("u"))
        #expect(status() == .inProgress, "budi's change stays")
        #expect(a.state.context == .conflict)
        #expect(a.state.status?.text.contains("budi") == true && a.state.status?.text.contains("berjalan") == true, "\(a.state.status?.text ?? "")")
        let frame = FrameView.render(a.state, a.model).lines().joined(separator: "\n")
        #expect(frame.contains("⚠ Belum diterapkan: a = terapkan tetap · Esc = biarkan punya mereka"), "\(frame)")
        // Keep theirs: nothing is written.
        var keep = a.state
        #expect(Reducer.reduce(&keep, .key(.escape), a.model).isEmpty && keep.conflict == nil)
        // Apply anyway: made from budi's version, with the previous value that is there now.
        let again = Reducer.reduce(&a.state, .key(.char("a")), a.model)
        guard case .record(let bodies, _, let basedOn, _)? = again.first else { Issue.record("\(again)"); return }
        #expect(bodies == [.actionStatusSet(actionId: "act-cyber-hoax", status: .unknown, previous: .inProgress)])
        #expect(basedOn == a.model.dataset.version(ofAction: "act-cyber-hoax"))
        try a.perform(again)
        #expect(status() == .unknown && a.state.conflict == nil)
    }

    /// Budi ticks the action from a script; ana, whose screen has not caught up, ticks it too:
    /// agreement, not a conflict — saved, nothing changed, and the history shows both.
    @Test func tickingWhatAnotherDeskJustTickedAgrees() throws {
        for lang in [Language.id, .en] {
            var a = try Desk(user: "ana")
            a.state.lang = lang
            try a.press(.char("3"))
            while a.state.lists[.checklists]?.selected != .action("act-cyber-hoax") { try a.press(.down) }
            let b = try CLI.run(["action", "act-cyber-hoax", "--done", "--journal", a.path, "--user", "budi"])
            #expect(b.status == 0, "\(b.stderr)")
            try a.press(.char(" "))   // made from the fixtures' version: ana's screen had not seen budi's tick
            #expect(a.state.conflict == nil && a.model.dataset.conflicts.isEmpty)
            #expect(a.model.dataset.actions.first { $0.id == "act-cyber-hoax" }?.status == .done)
            #expect(a.state.status == StatusMessage(
                text: lang == .id ? "✓ Tersimpan; budi sudah lebih dulu menetapkan yang sama, tidak ada yang berubah"
                                  : "✓ Saved; budi had already set the same, nothing changed",
                isError: false, short: lang == .id ? "✓ Sama dengan perubahan budi" : "✓ Agrees with budi's change"))
            try a.press(.enter)
            let frame = FrameView.render(a.state, a.model).lines().joined(separator: "\n")
            #expect(frame.contains(lang == .id ? "= sama dengan perubahan budi" : "= agrees with budi's change"), "\(frame)")
            // A different value is still a conflict: citra, from the same old version, sets it in progress.
            let c = try CLI.run(["action", "act-cyber-hoax", "--in-progress", "--journal", a.path, "--user", "citra"])
            #expect(c.status == 0, "made from what the script read: the current version")
            let stale = JournalWriter(path: a.path, datasetId: "jatim-misi-dagang")
            try stale.append([JournalEvent(eventId: "d1-\(lang)", at: "2026-11-23T01:00:00Z", user: "dewi",
                                           body: .actionStatusSet(actionId: "act-cyber-hoax", status: .open, previous: .unknown),
                                           basedOn: Dataset.fixturesVersion)])
            try a.poll()
            #expect(a.model.dataset.conflicts.map(\.event.user) == ["dewi"])
        }
    }

    /// A script that read an action, then met another desk's change, says so; --force applies.
    @Test func aScriptSaysWhoChangedItAndForceApplies() throws {
        let dir = try CLI.tempDir()
        let path = dir + "/j.jsonl"
        let w = JournalWriter(path: path, datasetId: "jatim-misi-dagang")
        // Budi's change arrives between what the script read (nothing) and its write: simulated by
        // a change whose version the script's own line will not match.
        try w.append([JournalEvent(eventId: "b1", at: "2026-11-23T01:00:00Z", user: "budi",
                                   body: .actionStatusSet(actionId: "act-cyber-hoax", status: .inProgress, previous: .open),
                                   basedOn: Dataset.fixturesVersion)])
        let stale = JournalEvent(eventId: "a1", at: "2026-11-23T01:00:01Z", user: "ana",
                                 body: .actionStatusSet(actionId: "act-cyber-hoax", status: .done, previous: .open), basedOn: Dataset.fixturesVersion)
        try w.append([stale])
        let check = try CLI.run(["checklist", "--format", "csv", "--journal", path])
        #expect(check.stdout.contains("act-cyber-hoax") && !check.stdout.contains("act-cyber-hoax,done"), "the stale change is not applied")
        let forced = try CLI.run(["action", "act-cyber-hoax", "--done", "--force", "--journal", path])
        #expect(forced.status == 0, "\(forced.stderr)")
        let after = try CLI.run(["action", "act-cyber-hoax", "--undone", "--journal", path])
        #expect(after.status == 0, "made from the current version: applies")
    }
}

@Suite struct DeskUndoTests {
    @Test func undoingARecordedDealWithdrawsItAndRedoRestoresIt() throws {
        var desk = try Desk()
        let before = desk.model.aggregates.totalValueRupiah
        let deal = Deal(id: "u1", mission: "m2025-kaltim", direction: .sell, valueRupiah: 7_000_000, status: .committed, kind: .itemised, source: "desk")
        try desk.perform([.record([.dealRecorded(deal)], undoes: nil, purpose: .change)])
        #expect(desk.model.aggregates.totalValueRupiah == before + 7_000_000)
        try desk.press(.char("u"))
        #expect(desk.model.aggregates.totalValueRupiah == before, "undo withdraws the deal")
        #expect(desk.model.dataset.deals.first { $0.id == "u1" }?.status == .withdrawn, "and it stays visible")
        try desk.press(.ctrl("r"))
        #expect(desk.model.aggregates.totalValueRupiah == before + 7_000_000, "redo restores it")
        #expect(desk.model.dataset.conflicts.isEmpty, "undo and redo of this desk's own change are never conflicts")
    }
}
