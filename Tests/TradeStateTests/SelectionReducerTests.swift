import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport
import TradeView

/// The screen follows items, not rows: another desk's change rebuilds the rows (`.dataChanged`
/// with a new model) and the cursor stays on the item it was on; an item that left the list is
/// reported and nothing acts on the row that took its place.
@Suite struct SelectionReducerTests {
    let m = Fixture.shared

    /// Checklists, open actions only, with the cursor on `id`.
    func openActions(on id: String, _ model: DashboardModel = Fixture.shared) throws -> AppState {
        var s = Fixture.state(model)
        s.press(.char("3"), .char("f"), model: model)
        let row = try #require(s.checklistRows.firstIndex { Reducer.checklistID(model.checklist[$0], model) == .action(id) })
        for _ in 0..<row { s.press(.down, model: model) }
        #expect(s.lists[.checklists]?.selected == .action(id))
        return s
    }

    /// The data set with `edit` applied and the action `id` changed to `status` by `user`.
    func model(setting id: String, to status: FollowUpAction.Status, by user: String) throws -> DashboardModel {
        try Fixture.model { ds in
            let i = ds.actions.firstIndex { $0.id == id }!
            let before = ds.actions[i].status
            ds.actions[i].status = status
            ds.actionHistory[id, default: []].append(ActionChange(eventId: "e-\(user)", at: "2026-11-23T01:00:00Z", user: user,
                                                                   body: .actionStatusSet(actionId: id, status: status, previous: before), undoes: nil))
        }
    }

    func tick(_ id: String) -> [Effect] {
        [.record([.actionStatusSet(actionId: id, status: .done, previous: .unknown)], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)]
    }

    @Test func aTickAboveByAnotherDeskLeavesTheCursorOnItsAction() throws {
        var store = TestStore(try openActions(on: "act-cyber-hoax"))
        #expect(store.state.lists[.checklists] == ListState(cursor: 11, selected: .action("act-cyber-hoax")))
        store.model = try model(setting: "act-export-permits", to: .done, by: "budi")
        let fresh = try openActions(on: "act-cyber-hoax", store.model)
        store.receive(.dataChanged) {
            $0.checklistRows = fresh.checklistRows
            $0.lists[.checklists] = ListState(cursor: 10, selected: .action("act-cyber-hoax"))
        }
        #expect(store.send(.char(" ")) { $0.inFlight = ["act-cyber-hoax"] } == tick("act-cyber-hoax"), "Space ticks the action under ▶, not its new neighbour")
    }

    @Test func anActionFinishedElsewhereIsReportedAndNothingActsOnItsNeighbour() throws {
        var store = TestStore(try openActions(on: "act-cyber-hoax"))
        store.model = try model(setting: "act-cyber-hoax", to: .done, by: "budi")
        var fresh = Fixture.state(store.model)
        fresh.press(.char("3"), .char("f"), model: store.model)
        let said = "▷ Tindakan yang dipilih sudah tidak ada di daftar (selesai oleh budi)"
        // Cyber Hoax and its recommendation left: PKS evaluation is on row 11 now, but not chosen.
        store.receive(.dataChanged) {
            $0.checklistRows = fresh.checklistRows
            $0.lists[.checklists] = ListState(cursor: 11, gone: .action("act-cyber-hoax"))
            $0.status = StatusMessage(text: said, isError: true)
        }
        let refused = StatusMessage(text: "▷ Pilih dulu dengan ↑/↓: tindakan yang dipilih sudah tidak ada di daftar (selesai oleh budi)", isError: true)
        for key in [Key.char(" "), .char("n"), .char("o"), .char("d"), .enter] {
            #expect(store.send(key) { $0.status = refused }.isEmpty, "\(key) acts on nothing the user did not choose")
        }
        #expect(FrameView.render(store.state, store.model).lines()[layoutRow(11)].hasPrefix("▷"), "the cursor waits, drawn hollow")
        // ↓ chooses the row that took its place (so tick, ↓, tick skips nothing); then Space ticks it.
        store.send(.down) { $0.lists[.checklists] = ListState(cursor: 11, selected: .action("act-pks-evaluation")) }
        #expect(store.send(.char(" ")) { $0.inFlight = ["act-pks-evaluation"] } == tick("act-pks-evaluation"))
    }

