import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// The presenter's figures — what its total is made of, by kind of line — follow the data with the
/// total, and hold with it while the screen is frozen.
@Suite struct PresenterReducerTests {
    let m = Fixture.shared

    func presenting(_ mission: String?) -> TestStore {
        var s = Fixture.state(width: 160, height: 45)
        s.presenter = PresenterState(mission: mission, exitsProgram: true, rotateSeconds: nil, model: m)
        return TestStore(s)
    }

    /// Balikpapan 2025: three published sums (sell, buy, investment), a rounding line of Rp943.500
    /// (never a deal) and one named yearly contract inside the total.
    @Test func balikpapansFiguresSayWhatEachLineIs() throws {
        let f = try #require(presenting("m2025-kaltim").state.presenter?.figures)
        var expected = PresenterFigures()
        expected.byDirection = [.sell: 598_953_000_000, .buy: 230_099_000_000, .investment: 224_094_000_000]
        expected.summaries = 3
        expected.roundingRupiah = 943_500
        expected.namedWithin = 1
        expected.namedWithinInferred = 1 // no source says the yearly contract is inside the day's total
        expected.running = RunningTotal(start: 1_053_146_943_500, steps: []) // no line has a time of its own
        #expect(f == expected)
        let kepri = try #require(presenting("m2025-kepri").state.presenter?.figures)
        #expect(kepri.letters == 1 && kepri.lettersRupiah == 3_296_000_000_000 && kepri.deals == 0 && kepri.summaries == 2)
        #expect(kepri.byDirection[.unspecified] == nil, "a letter of intent and a rounding line have no direction to show")
    }

    /// The grand scope: the same lines over the data set, and how many missions its sums cover.
    @Test func theGrandFiguresCoverTheDataSet() throws {
        let f = try #require(presenting(nil).state.presenter?.figures)
        // The missions `summary` counts: those with a counting line (Balikpapan 2019 has none).
        #expect(f.missions == m.aggregates.missions.filter { $0.dealCount > 0 }.count && f.missions == m.scope.all.missions)
        #expect(f.missions == m.dataset.missions.count - 1)
        let counting = m.dataset.deals.filter { $0.counts }
        #expect(f.deals + f.summaries + f.letters == counting.filter { $0.kind != .unallocated }.count)
        #expect(f.roundingRupiah == counting.filter { $0.kind == .unallocated }.reduce(0) { $0 + $1.valueRupiah })
        let sum = f.byDirection.values.reduce(0, +) + f.lettersRupiah + f.roundingRupiah
        #expect(sum == m.aggregates.totalValueRupiah, "every rupiah of the total is in exactly one place")
    }

    /// A deal recorded by the desk is a transaction: the figures change with the total, at once;
    /// frozen, both hold; unfrozen, both catch up.
    @Test func aRecordedDealChangesTheFiguresWithTheTotal() throws {
        var store = presenting("m2025-kaltim")
        let more = try Fixture.model { ds in
            ds.deals.append(Deal(id: "new", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", valueRupiah: 1_250_000_000,
                                 status: .committed, kind: .itemised, source: "desk"))
        }
        // The dashboard's own rows follow the data behind the presenter, as on any `.dataChanged`.
        var behind = store.state
        _ = Reducer.reduce(&behind, .dataChanged, more)
        store.model = more
        store.receive(.dataChanged) { s in
            s.commodityRows = behind.commodityRows
            s.presenter?.shownTotal = 1_054_396_943_500
            s.presenter?.delta = 1_250_000_000
            s.presenter?.animateFrom = 1_053_146_943_500
            s.presenter?.changedAt = 0
            s.presenter?.figures.deals = 1
            s.presenter?.figures.byDirection[.sell] = 598_953_000_000 + 1_250_000_000
            s.presenter?.figures.running.start = 1_054_396_943_500
        }
        var frozen = presenting("m2025-kaltim")
        frozen.send(.char(".")) { $0.presenter?.frozen = true }
        frozen.model = more
        frozen.receive(.dataChanged) { $0.commodityRows = behind.commodityRows }
        frozen.send(.char(".")) { s in
            s.presenter?.frozen = false
            s.presenter?.shownTotal = 1_054_396_943_500
            s.presenter?.delta = 1_250_000_000
            s.presenter?.animateFrom = 1_053_146_943_500
            s.presenter?.changedAt = 0
            s.presenter?.figures.deals = 1
            s.presenter?.figures.byDirection[.sell] = 598_953_000_000 + 1_250_000_000
            s.presenter?.figures.running.start = 1_054_396_943_500
        }
    }

    /// The journal's times make the running total: a deal counts from the minute it was recorded,
    /// until it is withdrawn; what has no time (the fixtures' lines) is where the day starts.
    @Test func theRunningTotalFollowsTheJournalsTimes() throws {
        let day = 20_780 * 1440 // 2026-11-23
        let timed = try Fixture.model { ds in
            for (id, value, at) in [("a", Int64(5_000_000_000), "2026-11-23T03:00:00Z"), ("b", 7_000_000_000, "2026-11-23T04:30:15Z")] {
                ds.deals.append(Deal(id: id, mission: "m2025-kaltim", direction: .sell, valueRupiah: value, status: .committed, kind: .itemised, source: "desk"))
                ds.dealLog.append(DealLogEntry(eventId: "e" + id, at: at, user: "ana", dealId: id, dealIndex: ds.deals.count - 1, kind: .recorded))
            }
            // Deal a is withdrawn at 06:00 UTC; a correction leaves no step of its own.
            let a = ds.deals.firstIndex { $0.id == "a" }!
            ds.deals[a].status = .withdrawn
            ds.dealLog.append(DealLogEntry(eventId: "w", at: "2026-11-23T06:00:00Z", user: "ana", dealId: "a", dealIndex: a, kind: .withdrawn))
            ds.dealLog.append(DealLogEntry(eventId: "c", at: "2026-11-23T05:00:00Z", user: "ana", dealId: "b", dealIndex: a + 1, kind: .corrected))
        }
        let base: Int64 = 1_053_146_943_500
        let r = RunningTotal(timed, "m2025-kaltim")
        #expect(r == RunningTotal(start: base, steps: [.init(minute: day + 180, total: base + 5_000_000_000),
                                                       .init(minute: day + 270, total: base + 12_000_000_000),
                                                       .init(minute: day + 360, total: base + 7_000_000_000)]))
        #expect(r.total(at: day + 179) == base && r.total(at: day + 180) == base + 5_000_000_000 && r.total(at: day + 999) == base + 7_000_000_000)
        #expect(r.steps.last?.total == timed.aggregates.missions[timed.missionIndex["m2025-kaltim"]!].totalValueRupiah, "it ends on the total now")
        #expect(PresenterFigures(timed, nil).running == RunningTotal(), "the data set has no day")
    }

    /// A withdrawn rounding line leaves the figures; a withdrawn deal is no longer counted.
    @Test func withdrawnLinesLeaveTheFigures() throws {
        let withdrawn = try Fixture.model { ds in
            let i = ds.deals.firstIndex { $0.id == "d2025-kaltim-rest" }!
            ds.deals[i].status = .withdrawn
        }
        let f = PresenterFigures(withdrawn, "m2025-kaltim")
        #expect(f.roundingRupiah == 0 && f.summaries == 3)
    }
}
