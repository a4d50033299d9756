import Testing
import TradeModel
import TradeStore
@testable import TradeState
import TradeTestSupport
import TradeView

@Suite struct ReducerTests {
    let m = Fixture.shared

    @Test func panelsByNumberTabAndShiftTab() {
        var store = TestStore()
        store.send(.tab) { $0.panel = .commodities }
        store.send(.tab) { $0.panel = .checklists }
        store.send(.tab) { $0.panel = .missions }
        store.send(.backTab) { $0.panel = .checklists }
        store.send(.char("1")) { $0.panel = .missions }
        store.send(.char("2")) { $0.panel = .commodities }
        store.send(.char("3")) { $0.panel = .checklists }
        store.send(.char("3"))
    }

    @Test func cursorMovesAndClamps() {
        var store = TestStore(Fixture.state(height: 12))
        let count = store.state.missionRows.count
        let page = Layout(width: 80, height: 12).listRows(filterShown: false)
        let rows = store.state.missionRows
        // The selection, by id, moves with the cursor.
        func on(_ row: Int) -> RowID { .mission(m.aggregates.missions[rows[row]].id) }
        #expect(store.state.lists[.missions] == ListState(cursor: 0, top: 0, selected: .mission("a1984-osaka")))
        store.send(.up)
        store.send(.down) { $0.lists[.missions] = ListState(cursor: 1, selected: on(1)) }
        store.send(.char("j")) { $0.lists[.missions] = ListState(cursor: 2, selected: on(2)) }
        store.send(.char("k")) { $0.lists[.missions] = ListState(cursor: 1, selected: on(1)) }
        store.send(.end) { $0.lists[.missions] = ListState(cursor: count - 1, top: count - page, selected: on(count - 1)) }
        store.send(.home) { $0.lists[.missions] = ListState(cursor: 0, top: 0, selected: on(0)) }
        store.send(.pageDown) { $0.lists[.missions] = ListState(cursor: page, top: page, selected: on(page)) }
        for _ in 0..<(count + 5) { store.state.press(.down) }
        #expect(store.state.lists[.missions]?.cursor == count - 1, "the cursor stops at the last row")
    }

    @Test func enterOpensMissionDetailAndEscGoesBack() throws {
        var s = Fixture.state()
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-kaltim" })
        for _ in 0..<i { s.press(.down) }
        var store = TestStore(s)
        store.send(.enter) { $0.details[.missions] = .mission("m2025-kaltim") }
        #expect(store.state.context == .detail)
        let lines = DetailBuilder.lines(store.state, m, width: 80).count
        let page = Layout(width: 80, height: 24).body.height
        store.send(.pageDown) { $0.detailScroll = min(page - 1, lines - page + 2) }
        store.send(.escape) { $0.details[.missions] = nil; $0.detailScroll = 0 }
        store.send(.enter) { $0.details[.missions] = .mission("m2025-kaltim") }
        store.send(.backspace) { $0.details[.missions] = nil }
        store.send(.enter) { $0.details[.missions] = .mission("m2025-kaltim") }
        store.send(.left) { $0.details[.missions] = nil }
    }

    @Test func filterIsIncrementalCaseAndAccentInsensitive() throws {
        let ms = m.aggregates.missions
        func rows(_ ids: [String]) -> [Int] { ids.map { id in ms.firstIndex { $0.id == id }! } }
        var store = TestStore()
        let all = store.state.missionRows
        store.send(.char("/")) { $0.editingFilter = true }
        #expect(store.state.context == .filter)
        let withB = m.missionSearch.filter("b", among: all.map { Int32($0) }).map { Int($0) }
        // The selected mission (Osaka) does not match: the first match is selected, as a search shows it.
        store.send(.char("B")) {
            $0.lists[.missions] = ListState(filter: "B", selected: .mission(ms[withB[0]].id))
            $0.missionRows = withB
        }
        for c in "ALIK" { store.state.press(.char(c)) }
        #expect(store.state.missionRows == rows(["m2019-kaltim", "m2025-kaltim"]))
        #expect(store.state.lists[.missions]?.selected == .mission("m2019-kaltim"))
        // Clearing the filter keeps the cursor on the selected mission, at its row in the whole list.
        let kaltim = try #require(all.firstIndex(of: rows(["m2019-kaltim"])[0]))
        let page = Layout(width: 80, height: 24).listRows(filterShown: true)
        store.send(.ctrl("u")) {
            $0.lists[.missions] = ListState(cursor: kaltim, top: min(kaltim, all.count - page), selected: .mission("m2019-kaltim"))
            $0.missionRows = all
        }
        store.state.type("sélatan")
        #expect(Set(store.state.missionRows) == Set(rows(["m2025-kalsel", "m2025-sumsel"])))
        store.send(.char("q")) { $0.lists[.missions] = ListState(filter: "sélatanq"); $0.missionRows = [] }
        store.send(.escape) {
            $0.editingFilter = false
            $0.lists[.missions] = ListState(selected: .mission("a1984-osaka"))
            $0.missionRows = all
        }
        store.state.press(.char("/")); store.state.type("2023")
        store.send(.enter) { $0.editingFilter = false }
        #expect(store.state.missionRows.count == 2)
    }

