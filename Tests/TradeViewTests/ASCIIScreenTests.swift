import SnapshotTesting
import Testing
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// What a terminal without UTF-8 (`LANG=C`) shows: the frame drawn for it, each cell through
/// `ASCIIFallback` as the curses backend writes it.
@Suite(.serialized) struct ASCIIScreenTests {
    static func ascii(_ buf: ScreenBuffer) -> [String] {
        (0..<buf.height).map { y in (0..<buf.width).filter { !buf[$0, y].continuation }.map { buf[$0, y].ascii }.joined() }
    }

    func projector(_ mission: String, width: Int, height: Int, lang: Language, ascii: Bool) -> AppState {
        var s = Fixture.state(width: width, height: height, lang: lang)
        s.asciiOnly = ascii
        s.presenter = PresenterState(mission: mission, exitsProgram: true, rotateSeconds: nil, model: Fixture.shared)
        #expect(Reducer.reduce(&s, .presenterTick(now: 100, utc: PresenterTests.utc), Fixture.shared).isEmpty)
        return s
    }

    /// A reached target reads `OK`, never the `x` of a ticked box, which looks like "missed".
    @Test(arguments: [(80, 24), (160, 45)])
    func aReachedTargetReadsOKOnTheProjector(width: Int, height: Int) {
        for lang in [Language.id, .en] {
            let buf = FrameView.render(projector("m2025-kaltim", width: width, height: height, lang: lang, ascii: true), Fixture.shared)
            let lines = Self.ascii(buf)
            assertSnapshot(of: lines.joined(separator: "\n"), as: .lines, named: "kaltim-\(width)x\(height)-\(lang.rawValue)")
            let reached = lines.filter { $0.contains(lang == .id ? "162,0%" : "162.0%") }
            #expect(reached.count == 2 && reached.allSatisfy { $0.trimmingSpaces.hasSuffix(" OK") }, "the subtitle and the bar: \(reached)")
            #expect(lines.allSatisfy { $0.allSatisfy(\.isASCII) })
            #expect(!reached.contains { $0.trimmingSpaces.hasSuffix(" x") }, "a reached target is not an x")
            // A terminal that shows UTF-8 keeps the tick.
            let unicode = FrameView.render(projector("m2025-kaltim", width: width, height: height, lang: lang, ascii: false), Fixture.shared).lines()
            #expect(unicode.contains { $0.contains("% ✓") } && !unicode.contains { $0.contains("% OK") })
        }
    }

    /// A ticked box stays `[x]` on the same terminal.
    @Test func aTickedBoxStaysX() throws {
        let model = try Fixture.model { ds in
            if let i = ds.actions.firstIndex(where: { $0.id == "act-cyber-hoax" }) { ds.actions[i].status = .done }
        }
        var s = Fixture.state(model, width: 80, height: 24)
        s.asciiOnly = true
        s.press(.char("3"), model: model)
        let lines = Self.ascii(FrameView.render(s, model))
        #expect(lines.contains { $0.contains("[x] Adopsi sistem AI") }, "\(lines.joined(separator: "\n"))")
    }
    /// Text cut for room ends in `>` on such a terminal: not `.`, which reads as a sentence that
    /// ended (or as the `·` between two parts).
    @Test func textCutForRoomEndsInAnArrow() {
        var s = Fixture.state(width: 80, height: 24)
        s.asciiOnly = true
        let buf = FrameView.render(s, Fixture.shared)
        let (unicode, ascii) = (buf.lines(), Self.ascii(buf))
        let cut = unicode.indices.filter { unicode[$0].trimmingSpaces.hasSuffix("…") }
        #expect(!cut.isEmpty, "the 80-column missions list cuts some titles")
        for k in cut { #expect(ascii[k].trimmingSpaces.hasSuffix(">"), "\(ascii[k])") }
        // An ellipsis the text itself holds is not a cut: "Memuat data…" is not "Memuat data>".
        var own = ScreenBuffer(width: 20, height: 1)
        own.put("Memuat data…", x: 0, y: 0, role: .normal)
        #expect(Self.ascii(own) == ["Memuat data.        "])
        var cutOne = ScreenBuffer(width: 10, height: 1)
        cutOne.put("Kepulauan Riau", x: 0, y: 0, role: .normal)
        #expect(Self.ascii(cutOne) == ["Kepulauan>"] && cutOne.lines() == ["Kepulauan…"])
    }
}
