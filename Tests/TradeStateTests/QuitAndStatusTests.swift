import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// Leaving the desk never drops a change in silence, and the tab row's message says what matters
/// first and does not outstay its truth.
@Suite struct QuitAndStatusTests {
    let m = Fixture.shared

    /// The fixtures with `n` changes held on this laptop (the server did not answer).
    func holding(_ n: Int) throws -> DashboardModel {
        try DashboardModel(dataset: m.dataset, aggregates: m.aggregates, journalPath: "/tmp/j.jsonl", journalEvents: 0,
                           warnings: [], today: Fixture.today, unshared: n)
    }

    @Test func qWithChangesNotYetSharedAsksFirst() throws {
        let held = try holding(2)
        var store = TestStore(Fixture.state(held), model: held)
        #expect(store.send(.char("q")) { $0.askingToQuit = true }.isEmpty)
        #expect(store.state.context == .confirm)
        #expect(QuitQuestion.text(store.state, held)
                == "2 perubahan belum dibagikan — tersimpan di laptop ini dan dikirim saat dasbor dibuka lagi. Keluar? y/n")
        store.send(.char("n")) { $0.askingToQuit = false }
        store.send(.char("q")) { $0.askingToQuit = true }
        store.send(.escape) { $0.askingToQuit = false }
        store.send(.char("q")) { $0.askingToQuit = true }
        #expect(store.send(.char("y")) { $0.askingToQuit = false; $0.quitting = true } == [.quit])
    }

    @Test func theQuestionInEnglish() throws {
        let one = try holding(1)
        var s = Fixture.state(one, lang: .en)
        s.press(.char("q"), model: one)
        #expect(QuitQuestion.text(s, one) == "1 change not yet shared — saved on this laptop and sent when the dashboard is opened again. Quit? y/n")
        #expect(QuitQuestion.text(s, try holding(3)).hasPrefix("3 changes not yet shared"))
    }

    @Test func nothingHeldQuitsAtOnce() {
        var store = TestStore()
        #expect(store.send(.char("q")) { $0.quitting = true } == [.quit])
    }

    @Test func aChangeStillOnItsWayAlsoAsks() throws {
        var s = Fixture.state()
        s.press(.char("3"), .down, .char(" "))
        #expect(!s.inFlight.isEmpty, "the tick is on its way to the journal")
        var store = TestStore(s)
        store.send(.char("q")) { $0.askingToQuit = true }
        #expect(QuitQuestion.text(store.state, m) == "Perubahan terakhir belum tersimpan (menunggu jurnal). Keluar setelah tersimpan? y/n")
        // Waiting for a journal another process holds: the same.
        var waiting = TestStore()
        waiting.receive(.journalWait(seconds: 4)) { $0.waitingForJournal = 4 }
        waiting.send(.char("q")) { $0.askingToQuit = true }
        let both = try holding(2)
        #expect(QuitQuestion.text(store.state, both).hasPrefix("Perubahan terakhir belum tersimpan dan 2 perubahan belum dibagikan"))
    }

    @Test func aSuccessFadesAndGivesWayToTheOfflineWarningAnErrorStays() {
        var store = TestStore()
        store.receive(.heldLocally([], .change, waiting: 2)) {
            $0.status = StatusMessage(text: "✓ Disimpan di laptop ini, belum dibagikan (2)", isError: false, short: "✓ Di laptop ini, 2 belum dibagikan")
        }
        store.receive(.statusExpired) { $0.status = nil }
        store.receive(.recordFailed("disk full")) { $0.status = StatusMessage(text: "✗ Tidak tersimpan: disk full", isError: true) }
        store.receive(.statusExpired)
        let offline = DataProblem(kind: .offline(since: 1_796_022_120), lastGood: 1_796_022_060)
        store.receive(.dataProblem(offline)) { $0.dataProblem = offline }

        // A success said before the server went away gives way to the warning; one said while
        // offline (the change held on this laptop) stays until it fades.
        var saved = TestStore()
        saved.receive(.outboxShared([])) { $0.status = StatusMessage(text: "✓ 0 perubahan dari laptop ini sudah dibagikan", isError: false, short: "✓ 0 perubahan sudah dibagikan") }
        saved.receive(.dataProblem(offline)) { $0.dataProblem = offline; $0.status = nil }
        saved.receive(.heldLocally([], .change, waiting: 1)) {
            $0.status = StatusMessage(text: "✓ Disimpan di laptop ini, belum dibagikan (1)", isError: false, short: "✓ Di laptop ini, 1 belum dibagikan")
        }
        saved.receive(.dataProblem(offline))
    }

    @Test func aRefusalSaysItsReasonFirstWhereRoomIsShort() {
        var store = TestStore()
        let why = "jurnal di postgresql://127.0.0.1:5432/trade tidak boleh ditulis dengan peran basis data ini (hanya-baca): ERROR: permission denied; tidak ada yang tercatat"
        store.receive(.recordFailed(why, brief: "peran hanya-baca")) {
            $0.status = StatusMessage(text: "✗ Tidak tersimpan: " + why, isError: true, short: "✗ Tidak tersimpan: peran hanya-baca")
        }
    }

    @Test func aConflictSaysWhoWhenAndWhatFirst() throws {
        let (mine, later) = try Fixture.conflictOnCyberHoax()
        var s = Fixture.state(later)
        _ = Reducer.reduce(&s, .recorded([mine], .change), later)
        #expect(s.status == StatusMessage(text: "⚠ Diubah orang lain lebih dulu: budi 23 Nov 2026 14.02 WIB: status → berjalan", isError: true,
                                          short: "⚠ Diubah budi lebih dulu, 23 Nov 2026 14.02 WIB: status → berjalan",
                                          tab: "⚠ budi 14.02 WIB: status → berjalan"))
        // `k` (up, everywhere else) does not settle it: a habit must not drop the change.
        let asked = s
        _ = Reducer.reduce(&s, .key(.char("k")), later)
        #expect(s.conflict != nil && s.conflict == asked.conflict && s.status == asked.status, "\(String(describing: s.status))")
        _ = Reducer.reduce(&s, .key(.escape), later)
        #expect(s.status == StatusMessage(text: "Perubahan Anda tetap di jurnal tanpa diterapkan; perubahan mereka berlaku", isError: false,
                                          short: "Perubahan mereka yang berlaku"))
    }
}
