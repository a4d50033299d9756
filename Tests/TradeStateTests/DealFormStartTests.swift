import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// Where a new deal's form starts: the mission and commodity the person came from, else the
/// session's last deal, else the most recent mission — never an agreement; and a unit that shows
/// what will be recorded.
@Suite struct DealFormStartTests {
    let m = Fixture.shared

    func onMissionRow(_ id: String) throws -> AppState {
        var s = Fixture.state()
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == id })
        for _ in 0..<i { s.press(.down) }
        return s
    }

    func choice(_ s: AppState, _ key: String) -> String? { s.form?.field(key)?.choice }
    func text(_ s: AppState, _ key: String) -> TextField? {
        if case .text(let t)? = s.form?.field(key)?.kind { return t }
        return nil
    }

    /// At start the cursor is on the 1984 Osaka agreement: the form opens on the most recent mission.
    @Test func atStartTheMostRecentMissionNotTheAgreement() throws {
        var store = TestStore()
        #expect(store.state.lists[.missions]?.selected == .mission("a1984-osaka"))
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", model: self.m) }
        #expect(store.state.form?.dealMission == "m2025-kepri" && store.state.form?.focus == 0)
        #expect(Picker.missionOrder(m).first == "m2025-kepri" && !Picker.missionOrder(m).contains { $0.hasPrefix("a") })
        // An agreement's detail is not a mission either.
        var batam = try onMissionRow("a2025-batam")
        batam.press(.enter, .char("a"))
        #expect(batam.form?.dealMission == "m2025-kepri")
    }

    @Test func aMissionRowItsDetailAndItsDealLinesChooseTheMission() throws {
        var row = try onMissionRow("m2025-kaltim")
        row.press(.char("a"))
        #expect(row.form == .deal(mission: "m2025-kaltim", model: m) && choice(row, "mission") == "m2025-kaltim")
        var lines = try onMissionRow("m2025-maluku")
        lines.press(.enter, .enter, .char("a"))
        #expect(choice(lines, "mission") == "m2025-maluku")
    }

    /// A commodity row or its deal lines choose the commodity; its unit shows, selected.
    @Test func aCommodityChoosesTheCommodityAndItsUnit() throws {
        var s = Fixture.state()
        s.press(.char("2"))
        let i = try #require(s.commodityRows.firstIndex { $0.commodity == "tobacco" })
        for _ in 0..<i { s.press(.down) }
        var store = TestStore(s)
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", commodity: "tobacco", model: self.m) }
        #expect(choice(store.state, "commodity") == "tobacco" && text(store.state, "unit") == .prefilled("bungkus"))
        var lines = Fixture.state()
        lines.press(.char("2"), .enter, .char("a"))
        #expect(choice(lines, "commodity") == "seafood" && text(lines, "unit") == .prefilled("ton"))
    }

    /// The unit follows the commodity until it is typed; a new deal records it only with a quantity.
    @Test func theUnitShownIsTheUnitRecorded() throws {
        var s = try onMissionRow("m2025-kaltim")
        s.press(.char("a"), .tab, .tab)
        #expect(text(s, "unit") == TextField(""), "no commodity, no unit")
        s.press(.char("h"))
        #expect(text(s, "unit") == .prefilled("ton"))
        s.press(.tab, .tab, .tab, .tab)
        s.type("kg")
        s.press(.backTab, .backTab, .backTab, .backTab, .char("k"))
        #expect(choice(s, "commodity") == "coffee" && text(s, "unit") == TextField("kg"), "a typed unit stays")
        var none = try onMissionRow("m2025-kaltim")
        none.press(.char("a"), .tab, .tab, .char("h"), .tab, .tab, .tab, .tab, .tab)
        none.type("1000000")
        #expect(none.form?.unitWaitsForQuantity == true)
        guard case .record(let b, _, _, _)? = Reducer.reduce(&none, .key(.enter), m).first, case .dealRecorded(let d) = b[0] else {
            Issue.record("not recorded"); return
        }
        #expect(d.quantity == nil && d.unit == nil, "no quantity: no unit")
        var with = try onMissionRow("m2025-kaltim")
        with.press(.char("a"), .tab, .tab, .char("h"), .tab, .tab, .tab)
        with.type("5")
        with.press(.tab, .tab)
        with.type("1000000")
        #expect(with.form?.unitWaitsForQuantity == false)
        guard case .record(let b2, _, _, _)? = Reducer.reduce(&with, .key(.enter), m).first, case .dealRecorded(let d2) = b2[0] else {
            Issue.record("not recorded"); return
        }
        #expect(d2.quantity == "5" && d2.unit == "ton")
    }

    /// The next deal starts from the last one's mission, direction, commodity, unit and party.
    @Test func theNextDealRemembersTheLast() throws {
        var s = try onMissionRow("m2025-kaltim")
        s.press(.char("a"), .tab, .char("b"), .tab, .char("h"), .tab)
        s.type("PT Maju")
        s.press(.tab, .tab)
        s.type("2")
        s.press(.tab, .ctrl("u"))
        s.type("kg")
        s.press(.tab)
        s.type("1000000")
        var store = TestStore(s)
        let saved = DealDefaults(mission: "m2025-kaltim", direction: .buy, commodity: "seafood", unit: "kg", party: "PT Maju")
        let effects = store.send(.enter) {
            $0.form = nil
            $0.idCounter = 2
            $0.dealDefaults = saved
            $0.inFlight = ["d-test-1"]
        }
        guard case .record(let b, _, _, _)? = effects.first, case .dealRecorded(let d) = b[0] else { Issue.record("\(effects)"); return }
        #expect(d.mission == "m2025-kaltim" && d.direction == .buy && d.commodity == "seafood" && d.unit == "kg" && d.quantity == "2")
        // From the list's first row (the agreement): the remembered mission, and the rest.
        store.state.press(.home)
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kaltim", remembered: saved, model: self.m) }
        let f = store.state
        #expect(choice(f, "mission") == "m2025-kaltim" && choice(f, "direction") == "buy" && choice(f, "commodity") == "seafood")
        #expect(text(f, "party") == .prefilled("PT Maju") && text(f, "unit") == .prefilled("kg") && text(f, "value") == TextField(""))
        // A mission row chosen explicitly wins over the remembered one; the rest is still remembered.
        store.send(.escape) { $0.form = nil }
        var other = store.state
        let i = try #require(other.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-ntb" })
        for _ in 0..<i { other.press(.down) }
        other.press(.char("a"))
        #expect(choice(other, "mission") == "m2025-ntb" && choice(other, "direction") == "buy" && text(other, "party") == .prefilled("PT Maju"))
    }

    /// The mission field: typing opens the picker with the letter, the search narrows, Enter takes
    /// the mission and moves on; Esc leaves the form as it was.
    @Test func theMissionIsChosenByTypingInThePicker() throws {
        var store = TestStore()
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", model: self.m) }
        let form = store.state
        store.send(.char("s")) {
            var p = Picker.dealMissions(self.m, current: "m2025-kepri", .id)
            p.query = TextField("s")
            p.refilter()
            $0.picker = p
        }
        for (i, c) in "ultra".enumerated() {
            store.send(.char(c)) {
                $0.picker?.query = TextField("s" + String("ultra".prefix(i + 1)))
                $0.picker?.refilter()
            }
        }
        #expect(store.state.picker.map { p in p.matches.map { p.choices[$0].id } } == ["m2025-sultra"])
        var cancelled = store
        cancelled.send(.escape) { $0.picker = nil }
        #expect(cancelled.state == form, "Esc leaves the form as it was")
        let ids = Picker.missionOrder(m)
        store.send(.enter) {
            $0.picker = nil
            guard case .choice(_, let labels, _)? = $0.form?.fields[0].kind else { return }
            $0.form?.fields[0].kind = .choice(ids, labels: labels, index: ids.firstIndex(of: "m2025-sultra")!)
            $0.form?.focus = 1
        }
        #expect(store.state.form?.dealMission == "m2025-sultra")
        // ←/→ on the mission field step through the missions, most recent first.
        store.send(.backTab) { $0.form?.focus = 0 }
        store.send(.left) {
            guard case .choice(_, let labels, _)? = $0.form?.fields[0].kind else { return }
            $0.form?.fields[0].kind = .choice(ids, labels: labels, index: 0)
        }
    }
}
