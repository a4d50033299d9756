import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// Clearing every filter at once, sorting every list, "in progress" from the dashboard and one
/// deal line's detail: whole states, the cursor following its item by id throughout.
@Suite struct ListsReducerTests {
    let m = Fixture.shared

    func checklistRow(_ id: String, _ model: DashboardModel = Fixture.shared) throws -> Int {
        try #require(model.checklist.firstIndex { e in
            if case .action(let a) = e { return model.dataset.actions[a].id == id }
            return false
        })
    }

    /// Rows of `page` lines, the cursor at `row`, `offset` lines below the top where the list allows.
    func list(_ row: Int, offset: Int, count: Int, page: Int, filter: String = "", selected: RowID?) -> ListState {
        let top = min(max(0, row - offset), max(0, count - page))
        return ListState(cursor: row, top: top, filter: filter, selected: selected)
    }

    @Test func cClearsEveryFilterOfTheChecklistAndKeepsTheCursorOnItsAction() throws {
        var s = Fixture.state()
        s.press(.char("3"))
        // Three filters and a typed text, as the pickers and `/` leave them.
        s.checklistStatus = .open
        s.checklistOwner = "Bank Indonesia Jatim"
        s.checklistMission = "m2025-kalsel"
        s.lists[.checklists]?.filter = "bank"
        Reducer.refresh(.checklists, &s, m)
        s.press(.down)
        let row = try checklistRow("act-bi-validation")
        #expect(s.checklistRows.count == 2 && s.checklistRows[1] == row && s.lists[.checklists]?.selected == .action("act-bi-validation"))
        var store = TestStore(s)
        store.send(.char("c")) {
            $0.checklistStatus = .all
            $0.checklistOwner = nil
            $0.checklistMission = nil
            $0.checklistRows = Array(self.m.checklist.indices)
            // Without a filter line the list has 20 rows at 80×24; the action stays one line below the top.
            $0.lists[.checklists] = self.list(row, offset: 1, count: self.m.checklist.count, page: 20, selected: .action("act-bi-validation"))
            $0.status = StatusMessage(text: "Semua saringan dihapus", isError: false)
        }
        store.send(.char("c")) { $0.status = StatusMessage(text: "Tidak ada saringan untuk dihapus", isError: false) }
    }

    @Test func cClearsTheYearAndTheTextOfTheMissions() throws {
        var s = Fixture.state(lang: .en)
        s.yearFilter = 2025
        Reducer.refresh(.missions, &s, m)
        s.press(.char("/"))
        s.type("kal")
        let shown = try #require(s.lists[.missions]?.selected)
        var store = TestStore(s)
        let all = Fixture.state(lang: .en).missionRows
        let row = try #require(all.firstIndex { .mission(m.aggregates.missions[$0].id) == shown })
        // While typing, `c` is a letter of the filter; Enter keeps the filter, then `c` clears all.
        store.state.press(.enter)
        store.send(.char("c")) {
            $0.yearFilter = nil
            $0.missionRows = all
            $0.lists[.missions] = self.list(row, offset: 0, count: all.count, page: 20, selected: shown)
            $0.status = StatusMessage(text: "All filters cleared", isError: false)
        }
    }

    @Test func sortingDealLinesKeepsTheSelectedDeal() throws {
        var s = Fixture.state()
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == "m2025-maluku" })
        for _ in 0..<i { s.press(.down) }
        s.press(.enter, .enter, .down, .down)
        #expect(s.lists[.missionDeals]?.selected == .deal("d2025-maluku-bmi"))
        let recorded = try #require(m.dealsByMission["m2025-maluku"])
        let byValue = recorded.sorted { m.dataset.deals[Int($0)].valueRupiah > m.dataset.deals[Int($1)].valueRupiah }
        #expect(byValue.map { m.dataset.deals[Int($0)].id }.prefix(3) == ["d2025-maluku-buy", "d2025-maluku-sell", "d2025-maluku-bmi"])
        var store = TestStore(s)
        let bmi = RowID.deal("d2025-maluku-bmi")
        func at(_ rows: [Int32]) throws -> Int { try #require(rows.firstIndex { m.dataset.deals[Int($0)].id == "d2025-maluku-bmi" }) }
        store.send(.char("s")) {
            $0.dealSort = .value
            $0.dealSortDescending = true
            $0.missionDealRows = byValue
            $0.lists[.missionDeals] = self.list(2, offset: 2, count: 6, page: 20, selected: bmi)
        }
        store.send(.char("r")) {
            $0.dealSortDescending = false
            $0.missionDealRows = byValue.reversed()
            $0.lists[.missionDeals] = self.list(3, offset: 2, count: 6, page: 20, selected: bmi)
        }
        // One mission, one date: by date is as recorded.
        store.send(.char("s")) {
            $0.dealSort = .date
            $0.missionDealRows = recorded
            $0.lists[.missionDeals] = self.list(2, offset: 2, count: 6, page: 20, selected: bmi)
        }
        // By party, case- and accent-folded (CV Rum…, Gapero…, PT Bumi…, PT Maju…); the lines with no party last.
        let byParty = ["d2025-maluku-tuna", "d2025-maluku-gapero", "d2025-maluku-bmi", "d2025-maluku-squid", "d2025-maluku-buy", "d2025-maluku-sell"]
        store.send(.char("s")) {
            $0.dealSort = .party
            $0.missionDealRows = byParty.map { id in recorded.first { self.m.dataset.deals[Int($0)].id == id }! }
            $0.lists[.missionDeals] = self.list(2, offset: 2, count: 6, page: 20, selected: bmi)
        }
        #expect(try at(store.state.missionDealRows) == 2)
        store.send(.char("s")) {
            $0.dealSort = .recorded
            $0.missionDealRows = recorded
            $0.lists[.missionDeals] = self.list(2, offset: 2, count: 6, page: 20, selected: bmi)
        }
    }

    @Test func commoditiesSortByNameAndBack() throws {
        var s = Fixture.state(lang: .en)
        s.press(.char("2"), .down)
        let chosen = try #require(s.lists[.commodities]?.selected)
        var store = TestStore(s)
        store.send(.char("s")) {
            $0.commoditySort = .name
            $0.commoditySortDescending = false
            $0.commodityRows = CommodityRows.build(self.m, view: .total, query: "", lang: .en, sort: .name, descending: false)
            let row = $0.commodityRows.firstIndex { .commodity($0.commodity, $0.kind) == chosen }!
            $0.lists[.commodities] = self.list(row, offset: 1, count: $0.commodityRows.count, page: 20, selected: chosen)
        }
        // Named commodities in alphabetical order, then the value not split and the letters of intent.
        let names = store.state.commodityRows.filter { !$0.commodity.isEmpty }.map { m.dataset.commodity($0.commodity)?.nameEn ?? "" }
        #expect(names == names.sorted { $0.lowercased() < $1.lowercased() } && names.count > 3)
        #expect(store.state.commodityRows.last?.kind == .letterOfIntent)
        store.send(.char("s")) {
            $0.commoditySort = .value
            $0.commoditySortDescending = true
            $0.commodityRows = Fixture.state(lang: .en).commodityRows
            $0.lists[.commodities] = self.list(1, offset: 1, count: $0.commodityRows.count, page: 20, selected: chosen)
        }
    }

    @Test func theChecklistSortsByDueDateUndatedLastAndBackToThePaper() throws {
        let dated = try Fixture.model { ds in
            for (id, due) in [("act-batam-hub", "2026-01-15"), ("act-bi-validation", "2025-09-01"), ("act-pks-evaluation", "2026-01-15")] {
                ds.actions[ds.actions.firstIndex { $0.id == id }!].due = PartialDate(parsing: due)
            }
        }
        var s = Fixture.state(dated)
        s.press(.char("3"), model: dated)
        let hoax = try checklistRow("act-cyber-hoax", dated)
        for _ in 0..<hoax { s.press(.down, model: dated) }
        var store = TestStore(s, model: dated)
        let order = ["act-cyber-hoax", "act-bi-validation", "act-batam-hub", "act-pks-evaluation"]
        let undated = dated.dataset.actions.map(\.id).filter { !order.contains($0) }
        let rest = dated.checklist.indices.filter { i in
            switch dated.checklist[i] {
            case .heading, .obstacle, .indicator: true
            default: false
            }
        }
        let rows = try (order + undated).map { try checklistRow($0, dated) } + rest
        store.send(.char("s")) {
            $0.checklistSort = .due
            $0.checklistRows = rows
            $0.lists[.checklists] = self.list(0, offset: hoax, count: rows.count, page: 20, selected: .action("act-cyber-hoax"))
        }
        store.send(.char("s")) {
            $0.checklistSort = .paper
            $0.checklistRows = Array(dated.checklist.indices)
            $0.lists[.checklists] = self.list(hoax, offset: 0, count: rows.count + 7, page: 20, selected: .action("act-cyber-hoax"))
        }
    }

    @Test func iMarksAnActionInProgressThroughTheJournal() throws {
        var s = Fixture.state()
        s.press(.char("3"))
        for _ in 0..<(try checklistRow("act-cyber-hoax")) { s.press(.down) }
        var store = TestStore(s)
        let body = JournalEvent.Body.actionStatusSet(actionId: "act-cyber-hoax", status: .inProgress, previous: .unknown)
        let fx = store.send(.char("i")) { $0.inFlight = ["act-cyber-hoax"] }
        #expect(fx == [.record([body], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)])
        let event = JournalEvent(eventId: "e1", at: "2026-11-23T01:00:00Z", user: "ana", body: body)
        store.receive(.recorded([event], .change)) {
            $0.inFlight = []
            $0.undo = [event]
            $0.status = StatusMessage(text: "✓ Tersimpan di jurnal", isError: false)
        }
        // Once it is in progress, `i` sets it back to open, from the version the screen shows.
        store.model = try Fixture.model { ds in
            ds.actions[ds.actions.firstIndex { $0.id == "act-cyber-hoax" }!].status = .inProgress
            ds.actionHistory["act-cyber-hoax"] = [ActionChange(eventId: "e1", at: event.at, user: "ana", body: body, undoes: nil)]
        }
        store.receive(.dataChanged)
        let back = store.send(.char("i")) { $0.inFlight = ["act-cyber-hoax"] }
        #expect(back == [.record([.actionStatusSet(actionId: "act-cyber-hoax", status: .open, previous: .inProgress)], undoes: nil, basedOn: "e1", purpose: .change)])
    }

    @Test func spaceOnAHeadingSaysWhyNothingHappens() {
        var store = TestStore(Fixture.state())
        store.state.press(.char("3"))
        #expect(store.send(.char(" ")) { $0.status = StatusMessage(text: "Ini judul, bukan tindakan: pilih ↓", isError: true) }.isEmpty)
        var en = TestStore(Fixture.state(lang: .en))
        en.state.press(.char("3"), .end)
        #expect(en.send(.char("i")) { $0.status = StatusMessage(text: "Read-only, not an action", isError: true) }.isEmpty)
    }

    @Test func enterOpensADealLineAndEscReturnsToItAfterTheListReordered() throws {
        var s = Fixture.state()
        s.press(.char("2"), .enter)
        guard case .deals(let seafood)? = s.detail else { Issue.record("no deal list"); return }
        s.press(.char("s"), .down)
        #expect(s.lists[.deals]?.selected == .deal("d2025-maluku-squid"))
        var store = TestStore(s)
        let list = s
        store.send(.enter) { $0.details[.commodities] = .deal("d2025-maluku-squid", from: .deals(seafood)) }
        #expect(store.state.context == .deal)
        // Meanwhile another desk records a larger seafood deal: it sorts above the one open.
        let bigger = Deal(id: "d-big", mission: "m2025-maluku", direction: .sell, commodity: seafood, valueRupiah: 200_000_000_000,
                          status: .committed, kind: .itemised, source: "desk:budi")
        let later = try Fixture.model { $0.deals.append(bigger) }
        store.model = later
        let rows = [Int32(m.dataset.deals.count)] + list.dealRows
        let commodities = CommodityRows.build(later, view: .total, query: "", lang: .id)
        store.receive(.dataChanged) {
            $0.commodityRows = commodities
            $0.dealRows = rows
            $0.lists[.deals] = self.list(2, offset: 1, count: rows.count, page: 20, selected: .deal("d2025-maluku-squid"))
        }
        store.send(.escape) {
            $0.details[.commodities] = .deals(seafood)
        }
        #expect(store.state.lists[.deals]?.cursor == 2 && store.state.context == .deals)
    }

    @Test func helpSearchGoesFromMatchToMatchAndEscClearsIt() throws {
        var store = TestStore(Fixture.state())
        store.send(.char("?")) { $0.showHelp = true }
        store.send(.char("/")) { $0.helpSearching = true }
        #expect(store.state.context == .helpSearch)
        let text = HelpContent.lines(store.state).map { $0.map(\.text).joined().lowercased() }
        let lines = text.indices.filter { text[$0].contains("tenggat") }
        #expect(lines.count >= 3)
        store.state.type("tengga")
        // 20 help lines show above the search line: a match outside them scrolls to two lines
        // above it (as far as the end allows).
        let scroll = { (line: Int, from: Int) in line >= from && line < from + 20 ? from : min(line - 2, text.count - 20) }
        var from = store.state.helpScroll
        store.send(.char("t")) {
            $0.helpQuery = "tenggat"
            $0.helpMatch = lines[0]
            $0.helpScroll = scroll(lines[0], from)
        }
        store.send(.enter) { $0.helpSearching = false }
        from = store.state.helpScroll
        store.send(.char("n")) {
            $0.helpMatch = lines[1]
            $0.helpScroll = scroll(lines[1], from)
        }
        from = store.state.helpScroll
        store.send(.char("N")) {
            $0.helpMatch = lines[0]
            $0.helpScroll = scroll(lines[0], from)
        }
        // From the first match, N wraps to the last.
        from = store.state.helpScroll
        store.send(.char("N")) {
            $0.helpMatch = lines[lines.count - 1]
            $0.helpScroll = scroll(lines[lines.count - 1], from)
        }
        store.send(.escape) {
            $0.helpQuery = ""
            $0.helpMatch = nil
        }
        store.send(.escape) { $0.showHelp = false }
    }

    @Test func aHitIsWhereItShowsAccentsAndWideCharactersIncluded() {
        let lines: [StyledLine] = [[Span("  Ténggat"), Span(" 大阪 tenggat")], [Span("none")]]
        #expect(HelpSearch.hits(in: lines, "TENGGAT") == [HelpSearch.Hit(line: 0, columns: 2..<9), HelpSearch.Hit(line: 0, columns: 15..<22)])
        #expect(HelpSearch.matchLines(HelpSearch.hits(in: lines, "n")) == [0, 1])
        #expect(HelpSearch.hits(in: lines, "").isEmpty)
    }

    @Test func aFilteredListAddsUpWhatItShows() throws {
        var s = Fixture.state()
        s.press(.char("/"))
        s.type("kal")
        let f = ListSummary.of(.missions, s, m)
        let ms = s.missionRows.map { m.aggregates.missions[$0] }
        #expect(f.shown == ms.count && f.total == m.aggregates.missions.count)
        #expect(f.sum == .rupiah(ms.filter { $0.kind == .mission }.reduce(0) { $0 + $1.totalValueRupiah }))
        #expect(ListSummary.checkedSum([Int64.max, 1]) == .overflow, "a sum beyond Int64 is said, never wrapped")
        var c = Fixture.state()
        c.press(.char("3"), .char("f"))
        #expect(ListSummary.of(.checklists, c, m).done == 0 && ListSummary.of(.checklists, c, m).actions == 11)
    }
}