    /// Open actions with the cursor on Cyber Hoax, after budi finished it elsewhere.
    func hoaxGone() throws -> TestStore {
        var s = try openActions(on: "act-cyber-hoax")
        let done = try model(setting: "act-cyber-hoax", to: .done, by: "budi")
        _ = Reducer.reduce(&s, .dataChanged, done)
        #expect(s.lists[.checklists]?.gone == .action("act-cyber-hoax"))
        return TestStore(s, model: done)
    }

    @Test func upFromAGoneItemChoosesTheRowAboveIt() throws {
        var store = try hoaxGone()
        store.send(.up) { $0.lists[.checklists] = ListState(cursor: 10, selected: .recommendation("rec-evaluation")) }
    }

    @Test func aClickOnTheWaitingCursorChoosesItWithoutOpening() throws {
        var store = try hoaxGone()
        store.receive(.mouse(.click(x: 10, y: layoutRow(11)))) {
            $0.lists[.checklists] = ListState(cursor: 11, selected: .action("act-pks-evaluation"))
        }
    }

    @Test func aGoneActionThatComesBackIsSelectedAgain() throws {
        var store = try hoaxGone()
        store.model = try model(setting: "act-cyber-hoax", to: .open, by: "budi")
        let fresh = try openActions(on: "act-cyber-hoax", store.model)
        store.receive(.dataChanged) {
            $0.checklistRows = fresh.checklistRows
            $0.lists[.checklists] = ListState(cursor: 11, selected: .action("act-cyber-hoax"))
        }
    }

