import Foundation
import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

/// `Aggregates.adding` (what a projector or desk does when deals are appended) equals
/// `Aggregates.compute` on the whole data set, or declines (nil) so the caller computes afresh.
@Suite struct AggregatesAddingTests {
    static let synthetic: Dataset = {
        let dir = NSTemporaryDirectory() + "trade-tui-adding-" + UUID().uuidString
        try! SyntheticGenerator(deals: 6_000, seed: 3).write(to: dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return DatasetLoader.load(directory: dir).dataset!
    }()

    func split(_ ds: Dataset, at k: Int) -> Dataset {
        var before = ds
        before.deals = DealTable(ds.deals.prefix(k))
        return before
    }

    @Test(arguments: [0, 1, 2_999, 5_990, 6_000])
    func addedDealsGiveWhatTheWholePassGives(at k: Int) throws {
        let ds = Self.synthetic
        let before = try Aggregates.compute(split(ds, at: k))
        let added = try #require(try before.adding(ds.deals[k...], in: ds))
        #expect(added == (try Aggregates.compute(ds)))
    }

    @Test func theBundledDataOneDealAtATime() throws {
        // Plain lines of the fixtures' own missions and commodities, added one by one.
        var ds = try loadBundled()
        var a = try Aggregates.compute(ds)
        for (i, mission) in ["m2025-kaltim", "m2025-malut", "a2025-batam", "nowhere"].enumerated() {
            let d = Deal(id: "add-\(i)", mission: mission, direction: i % 2 == 0 ? .sell : .buy, commodity: i == 1 ? nil : "coffee",
                         valueRupiah: Int64(i) * 1_000_000, status: .committed, kind: .itemised, source: "desk:t")
            ds.deals.append(d)
            a = try #require(try a.adding([d], in: ds))
            #expect(a == (try Aggregates.compute(ds)), "after \(mission)")
        }
    }

    @Test func declinesWhatOnlyTheWholePassCanCount() throws {
        let ds = try loadBundled()
        let a = try Aggregates.compute(ds)
        var inside = ds.deals[0]
        inside.includedIn = ds.deals[1].id
        #expect(try a.adding([inside], in: ds) == nil)
        var withdrawn = ds.deals[0]
        withdrawn.status = .withdrawn
        #expect(try a.adding([withdrawn], in: ds) == nil)
        // A new line with an id another line says it is inside.
        if let parent = ds.deals.compactMap(\.includedIn).first {
            let d = Deal(id: parent, mission: "m2025-kaltim", direction: .sell, valueRupiah: 5, status: .committed, kind: .itemised, source: "s")
            #expect(try a.adding([d], in: ds) == nil)
        }
        var moreMissions = ds
        moreMissions.missions.append(ds.missions[0])
        #expect(try a.adding([], in: moreMissions) == nil)
    }

    @Test func anOverflowIsThrownAsTheWholePassThrowsIt() throws {
        var ds = Self.synthetic
        let a = try Aggregates.compute(ds)
        let huge = Deal(id: "huge", mission: ds.deals[0].mission, direction: .sell, commodity: ds.deals[0].commodity,
                        valueRupiah: Int64.max - 10, status: .committed, kind: .itemised, source: "s")
        ds.deals.append(huge)
        #expect(throws: MoneyOverflow.self) { try Aggregates.compute(ds) }
        #expect(throws: MoneyOverflow.self) { try a.adding([huge], in: ds) }
    }
}
