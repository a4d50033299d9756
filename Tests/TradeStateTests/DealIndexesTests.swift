import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// The dashboard's per-deal indexes built over fields (the first model) equal the ones added deal
/// by deal (a model extended by appended deals), on the bundled data — breakdowns, letters of
/// intent, inferred lines, periods — and on generated data.
@Suite struct DealIndexesTests {
    static func bothWays(_ ds: Dataset) throws -> (DealIndexes, DealIndexes) {
        let missions = Dictionary(try Aggregates.compute(ds).missions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byFields = DealIndexes()
        byFields.build(ds, missions: missions, progress: nil)
        var oneByOne = DealIndexes()
        oneByOne.extend(ds, from: 0, missions: missions)
        return (byFields, oneByOne)
    }

    @Test func bundledDataTheSameBothWays() throws {
        let ds = try loadBundled()
        let (a, b) = try Self.bothWays(ds)
        #expect(a == b)
        #expect(!a.letters.isEmpty && !a.inferred.isEmpty && !a.periods.isEmpty && a.residual, "the bundled data exercises every index")
        #expect(a.byCommodity.values.reduce(0) { $0 + $1.count } < ds.deals.count, "breakdowns of lines with a commodity are left out")
    }

    @Test func generatedDataTheSameBothWays() throws {
        var ds = try loadBundled()
        ds.deals = DealTable(ds.deals + (0..<9000).map { i in
            Deal(id: "g\(i)", mission: ds.missions[i % ds.missions.count].id, direction: .sell, commodity: i % 4 == 0 ? nil : "coffee",
                 valueRupiah: Int64(i + 1), status: i % 9 == 0 ? .withdrawn : .committed, kind: i % 5 == 0 ? .letterOfIntent : .itemised,
                 period: i % 7 == 0 ? "per tahun" : nil, source: "desk:t")
        })
        let (a, b) = try Self.bothWays(ds)
        #expect(a == b && a.byMission.values.reduce(0) { $0 + $1.count } == ds.deals.count)
    }

    /// The search text folded part by part (repeated parts once) equals the text of each deal made whole.
    @Test func searchTextTheSameAsDealByDeal() throws {
        var ds = try loadBundled()
        ds.deals.append(contentsOf: (0..<5000).map { i in
            Deal(id: "s\(i)", mission: ds.missions[i % ds.missions.count].id, direction: Deal.Direction.allCases[i % 4],
                 commodity: i % 3 == 0 ? nil : "seaweed", valueRupiah: 7, status: .committed, kind: Deal.Kind.allCases[i % 4],
                 party: i % 11 == 0 ? "PT Ikan Ñ" : nil, source: "desk:t")
        })
        let model = try DashboardModel(dataset: ds, aggregates: try Aggregates.compute(ds, today: Fixture.today), journalPath: "",
                                       journalEvents: 0, warnings: [], today: Fixture.today)
        let text = DealSearchText(model)
        var expected = SearchIndex()
        for d in ds.deals {
            for p in text.parts(d) { if let p { expected.part(p) } }
            expected.endRow()
        }
        #expect(model.dealSearch.bytes == expected.bytes && model.dealSearch.offsets == expected.offsets)
        // What the rows show finds them: a province, the Indonesian direction and kind, a year.
        let row = try #require(ds.deals.firstIndex {
            $0.id.hasPrefix("s") && $0.mission == "m2025-kaltim" && $0.commodity == "seaweed" && $0.direction == .sell && $0.kind == .itemised
        })
        for q in ["kalimantan timur", "jual", "rincian kontrak", "2025", "seaweed", "rumput laut"] {
            #expect(model.dealSearch.filter(q).contains(Int32(row)), "\(q)")
        }
    }
}