    @Test func theMessagesInEnglish() throws {
        let done = try model(setting: "act-cyber-hoax", to: .done, by: "budi")
        #expect(Reducer.goneText(.action("act-cyber-hoax"), done, .en) == "▷ The selected action is no longer in the list (done by budi)")
        #expect(Reducer.goneText(.mission("m2025-kaltim"), done, .en, refusing: true)
                == "▷ Choose with ↑/↓ first: the selected mission is no longer in the list")
    }

    func layoutRow(_ row: Int) -> Int { Layout(width: 80, height: 24).listTop + row }

    @Test func aMissionCreatedAboveLeavesTheCursorOnItsMissionAtItsScreenRow() throws {
        var s = Fixture.state()
        let row = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-kaltim" })
        for _ in 0..<row { s.press(.down) }
        var store = TestStore(s)
        #expect(store.state.lists[.missions] == ListState(cursor: 12, selected: .mission("m2025-kaltim")))
        store.model = try Fixture.model { ds in
            let org = ds.regions.first { $0.id == ds.organiser }!, bali = ds.regions.first { $0.id == "bali" }!
            ds.missions.append(DealDesk.newMission(id: nil, organiser: org, partner: bali, city: "Ubud", venue: nil,
                                                   date: PartialDate(parsing: "1990-01-01")!, title: nil, theme: nil, target: nil, user: "budi"))
        }
        let fresh = Fixture.state(store.model)
        #expect(store.model.aggregates.missions[fresh.missionRows[1]].id == "m1990-01-01-bali", "the new mission sorts above")
        // One row down, and scrolled one row, so Kaltim stays on the same screen line.
        store.receive(.dataChanged) {
            $0.missionRows = fresh.missionRows
            $0.lists[.missions] = ListState(cursor: 13, top: 1, selected: .mission("m2025-kaltim"))
        }
        let after = store.model
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kaltim", model: after) }
        store.send(.escape) { $0.form = nil }
        store.send(.enter) { $0.details[.missions] = .mission("m2025-kaltim") }
    }

    @Test func anOpenActionDetailFollowsItsIdWhenTheActionsMove() throws {
        var s = Fixture.state()
        s.press(.char("3"), .char("/"))
        s.type("hoax")
        s.press(.enter, .down, .enter)
        var store = TestStore(s)
        #expect(store.state.detail == .action("act-cyber-hoax"))
        // The fixtures list Cyber Hoax first now: its index changes, its id does not.
        store.model = try Fixture.model { ds in
            let i = ds.actions.firstIndex { $0.id == "act-cyber-hoax" }!
            ds.actions.insert(ds.actions.remove(at: i), at: 0)
        }
        store.receive(.dataChanged)
        let text = FrameView.render(store.state, store.model).lines().joined(separator: "\n")
        #expect(text.contains("Cyber Hoax"))
        #expect(store.send(.char(" ")) { $0.inFlight = ["act-cyber-hoax"] } == tick("act-cyber-hoax"))
    }

    @Test func aDealListFollowsItsDealAndReportsOneCorrectedAway() throws {
        var s = Fixture.state()
        s.press(.char("2"), .enter)
        #expect(s.detail == .deals("seafood") && s.dealRows == [14, 16, 17])
        s.press(.down, .down)
        var store = TestStore(s)
        #expect(store.state.lists[.deals] == ListState(cursor: 2, selected: .deal("d2025-maluku-tuna")))
        // Another desk moves the Gapero line (index 15) into seafood: a row appears above the tuna.
        store.model = try Fixture.model { ds in ds.deals[15].commodity = "seafood" }
        let moved = Fixture.state(store.model).commodityRows
        store.receive(.dataChanged) {
            $0.commodityRows = moved
            $0.dealRows = [14, 15, 16, 17]
            $0.lists[.deals] = ListState(cursor: 3, selected: .deal("d2025-maluku-tuna"))
        }
        // Then corrects the tuna itself to tobacco: it leaves the list, and e and x refuse.
        store.model = try Fixture.model { ds in
            ds.deals[15].commodity = "seafood"
            ds.deals[17].commodity = "tobacco"
            ds.dealLog.append(DealLogEntry(eventId: "e9", at: "2026-11-23T01:00:00Z", user: "budi", dealId: "d2025-maluku-tuna", dealIndex: 17, kind: .corrected))
        }
        let said = "▷ Transaksi yang dipilih sudah tidak ada di daftar (diperbaiki oleh budi)"
        let corrected = Fixture.state(store.model).commodityRows
        store.receive(.dataChanged) {
            $0.commodityRows = corrected
            $0.dealRows = [14, 15, 16]
            $0.lists[.deals] = ListState(cursor: 2, gone: .deal("d2025-maluku-tuna"))
            $0.status = StatusMessage(text: said, isError: true)
        }
        for key in [Key.char("e"), .char("x")] {
            store.send(key) {
                $0.status = StatusMessage(text: "▷ Pilih dulu dengan ↑/↓: transaksi yang dipilih sudah tidak ada di daftar (diperbaiki oleh budi)", isError: true)
            }
        }
        // A new deal needs no selected line: it is recorded on the commodity of these lines.
        let model = store.model
        store.send(.char("a")) { $0.form = .deal(mission: "m2025-kepri", commodity: "seafood", model: model) }
    }

    @Test func aCommodityKeepsTheCursorWhenValuesReorderTheList() throws {
        var s = Fixture.state()
        s.press(.char("2"), .down)
        #expect(s.lists[.commodities] == ListState(cursor: 1, selected: .commodity("tobacco", .commodity)))
        var store = TestStore(s)
        // Coffee (Kalsel's line, index 28) grows past seafood and tobacco: both move down a row.
        store.model = try Fixture.model { ds in ds.deals[28].valueRupiah = 9_000_000_000_000 }
        let fresh = Fixture.state(store.model).commodityRows
        #expect(fresh.prefix(3).map(\.commodity) == ["coffee", "seafood", "tobacco"])
        store.receive(.dataChanged) {
            $0.commodityRows = fresh
            $0.lists[.commodities] = ListState(cursor: 2, selected: .commodity("tobacco", .commodity))
        }
    }

    @Test func ownFilterKeepsTheCursorOnAMatchingItem() throws {
        var s = Fixture.state()
        let row = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-kaltim" })
        for _ in 0..<row { s.press(.down) }
        s.press(.char("/"))
        s.type("kal")
        s.press(.enter)
        let at = try #require(s.lists[.missions])
        #expect(at.selected == .mission("m2025-kaltim") && m.aggregates.missions[s.missionRows[at.cursor]].id == "m2025-kaltim")
        s.press(.char("s"))
        #expect(s.lists[.missions]?.selected == .mission("m2025-kaltim"), "a sort keeps it too")
    }
}
