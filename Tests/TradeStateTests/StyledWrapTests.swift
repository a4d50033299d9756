import Testing
import TradeModel
@testable import TradeState

@Suite struct StyledWrapTests {
    @Test func aLineThatFitsIsUntouched() {
        let line: StyledLine = [Span("  Total "), Span("Rp1", .money)]
        #expect(StyledWrap.wrap(line, width: 20) == [line])
    }

    @Test func wrapsAtSpacesKeepingRolesAndIndentingContinuations() {
        let line: StyledLine = [Span("  • Kaltim menawarkan udang windu"), Span(" [dppkukm-kaltim-2025-05]", .dim)]
        let out = StyledWrap.wrap(line, width: 30)
        #expect(out == [
            [Span("  • Kaltim menawarkan udang")],
            [Span("    windu")],
            [Span("    "), Span("[dppkukm-kaltim-2025-05]", .dim)],
        ])
        for l in out { #expect(StyledWidth.of(l) <= 30) }
    }

    @Test func aTagIsMovedWholeToTheNextLineNeverCut() {
        let out = StyledWrap.wrap([Span("abc def"), Span(" [liputancyber-2025-03-13]", .dim)], width: 26, indent: 0)
        #expect(out.map { $0.map(\.text).joined() } == ["abc def", "[liputancyber-2025-03-13]"])
    }

    @Test func aWordWiderThanTheLineIsCutIntoPiecesThatFit() {
        let out = StyledWrap.wrap([Span("x " + String(repeating: "a", count: 25))], width: 10, indent: 0)
        #expect(out.map { $0.map(\.text).joined() } == ["x", "aaaaaaaaaa", "aaaaaaaaaa", "aaaaa"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let out = StyledWrap.wrap([Span("大阪府 大阪府 大阪府")], width: 8, indent: 0)
        #expect(out.map { $0.map(\.text).joined() } == ["大阪府", "大阪府", "大阪府"])
    }
}