    @Test func sortByDateValuePartnerAndYearFilter() {
        var s = Fixture.state()
        let ms = m.aggregates.missions
        #expect(ms[s.missionRows.first!].id == "a1984-osaka")
        s.press(.char("s"))
        #expect(s.missionSort == .value && ms[s.missionRows.first!].id == "m2025-kepri")
        s.press(.char("s"))
        #expect(s.missionSort == .partner)
        let names = s.missionRows.map { m.partnerNames(ms[$0]) }
        #expect(names == names.sorted())
        s.press(.char("r"))
        #expect(s.missionRows.map { m.partnerNames(ms[$0]) } == names.reversed())
        // The year is chosen from a list (`PickerTests`): typed, then Enter.
        s.press(.char("y"))
        s.type("1984")
        s.press(.enter)
        #expect(s.yearFilter == 1984 && s.picker == nil)
        s.press(.char("y"))
        s.type("2025")
        s.press(.enter)
        #expect(s.yearFilter == 2025)
        #expect(s.missionRows.allSatisfy { ms[$0].date.year == 2025 })
        s.press(.char("y"), .pageUp, .enter)
        #expect(s.yearFilter == nil)
    }

    @Test func commodityViewsAndDrillDown() throws {
        var s = Fixture.state()
        s.press(.char("2"))
        #expect(s.commodityRows.first?.commodity == "seafood")
        #expect(s.commodityRows.last?.commodity == "", "value not split by commodity comes last, apart")
        s.press(.char("v"))
        #expect(s.commodityView == .direction)
        #expect(s.commodityRows.contains { $0.kind == .direction(.sell) && $0.commodity == "coffee" })
        s.press(.char("v"))
        #expect(s.commodityRows.contains { $0.kind == .province("maluku") && $0.commodity == "seafood" })
        s.press(.char("v"), .enter)
        #expect(s.detail == .deals("seafood"))
        #expect(s.context == .deals)
        #expect(s.dealRows.count == 3)
        s.press(.char("/")); s.type("cumi")
        #expect(s.dealRows.count == 1)
        s.press(.escape)
        #expect(s.dealRows.count == 3)
        s.press(.escape)
        #expect(s.detail == nil)
    }

    @Test func checklistFilterKeepsHeadersAndOpensActions() throws {
        var s = Fixture.state()
        s.press(.char("3"))
        #expect(s.checklistRows.count == m.checklist.count)
        s.press(.char("/")); s.type("hoax"); s.press(.enter)
        #expect(s.checklistRows.count == 2, "the recommendation and its matching action")
        s.press(.down, .enter)
        #expect(s.detail == .action("act-cyber-hoax"))
    }

    @Test func helpQuitAndIgnoredKeys() {
        var s = Fixture.state()
        s.press(.char("?"))
        #expect(s.showHelp && s.context == .help)
        s.press(.char("1"))
        #expect(s.showHelp, "panel keys do not act under help")
        s.press(.escape)
        #expect(!s.showHelp)
        s.press(.function(1))
        #expect(s.showHelp)
        s.press(.char("q"))
        #expect(!s.showHelp && !s.quitting, "q closes help first")
        #expect(Reducer.reduce(&s, .key(.char("x")), m).isEmpty)
        #expect(Reducer.reduce(&s, .key(.char("q")), m) == [.quit])
        #expect(s.quitting)
    }

