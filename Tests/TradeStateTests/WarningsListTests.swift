import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport
import TradeView

/// `⚠ N peringatan` can be read: `!` lists every warning, where it is and what it says.
@Suite struct WarningsListTests {
    func model() throws -> DashboardModel {
        let m = Fixture.shared
        let p = Problem(.warning, file: "missions.json", path: "missions[3].timeZone", at: JSONLocation(line: 4, column: 5),
                        "is WIT but Kalimantan Timur keeps WITA")
        return try DashboardModel(dataset: m.dataset, aggregates: m.aggregates, journalPath: "/tmp/j.jsonl", journalEvents: 0,
                                  warnings: [p], today: m.today)
    }

    @Test func bangOpensTheListAndClosesItAndHelpTakesOver() throws {
        let warned = try model()
        var s = Fixture.state(warned, width: 100, height: 30)
        let tab = FrameView.render(s, warned).lines()[1]
        #expect(tab.contains("⚠ 1 peringatan (!)"), "\(tab)")
        s.press(.char("!"), model: warned)
        #expect(s.showHelp && s.helpShowsWarnings)
        let screen = FrameView.render(s, warned).lines().joined(separator: "\n")
        #expect(screen.contains("Peringatan data (1)"))
        #expect(screen.contains("missions.json:4:5 (missions[3].timeZone)") && screen.contains("is WIT but Kalimantan Timur keeps WITA"))
        s.press(.char("!"), model: warned)
        #expect(!s.showHelp, "! again closes the list, as ? closes help")
        s.press(.char("?"), model: warned)
        #expect(s.showHelp && !s.helpShowsWarnings, "? shows the keys, not the warnings")
        s.press(.char("?"), model: warned)
        s.press(.char("!"), model: warned)
        s.press(.escape, model: warned)
        #expect(!s.showHelp, "Esc closes it")
    }

    @Test func noWarningsSaysSo() {
        var s = Fixture.state(Fixture.shared, width: 80, height: 24, lang: .en)
        s.press(.char("!"))
        #expect(FrameView.render(s, Fixture.shared).lines().joined(separator: "\n").contains("No warnings."))
    }
}

@Suite struct HelpScrollTests {
    /// End in help shows the last page full (its last line at the bottom), never a blank page.
    @Test(arguments: [Language.id, .en])
    func endShowsTheLastPageFull(lang: Language) {
        var s = Fixture.state(width: 80, height: 24, lang: lang)
        s.press(.char("?"), .end)
        let screen = FrameView.render(s, Fixture.shared).lines()
        let last = HelpContent.lines(s).last { !$0.isEmpty }.map { $0.map(\.text).joined() } ?? ""
        let body = screen[2..<(screen.count - 1)]
        #expect(body.contains { $0.contains(String(last.prefix(30))) }, "the last help line is on screen")
        #expect(body.filter { $0.trimmingCharacters(in: .whitespaces).isEmpty }.count < body.count / 2, "not a blank page")
    }
}