/// Histories read like a log: oldest first by the time of the change, whatever order two desks'
/// changes reached the journal in.
@Suite struct HistoryOrderTests {
    @Test func anActionsHistoryIsInTimeOrder() throws {
        let model = try Fixture.model { ds in
            ds.actionHistory["act-cyber-hoax"] = [
                ActionChange(eventId: "e2", at: "2026-11-23T04:16:00Z", user: "budi", body: .actionNoteAdded(actionId: "act-cyber-hoax", note: "kedua"), undoes: nil),
                ActionChange(eventId: "e1", at: "2026-11-23T04:14:00Z", user: "ana", body: .actionNoteAdded(actionId: "act-cyber-hoax", note: "pertama"), undoes: nil),
            ]
        }
        var s = Fixture.state(model, width: 100, height: 40)
        s.panel = .checklists
        s.details[.checklists] = .action("act-cyber-hoax")
        let text = DetailBuilder.lines(s, model, width: 100).map { $0.map(\.text).joined() }
        let first = try #require(text.firstIndex { $0.contains("23 Nov 2026 11.14 WIB  ana  ✎ pertama") })
        let second = try #require(text.firstIndex { $0.contains("23 Nov 2026 11.16 WIB  budi  ✎ kedua") })
        #expect(first < second)
    }