    @Test func mouseClickSelectsOpensAndSwitchesTabs() throws {
        var s = Fixture.state()
        let layout = Layout(width: 80, height: 24)
        #expect(Reducer.reduce(&s, .mouse(.click(x: 10, y: layout.listTop + 3)), m).isEmpty)
        #expect(s.lists[.missions]?.cursor == 3)
        #expect(Reducer.reduce(&s, .mouse(.click(x: 10, y: layout.listTop + 3)), m).isEmpty)
        #expect(s.detail != nil, "clicking the selected row opens it")
        let tab = try #require(TabStrip.ranges(s).first { $0.0 == .checklists })
        #expect(Reducer.reduce(&s, .mouse(.click(x: tab.1.lowerBound + 1, y: layout.tabs.y)), m).isEmpty)
        #expect(s.panel == .checklists)
        #expect(Reducer.reduce(&s, .mouse(.wheelDown(x: 5, y: 5)), m).isEmpty)
        #expect(s.lists[.checklists]?.cursor == 3)
        #expect(Reducer.reduce(&s, .mouse(.wheelUp(x: 5, y: 5)), m).isEmpty)
        #expect(s.lists[.checklists]?.cursor == 0)
    }

    @Test func resizeKeepsTheCursorVisible() throws {
        var s = Fixture.state(height: 45)
        s.press(.end)
        #expect(Reducer.reduce(&s, .resized(width: 40, height: 12), m).isEmpty)
        let l = try #require(s.lists[.missions])
        let page = Layout(width: 40, height: 12).listRows(filterShown: false)
        #expect(l.cursor == s.missionRows.count - 1, "the cursor stays on the row it was on")
        #expect(l.cursor >= l.top && l.cursor < l.top + page)
    }

    @Test func aTinyTerminalShowsWhatItCanAndTheDashboardComesBackUnchanged() throws {
        var s = Fixture.state()
        s.press(.char("3"), .down, .down, .down)
        let before = s
        #expect(s.panel == .checklists && s.lists[.checklists]?.cursor == 3)

        #expect(Reducer.reduce(&s, .resized(width: 1, height: 1), m).isEmpty)
        let tiny = FrameView.render(s, m)
        #expect(tiny.width == 1 && tiny.height == 1 && tiny.cells.count == 1)
        #expect(tiny.lines() == ["T"], "the first letter of the too-small message, nothing past the edge")
        #expect(tiny[0, 0].role == .warning && !tiny[0, 0].continuation)

        #expect(Reducer.reduce(&s, .resized(width: 0, height: 0), m).isEmpty)
        let none = FrameView.render(s, m)
        #expect(none.cells.isEmpty && none.lines().isEmpty)

        #expect(Reducer.reduce(&s, .resized(width: 29, height: 7), m).isEmpty)
        let small = FrameView.render(s, m).lines().joined(separator: " ")
        #expect(small.contains("Terminal terlalu kecil"))
        #expect(small.contains("minimal 30×8 (sekarang 29×7)"))

        #expect(Reducer.reduce(&s, .resized(width: 80, height: 24), m).isEmpty)
        #expect(s == before, "the whole state — panel, cursors, scroll — survives the tiny sizes")
        let full = FrameView.render(s, m).lines()
        #expect(full == FrameView.render(before, m).lines())
        #expect(full.count == 24 && full[0].hasPrefix(" trade-tui │ Σ 18 misi Rp14,22 T bukan resmi · LoI Rp3,296 T bukan transaksi"), "the header is back")
        #expect(!full.joined().contains("Terminal terlalu kecil"))
    }

    @Test func keyTableHasNoConflictsAndDocsAreCurrent() throws {
        #expect(KeyMap.standard.conflicts().isEmpty)
        let doc = try String(contentsOfFile: repoRoot + "/docs/KEYS.md", encoding: .utf8)
        #expect(doc == KeyMap.standard.markdown(), "regenerate with: swift run trade-tui keys > docs/KEYS.md")
        for b in KeyMap.standard.bindings {
            #expect(!b.helpId.isEmpty && !b.helpEn.isEmpty)
        }
    }

    @Test func everyCommandIsReachable() {
        let bound = Set(KeyMap.standard.bindings.map(\.command))
        for c in Command.allCases { #expect(bound.contains(c), "\(c)") }
    }
}
