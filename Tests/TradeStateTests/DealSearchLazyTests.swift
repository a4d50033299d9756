import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// The deals' search text waits for the first filter, and a model that only appended deals
/// extends its predecessor's: either way it equals the text built from scratch.
@Suite struct DealSearchLazyTests {
    @Test func builtOnFirstUseAndExtendedByAppendedDeals() throws {
        let base = try Fixture.model()
        #expect(!base.dealSearchIsBuilt)
        let first = base.dealSearch
        #expect(base.dealSearchIsBuilt && first.count == base.dataset.deals.count)
        var model = base
        for i in 0..<3 {
            var ds = model.dataset
            ds.deals.append(Deal(id: "lazy-\(i)", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", valueRupiah: 5,
                                 status: .committed, kind: .itemised, party: "CV Lazy \(i)", source: "desk:t"))
            let agg = try Aggregates.compute(ds, today: Fixture.today)
            // Every other model is never searched: the next one extends from the last built.
            model = try DashboardModel(dataset: ds, aggregates: agg, journalPath: "", journalEvents: 0, warnings: [], today: Fixture.today, reusing: model)
            #expect(!model.dealSearchIsBuilt)
            if i == 1 { continue }
            let fresh = try DashboardModel(dataset: ds, aggregates: agg, journalPath: "", journalEvents: 0, warnings: [], today: Fixture.today)
            #expect(model.dealSearch.bytes == fresh.dealSearch.bytes && model.dealSearch.offsets == fresh.dealSearch.offsets, "after \(i)")
            #expect(model.dealSearch.filter("cv lazy \(i)").count == 1)
        }
    }
}
