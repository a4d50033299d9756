import Testing
import TradeModel
import TradeState
@testable import TradeView

/// Text cut at an edge always ends in "…" — never a silent cut that reads as a whole word.
@Suite struct EllipsisTests {
    func row(_ s: String, width: Int = 10, maxX: Int) -> String {
        var b = ScreenBuffer(width: width, height: 1)
        b.put(s, x: 0, y: 0, role: .normal, maxX: maxX)
        return b.lines()[0]
    }

    @Test func aCutEndsInAnEllipsis() {
        #expect(row("Misi Dagang Jatim", maxX: 8) == "Misi Da…  ")
        #expect(row("大阪府大阪府", maxX: 5) == "大阪…     ")
    }

    @Test func noEllipsisForPaddingOrForOneColumn() {
        #expect(row("abc      ", maxX: 5) == "abc       ")
        #expect(row("abcdef", width: 1, maxX: 1) == "a")
        #expect(row("abcd", maxX: 4) == "abcd      ", "a text that fits exactly is whole")
    }
}
