import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// When deals are only appended, the projector's figures are extended by the new deals
/// (`PresenterFigures.following`) and equal those worked out afresh; otherwise worked out afresh.
@Suite struct PresenterFollowingTests {
    func appended(_ base: DashboardModel, _ deals: [Deal]) throws -> DashboardModel {
        var ds = base.dataset
        ds.deals += deals
        let previous = try #require(try base.aggregates.adding(deals, in: ds, today: Fixture.today))
        return try DashboardModel(dataset: ds, aggregates: previous, journalPath: "", journalEvents: 0, warnings: [],
                                  today: Fixture.today, reusing: base)
    }

    @Test func appendedDealsExtendTheFiguresAndAgreeWithAFreshCount() throws {
        let base = Fixture.shared
        var figures = PresenterFigures(base, nil)
        #expect(figures.counted == base.dataset.deals.count)
        var model = base
        for i in 0..<4 {
            let d = Deal(id: "follow-\(i)", mission: i == 3 ? "nowhere" : "m2025-kaltim", direction: i % 2 == 0 ? .sell : .buy,
                         commodity: "coffee", valueRupiah: 1_000_000 * Int64(i + 1), status: .committed,
                         kind: i == 2 ? .letterOfIntent : .itemised, source: "desk:t")
            let next = try appended(model, [d])
            #expect(next.appendedFrom == model.dataset.deals.count)
            figures = figures.following(next, nil)
            #expect(figures == PresenterFigures(next, nil), "after deal \(i)")
            model = next
        }
        #expect(figures.deals == PresenterFigures(base, nil).deals + 2)
    }

    @Test func aModelThatIsNoExtensionIsCountedAfresh() throws {
        let base = Fixture.shared
        let stale = PresenterFigures(base, nil)
        // A model built from scratch (a correction, a withdrawal): no `appendedFrom`.
        let fresh = try Fixture.model { ds in ds.deals[0].valueRupiah += 1 }
        #expect(fresh.appendedFrom == nil)
        #expect(stale.following(fresh, nil) == PresenterFigures(fresh, nil))
        // One mission's figures are always worked out afresh (they are few).
        let next = try appended(base, [Deal(id: "x", mission: "m2025-kaltim", direction: .sell, valueRupiah: 7, status: .committed, kind: .itemised, source: "s")])
        #expect(PresenterFigures(base, "m2025-kaltim").following(next, "m2025-kaltim") == PresenterFigures(next, "m2025-kaltim"))
    }
}
