import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// The mouse does what the keys do, where the pointer is: a click on a tab focuses it, on a row
/// selects it, on the selected row is Enter; the wheel scrolls the list, detail or help under it.
@Suite struct MouseReducerTests {
    let m = Fixture.shared

    /// The state after `keys`, for "the same as the keys" expectations.
    func pressed(_ s: AppState, _ keys: Key...) -> AppState {
        var s = s
        for k in keys { _ = Reducer.reduce(&s, .key(k), m) }
        s.status = nil
        return s
    }

    func missionID(_ s: AppState, row: Int) -> String { m.aggregates.missions[s.missionRows[row]].id }

    @Test func aClickPastColumn223SelectsTheRowAndASecondClickOpensIt() {
        let wide = Layout(width: 250, height: 45)
        var store = TestStore(Fixture.state(width: 250, height: 45))
        let id = missionID(store.state, row: 4)
        store.receive(.mouse(.click(x: 239, y: wide.listTop + 4))) { $0.lists[.missions] = ListState(cursor: 4, selected: .mission(id)) }
        store.receive(.mouse(.click(x: 239, y: wide.listTop + 4))) { $0.details[.missions] = .mission(id) }
        #expect(store.state == pressed(Fixture.state(width: 250, height: 45), .down, .down, .down, .down, .enter), "the same as ↓↓↓↓ Enter")
    }

    @Test func aClickOnATabFocusesItsPanelAndBetweenTabsNothing() throws {
        var store = TestStore()
        let tabs = TabStrip.ranges(store.state)
        let commodities = try #require(tabs.first { $0.0 == .commodities }).1
        store.receive(.mouse(.click(x: commodities.upperBound - 1, y: 1))) { $0.panel = .commodities }
        store.receive(.mouse(.click(x: commodities.upperBound, y: 1)))
        store.receive(.mouse(.click(x: 79, y: 1)), { _ in })
    }

    @Test func aClickOnTheHeadingTheHintsOrPastTheRowsDoesNothing() {
        var store = TestStore()
        let layout = Layout(width: 80, height: 24)
        for y in [0, layout.body.y, layout.hints.y] { store.receive(.mouse(.click(x: 5, y: y))) }
        // A filter that leaves two rows: a click below them chooses nothing.
        store.state = pressed(store.state, .char("/"), .char("b"), .char("a"), .char("l"), .char("i"), .enter)
        #expect(store.state.missionRows.count < 5)
        store.receive(.mouse(.click(x: 5, y: layout.listTop + 8)))
    }

    @Test func aClickOnTheSelectedRowIsEnterWhereverEnterMeansSomething() {
        // While a filter is typed, Enter keeps it: so does a click on the selected row.
        var store = TestStore(pressed(Fixture.state(), .char("/"), .char("b")))
        #expect(store.state.editingFilter)
        store.receive(.mouse(.click(x: 5, y: Layout(width: 80, height: 24).listTop))) { $0.editingFilter = false }
        // In a commodity's deal lines Enter opens the deal, and so does a click on the selected line.
        var deals = TestStore(pressed(Fixture.state(), .char("2"), .enter))
        #expect(deals.state.context == .deals)
        deals.receive(.mouse(.click(x: 5, y: Layout(width: 80, height: 24).listTop))) {
            $0.details[.commodities] = .deal("d2025-maluku-bmi", from: .deals("seafood"))
        }
    }

    @Test func theWheelScrollsTheListTheDetailOrTheHelpUnderThePointer() {
        let start = Fixture.state()
        var store = TestStore(start)
        store.receive(.mouse(.wheelDown(x: 40, y: 10))) { $0.lists = pressed(start, .down, .down, .down).lists }
        store.receive(.mouse(.wheelUp(x: 40, y: 10))) { $0.lists = start.lists }
        // Over the header, the tab row or the hints nothing scrolls.
        for y in [0, 1, 23] { store.receive(.mouse(.wheelDown(x: 40, y: y))) }

        let detail = pressed(start, .enter)
        store = TestStore(detail)
        store.receive(.mouse(.wheelDown(x: 40, y: 10))) { $0.detailScroll = 3 }
        #expect(store.state == pressed(detail, .down, .down, .down))

        let help = pressed(start, .char("?"))
        store = TestStore(help)
        store.receive(.mouse(.wheelDown(x: 40, y: 10))) { $0.helpScroll = 3 }
        store.receive(.mouse(.click(x: 40, y: 10))) { $0.showHelp = false }
    }

    @Test func theProjectorAFormAQuestionOrAConflictIgnoreTheMouse() throws {
        let layout = Layout(width: 80, height: 24)
        var presenter = Fixture.state()
        presenter.presenter = PresenterState(mission: nil, exitsProgram: true, rotateSeconds: nil, model: m)
        let held = try DashboardModel(dataset: m.dataset, aggregates: m.aggregates, journalPath: "/tmp/j.jsonl", journalEvents: 0,
                                      warnings: [], today: Fixture.today, unshared: 1)
        var asking = Fixture.state(held)
        _ = Reducer.reduce(&asking, .key(.char("q")), held)
        #expect(asking.askingToQuit)
        for s in [presenter, pressed(Fixture.state(), .char("a")), pressed(Fixture.state(), .char("p")), asking] {
            var store = TestStore(s, model: held)
            for e in [MouseEvent.click(x: 5, y: layout.listTop + 2), .click(x: 20, y: 1), .wheelDown(x: 5, y: 10), .wheelUp(x: 5, y: 10)] {
                store.receive(.mouse(e))
            }
        }
    }

    @Test func aTinyTerminalIgnoresTheMouse() {
        var store = TestStore(Fixture.state(width: 20, height: 5))
        store.receive(.mouse(.click(x: 3, y: 3)))
        store.receive(.mouse(.wheelDown(x: 3, y: 3)))
    }
}
