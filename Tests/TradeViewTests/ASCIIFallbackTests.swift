import Foundation
import Testing
import TradeModel
import TradeTestSupport
@testable import TradeView

/// Under LANG=C every glyph the screens use has an ASCII stand-in of its own width, so no state
/// rests on a glyph that is not drawn.
@Suite struct ASCIIFallbackTests {
    @Test func statesStayDistinct() {
        #expect(["[✓]", "[~]", "[ ]", "[?]"].map { $0.map(ASCIIFallback.text).joined() } == ["[x]", "[~]", "[ ]", "[?]"])
        #expect(ASCIIFallback.text("▶") == ">" && ASCIIFallback.text("█") == "#" && ASCIIFallback.text("≈") == "~")
        #expect(ASCIIFallback.text("≠") != ASCIIFallback.text("≈"), "a conflict and an inference look different")
        #expect(ASCIIFallback.text("≠") != ASCIIFallback.text("█"), "another source's figure is not a bar")
        let cut = Cell(ch: "…", role: .normal, continuation: false, cut: true)
        #expect(cut.ascii != ASCIIFallback.text("·") && cut.ascii != ".", "text cut for room does not end like a sentence, nor like the dot between two parts")
        #expect(Cell(ch: "…", role: .normal, continuation: false).ascii == ".", "an ellipsis of the text's own stays one")
        #expect(ASCIIFallback.text("…") != ASCIIFallback.text("≈"), "text cut for room does not say inferred")
        #expect(ASCIIFallback.text("大") == "??", "a wide character keeps its two columns")
    }

    /// Every non-ASCII character written in the panels' and contents' own text has an entry.
    @Test func everyGlyphTheScreensUseHasAStandIn() throws {
        var missing: Set<Character> = []
        for dir in ["Sources/TradeView", "Sources/TradeState", "Sources/TradeModel/Formatting", "Sources/TradeModel/Model"] {
            let root = repoRoot + "/" + dir
            let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for f in files where !f.hasSuffix("ASCIIFallback.swift") {
                let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    for c in line where !c.isASCII && ASCIIFallback.text(c).allSatisfy({ $0 == "?" }) && TextWidth.of(c) == 1 { missing.insert(c) }
                }
            }
        }
        #expect(missing.isEmpty, "no ASCII stand-in for: \(missing.sorted().map(String.init).joined(separator: " "))")
    }
}
