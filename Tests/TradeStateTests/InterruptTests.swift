import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// Ctrl-C (the key, or SIGINT the run loop turns into it) quits at once when nothing would be
/// lost, asks as `q` does when something would, and a second Ctrl-C quits without waiting.
@Suite struct InterruptTests {
    let m = Fixture.shared

    /// The checklist with a tick on its way to the journal.
    func ticking() -> TestStore {
        var s = Fixture.state()
        s.press(.char("3"), .down, .char(" "))
        return TestStore(s)
    }

    @Test func nothingPendingQuitsAtOnce() {
        var store = TestStore()
        #expect(store.send(.ctrl("c")) { $0.quitting = true } == [.quitNow])
        #expect(store.state.context == .quitting)
    }

    @Test func aChangeOnItsWayAsksAndASecondCtrlCQuitsWithoutWaiting() {
        var store = ticking()
        #expect(!store.state.inFlight.isEmpty)
        #expect(store.send(.ctrl("c")) { $0.askingToQuit = true }.isEmpty)
        #expect(store.state.context == .confirm)
        #expect(QuitQuestion.text(store.state, m) == "Perubahan terakhir belum tersimpan (menunggu jurnal). Keluar setelah tersimpan? y/n")
        #expect(store.send(.ctrl("c")) { $0.askingToQuit = false; $0.quitting = true } == [.quitNow])
    }

    @Test func yesSavesThenQuitsAndOnlyCtrlCStillActs() {
        var store = ticking()
        store.receive(.journalWait(seconds: 2)) { $0.waitingForJournal = 2 }
        store.send(.ctrl("c")) { $0.askingToQuit = true }
        #expect(store.send(.char("y")) { $0.askingToQuit = false; $0.quitting = true } == [.quit])
        #expect(store.state.context == .quitting)
        #expect(QuitQuestion.saving(store.state) == "Menyimpan… lalu keluar (Ctrl-C: keluar tanpa menunggu)")
        // While it saves, other keys do nothing (a second change would not be waited for).
        #expect(store.send(.char(" ")).isEmpty)
        #expect(store.send(.char("n")).isEmpty)
        #expect(store.send(.ctrl("c")) == [.quitNow])
    }

    @Test func changesHeldOnThisLaptopAsk() throws {
        let held = try DashboardModel(dataset: m.dataset, aggregates: m.aggregates, journalPath: "/tmp/j.jsonl", journalEvents: 0,
                                      warnings: [], today: Fixture.today, unshared: 1)
        var store = TestStore(Fixture.state(held, lang: .en), model: held)
        store.send(.ctrl("c")) { $0.askingToQuit = true }
        #expect(QuitQuestion.text(store.state, held).hasPrefix("1 change not yet shared"))
        store.send(.char("n")) { $0.askingToQuit = false }
    }

    @Test func theDealFormAsksAndNoGoesBackToTheDraft() {
        var s = Fixture.state()
        s.press(.char("a"), .tab, .char("7"))
        var store = TestStore(s)
        #expect(store.state.context == .form)
        store.send(.ctrl("c")) { $0.askingToQuit = true }
        #expect(QuitQuestion.text(store.state, m) == "Isian yang belum disimpan akan hilang. Keluar? y/n")
        store.send(.char("n")) { $0.askingToQuit = false }
        #expect(store.state.context == .form)
        store.send(.ctrl("c")) { $0.askingToQuit = true }
        #expect(store.send(.char("y")) { $0.askingToQuit = false; $0.quitting = true } == [.quit])
    }

    @Test func thePresenterWithNothingPendingQuitsAtOnce() {
        var s = Fixture.state()
        s.press(.char("p"))
        #expect(s.context == .presenter)
        var store = TestStore(s)
        #expect(store.send(.ctrl("c")) { $0.quitting = true } == [.quitNow])
    }
}
