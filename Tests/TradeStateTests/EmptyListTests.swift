import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport
import TradeView

/// An empty list says why: the filters that hide everything, or that it is empty.
@Suite struct EmptyListTests {
    @Test func aFilteredListNamesItsFilters() throws {
        var s = Fixture.state(width: 100, height: 30)
        s.press(.char("3"), .char("f"), .char("f"))   // status: done — none is done
        #expect(s.checklistStatus == .done)
        let screen = FrameView.render(s, Fixture.shared).lines().joined(separator: "\n")
        #expect(screen.contains("(tidak ada yang cocok dengan saringan: selesai)"), "\(screen)")
        var m = Fixture.state(width: 100, height: 30, lang: .en)
        m.press(.char("/"))
        m.type("zzz")
        #expect(FrameView.render(m, Fixture.shared).lines().joined(separator: "\n").contains("(nothing matches the filters: /zzz)"))
    }

    @Test func anEmptyListSaysItIsEmpty() throws {
        let empty = try Fixture.model { ds in ds.actions = []; ds.recommendations = []; ds.obstacles = []; ds.indicators = [] }
        var s = Fixture.state(empty, width: 100, height: 30)
        s.press(.char("3"), model: empty)
        let screen = FrameView.render(s, empty).lines().joined(separator: "\n")
        #expect(screen.contains("(daftar ini kosong)") && !screen.contains("cocok"), "\(screen)")
    }
}