    /// A commodity's deal lines add up to the commodity's total on the Commodities panel: a line
    /// inside a line without a commodity of its own is that value's split, and counts.
    @Test func aCommoditysLinesAddUpToItsTotal() {
        let m = Fixture.shared
        var checked = 0
        for c in m.aggregates.byCommodity where c.valueRupiah > 0 {
            var s = Fixture.state()
            s.details[.commodities] = .deals(c.key)
            s.lists[.deals] = ListState()
            Reducer.refresh(.deals, &s, m)
            #expect(ListSummary.of(.deals, s, m).sum == .rupiah(c.valueRupiah), "\(c.key)")
            checked += 1
        }
        #expect(checked >= 3)
    }

    /// Sorted by party and reversed with `r`, the lines without a party stay last.
    @Test func linesWithoutAPartyStayLastEitherWay() throws {
        let m = try Fixture.model { ds in
            let i = ds.deals.firstIndex { $0.id == "d2025-maluku-squid" }!
            (ds.deals[i].party, ds.deals[i].counterparty, ds.deals[i].description) = (nil, nil, nil)
        }
        var s = Fixture.state(m, width: 120, height: 40, lang: .en)
        s.press(.char("2"), model: m)
        s.details[.commodities] = .deals("seafood")
        s.lists[.deals] = ListState()
        Reducer.refresh(.deals, &s, m)
        for _ in 0..<4 where s.dealSort != .party { s.press(.char("s"), model: m) }
        #expect(s.dealSort == .party)
        let partyless = { (i: Int32) in
            let d = m.dataset.deals[Int(i)]
            return (d.party ?? d.counterparty ?? d.description ?? "").isEmpty
        }
        #expect(s.dealRows.contains(where: partyless) && partyless(s.dealRows.last!))
        s.press(.char("r"), model: m)
        #expect(s.dealSortDescending && partyless(s.dealRows.last!) && !partyless(s.dealRows.first!))
    }

    /// The missions' subtotal counts transactions as the header does: letters of intent are said
    /// apart, never added (a year's subtotal was once more than the grand total).
    @Test func theMissionsSubtotalIsTransactionsWithLettersOfIntentApart() {
        let m = Fixture.shared
        let all = ListSummary.of(.missions, Fixture.state(), m)
        #expect(all.sum == .rupiah(m.transactionsRupiah))
        #expect(all.lettersOfIntentApart == m.scope.all.letterOfIntentRupiah && all.lettersOfIntentApart > 0)
    }
}
