import SnapshotTesting
import Testing
import TradeModel
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// Forms, prompts and pickers are boxes over the body: nothing behind shows through, the list's
/// selection is not drawn beside them, and every sentence is readable (wrapped, never cut).
@Suite(.serialized) struct OverlaySnapshotTests {
    let m = Fixture.shared

    /// Balikpapan 2025 (it has a published final), the deal form with a large value read back and
    /// awaiting confirmation.
    func confirming(_ w: Int, _ h: Int, _ lang: Language) throws -> AppState {
        var s = Fixture.state(width: w, height: h, lang: lang)
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-kaltim" })
        for _ in 0..<i { s.press(.down) }
        s.press(.char("a"), .tab, .right, .tab, .char(lang == .id ? "h" : "s"), .tab)
        s.type("PT Sumber Laut")
        s.press(.tab, .tab, .tab, .tab)
        s.type(lang == .id ? "1,25 triliun" : "1.25 trillion")
        s.press(.enter)
        #expect(s.context == .formConfirm)
        return s
    }

    /// The text inside the box's borders, its lines joined by single spaces (as read, wrapped or not).
    func boxText(_ buf: ScreenBuffer) -> String {
        let inside = buf.lines().compactMap { line -> String? in
            let chars = Array(line)
            guard let l = chars.firstIndex(of: "│"), let r = chars.lastIndex(of: "│"), r > l else { return nil }
            return String(chars[(l + 1)..<r])
        }
        return inside.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    /// Every row the box covers is the box's own: a border at both ends, nothing from the list.
    func expectABox(_ buf: ScreenBuffer, _ s: AppState) {
        let lines = buf.lines()
        let rows = (2..<(s.height - 1)).filter { lines[$0].contains("│") }
        #expect(!rows.isEmpty)
        for y in rows {
            let chars = Array(lines[y])
            guard let l = chars.firstIndex(of: "│"), let r = chars.lastIndex(of: "│") else { continue }
            #expect(r > l, "row \(y): one border")
            #expect(!chars[..<l].contains("▶"), "row \(y): the list's selection beside the box")
        }
        #expect(!lines.contains { $0.hasPrefix("▶") }, "no selection marker in column 0")
    }

    @Test(arguments: [Language.id, .en])
    func theDealFormConfirmingALargeValue(lang: Language) throws {
        for (w, h) in [(80, 24), (160, 45)] {
            let s = try confirming(w, h, lang)
            let buf = FrameView.render(s, m)
            expectABox(buf, s)
            let text = boxText(buf)
            let confirm = lang == .id ? "Benar? y = simpan, n = kembali" : "Is that right? y = record it, n = go back"
            let adds = lang == .id ? "diumumkan Rp1.053.146.943.500; transaksi ini menambahnya." : "final of Rp1,053,146,943,500; this deal adds to it."
            #expect(text.contains(confirm) && text.contains(adds), "\(w)x\(h): the warning and the question are whole: \(text)")
            if w == 80 {
                // At 80 columns the box takes the whole width: its borders are the first and last columns.
                let row = buf.lines()[4]
                #expect(row.first == "│" && row.last == "│", "\(row)")
            }
            assertSnapshot(of: buf, as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    /// Enter on a value that does not read: its sentence is said once, not once as typed and
    /// again as the form's error.
    @Test(arguments: [Language.id, .en])
    func aValueThatDoesNotReadIsSaidOnce(lang: Language) {
        var s = Fixture.state(lang: lang)
        s.press(.char("a"), .tab, .tab, .tab, .tab, .tab, .tab, .tab)
        s.type("12.5")
        s.press(.enter)
        #expect(s.form?.error != nil)
        let lines = FrameView.render(s, m).lines().filter { $0.contains("✗") }
        #expect(lines.count == 1, "\(lines)")
        let said = lang == .id ? "titik memisahkan ribuan" : "a decimal needs a scale word: million, billion or trillion"
        #expect(lines.first?.contains(said) == true, "\(lines)")
    }

    /// The form as it opens: the most recent mission, its field in focus with the search hint.
    @Test func theDealFormAsItOpens() {
        var s = Fixture.state()
        s.press(.char("a"))
        let buf = FrameView.render(s, m)
        expectABox(buf, s)
        assertSnapshot(of: buf, as: .screen, named: "80x24")
    }

    @Test(arguments: [Language.id, .en])
    func theNotePrompt(lang: Language) {
        var s = Fixture.state(lang: lang)
        s.press(.char("3"), .down, .down, .char("n"))
        s.type("rapat dengan 大阪府 besok")
        s.press(.alt("b"), .left)
        let buf = FrameView.render(s, m)
        expectABox(buf, s)
        assertSnapshot(of: buf, as: .screen, named: "80x24-\(lang.rawValue)")
    }

    @Test(arguments: [Language.id, .en])
    func theMissionFilterPicker(lang: Language) {
        var s = Fixture.state(lang: lang)
        s.press(.char("3"), .char("m"))
        s.type("ma")
        s.press(.down)
        let buf = FrameView.render(s, m)
        expectABox(buf, s)
        assertSnapshot(of: buf, as: .screen, named: "80x24-\(lang.rawValue)")
    }

    /// The year filter (`y` on the Missions panel) at both sizes: years with their rows.
    @Test(arguments: [Language.id, .en])
    func theYearFilterPicker(lang: Language) {
        for (w, h) in [(80, 24), (160, 45)] {
            var s = Fixture.state(width: w, height: h, lang: lang)
            s.press(.char("y"), .down)
            let buf = FrameView.render(s, m)
            expectABox(buf, s)
            assertSnapshot(of: buf, as: .screen, named: "\(w)x\(h)-\(lang.rawValue)")
        }
    }

    @Test func theDealFormsMissionPickerAt160() {
        var s = Fixture.state(width: 160, height: 45)
        s.press(.char("a"))
        s.type("kal")
        let buf = FrameView.render(s, m)
        expectABox(buf, s)
        assertSnapshot(of: buf, as: .screen, named: "160x45")
    }

    /// Under LANG=C the box is drawn in ASCII, each glyph one column, none a "?".
    @Test func theBoxHasAnASCIIFallback() {
        for c: Character in ["┌", "┐", "└", "┘", "├", "┤", "─", "│"] {
            #expect(ASCIIFallback.text(c) != "?", "\(c)")
        }
    }
}
