import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

@Suite struct AggregationTests {
    func mission(_ a: Aggregates, _ id: String) throws -> MissionTotal { try #require(a.missions.first { $0.id == id }) }

    @Test func publishedFinalsToTheRupiah() throws {
        let ds = try loadBundled()
        let a = try Aggregates.compute(ds)
        #expect(try mission(a, "m2025-kaltim").totalValueRupiah == 1_053_146_943_500)
        #expect(try mission(a, "m2025-malut").totalValueRupiah == 568_042_498_000)
        #expect(try mission(a, "m2025-maluku").totalValueRupiah == 459_501_014_000)
        #expect(try mission(a, "m2025-ntb").totalValueRupiah == 1_068_809_135_000)
        #expect(try mission(a, "m2025-kepri").totalValueRupiah == 4_456_849_425_486)
        #expect(try mission(a, "m2024-bali").totalValueRupiah == 425_008_730_000)
        // Every mission with a published final sums to it exactly.
        #expect(a.missions.filter { $0.publishedFinalRupiah != nil }.count >= 6, "the six above at least")
        for m in a.missions where m.publishedFinalRupiah != nil {
            #expect(m.totalValueRupiah == m.publishedFinalRupiah, "\(m.id)")
        }
        // The grand total is the sum of the missions, agreements contributing nothing.
        #expect(a.missions.reduce(0) { $0 + $1.totalValueRupiah } == a.totalValueRupiah)
    }

    @Test func middayFigureIsKeptAsReportedNotFinal() throws {
        let ds = try loadBundled()
        let midday = try #require(ds.reportedTotals.first { $0.valueRupiah == 666_000_000_000 })
        #expect(midday.role == .interim)
        #expect(midday.mission == "m2025-kaltim")
        #expect(midday.conflictsWith == ["rt2025-kaltim-radar"])
        let ternate = ds.reportedTotals.filter { $0.mission == "m2025-malut" }.map { ($0.localTime?.dotted ?? "", $0.valueRupiah) }
        #expect(ternate.map(\.0) == ["12.00", "13.45", "17.00"])
        #expect(ternate.map(\.1) == [450_000_000_000, 503_470_000_000, 568_042_498_000])
    }

    @Test func splitBalanceAndProgress() throws {
        let a = try Aggregates.compute(try loadBundled())
        let k = try mission(a, "m2025-kaltim")
        #expect(k.byDirection[.sell] == 598_953_000_000)
        #expect(k.byDirection[.buy] == 230_099_000_000)
        #expect(k.byDirection[.investment] == 224_094_000_000)
        #expect(k.byDirection[.unspecified] == 943_500)
        #expect(k.balanceRupiah == 368_854_000_000)
        #expect(Rupiah.percent(k.totalValueRupiah, of: try #require(k.targetRupiah)) == "162,0%")
        let m = try mission(a, "m2025-malut")
        #expect(m.balanceRupiah == -24_693_502_000, "Malut sold more than it bought in 2025")
    }

    @Test func agreementPotentialIsNeverSummed() throws {
        let a = try Aggregates.compute(try loadBundled())
        let batam = try mission(a, "a2025-batam")
        #expect(batam.kind == .multiProvince)
        #expect(batam.potentialRupiah == 2_100_000_000_000)
        #expect(batam.totalValueRupiah == 0)
        #expect(try mission(a, "a1984-osaka").kind == .sisterProvince)
    }

    @Test func commoditiesIncludeZerosAndKeepUnsplitValueApart() throws {
        let ds = try loadBundled()
        let a = try Aggregates.compute(ds)
        #expect(a.byCommodity.count == ds.commodities.count)
        let byId = Dictionary(uniqueKeysWithValues: a.byCommodity.map { ($0.key, $0.valueRupiah) })
        #expect(byId["rice"] == 0)
        #expect(byId["coffee"] == 65_000_000_000)
        #expect(byId["seafood"] == Int64(125_300_000_000 + 64_500_000_000 + 36_000_000_000))
        #expect(a.byCommodity.reduce(0) { $0 + $1.valueRupiah } + a.notSplitByCommodityRupiah == a.totalValueRupiah)
    }

    @Test func yearsMonthsAndProvinces() throws {
        let a = try Aggregates.compute(try loadBundled())
        let years = Dictionary(uniqueKeysWithValues: a.byYear.map { ($0.key, $0.valueRupiah) })
        #expect(years["2024"] == 425_008_730_000)
        let months = Dictionary(uniqueKeysWithValues: a.byMonth.map { ($0.key, $0.valueRupiah) })
        #expect(months["2025-05"] == 1_053_146_943_500)
        #expect(months["2025-09"] == Int64(1_661_131_683_000 + 1_000_055_301_000))
        let prov = Dictionary(uniqueKeysWithValues: a.byProvince.map { ($0.key, $0.valueRupiah) })
        #expect(prov["kaltim"] == Int64(361_700_000_000 + 651_000_000_000 + 107_098_600_000 + 1_053_146_943_500))
    }

    @Test func checklistProgressAndOverdue() throws {
        var ds = try loadBundled()
        let today = PartialDate(year: 2026, month: 11, day: 23)
        var a = try Aggregates.compute(ds, today: today)
        let comm = try #require(a.checklist.first { $0.recommendation == "rec-communication" })
        // Its due date ("within a month") is inferred: overdue is never asserted from an inference.
        #expect(comm.total == 1 && comm.done == 0 && comm.overdue == 0)
        let i = try #require(ds.actions.firstIndex { $0.id == "act-cyber-hoax" })
        #expect(ds.actions[i].isPastInferredDue(today: today))
        ds.actions[i].dueBasis = .stated // as when a desk sets the date
        a = try Aggregates.compute(ds, today: today)
        #expect(a.checklist.first { $0.recommendation == "rec-communication" }?.overdue == 1)
        ds.actions[i].status = .done
        a = try Aggregates.compute(ds, today: today)
        #expect(a.checklist.first { $0.recommendation == "rec-communication" }?.overdue == 0)
        #expect(a.checklistDone == 1)
    }

    @Test func overflowThrowsInsteadOfWrapping() throws {
        var ds = try loadBundled()
        var d = ds.deals[0]
        d.id = "huge"
        d.valueRupiah = Int64.max - 10
        ds.deals.append(d)
        #expect(throws: MoneyOverflow.self) { try Aggregates.compute(ds) }
        #expect(throws: MoneyOverflow.self) { try Money.sum([Int64.max, 1], "x") }
        #expect(try Money.sum([1, 2, 3], "x") == 6)
    }

    @Test func withdrawnAndBreakdownLinesDoNotCount() throws {
        var ds = try loadBundled()
        let before = try Aggregates.compute(ds).totalValueRupiah
        let i = try #require(ds.deals.firstIndex { $0.id == "d2025-kaltim-rest" })
        ds.deals[i].status = .withdrawn
        #expect(try Aggregates.compute(ds).totalValueRupiah == before - 943_500)
        #expect(ds.deals.contains { $0.includedIn != nil && !$0.counts })
    }
}
