import Testing
import TradeModel
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// Issue #11 on the dashboard's lists: what a panel row says about where a figure comes from.
@Suite struct ProvenanceScreenTests {
    let m = Fixture.shared

    /// Kepri's purchases line: another ketik.com article prints Rp81,9 juta; the deal list says so.
    @Test func aLineAnotherSourcePrintsDifferentlyIsMarkedInTheDealList() throws {
        var s = Fixture.state(width: 160, height: 45)
        s.details[.missions] = .missionDeals("m2025-kepri")
        s.lists[.missionDeals] = ListState()
        _ = Reducer.reduce(&s, .dataChanged, m)
        let lines = FrameView.render(s, m).lines()
        let buy = try #require(lines.first { $0.contains("Rp81.900.000.000") }, "\(lines)")
        #expect(buy.contains("≠ Rp81,9 juta [ketik-2025-12-05]"), "\(buy)")
    }

    /// Panel 3: every status is unknown, and the header says so beside the done count.
    @Test func theChecklistHeaderCountsUnknownStatuses() {
        var s = Fixture.state(width: 160, height: 45)
        s.press(.char("3"))
        let header = FrameView.render(s, m).lines()[2]
        #expect(header.contains("0/11 selesai · 11 belum diketahui"), "\(header)")
    }
}
