import TradeModel

/// Sorting every list, clearing a list's filters at once, the Checklists panel's rows, and one
/// deal line's detail. Each rebuilds rows through `refresh`, so the cursor stays on its item.
extension Reducer {
    /// `s` (the next order) and `r` (reverse) for the list in focus.
    static func sortCommand(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) {
        switch s.context {
        case .missions:
            if cmd == .sort {
                s.missionSort = cycled(s.missionSort)
                s.sortDescending = s.missionSort == .value
            } else {
                s.sortDescending.toggle()
            }
            refresh(.missions, &s, model)
        case .commodities:
            if cmd == .sort {
                s.commoditySort = cycled(s.commoditySort)
                s.commoditySortDescending = s.commoditySort == .value
            } else {
                s.commoditySortDescending.toggle()
            }
            refresh(.commodities, &s, model)
        case .deals:
            guard let id = s.listID else { return }
            if cmd == .sort {
                s.dealSort = cycled(s.dealSort)
                s.dealSortDescending = s.dealSort == .value
            } else {
                s.dealSortDescending.toggle()
            }
            refresh(id, &s, model)
        case .checklists:
            guard cmd == .sort else { return }
            s.checklistSort = cycled(s.checklistSort)
            refresh(.checklists, &s, model)
        default:
            break
        }
    }

    static func cycled<T: CaseIterable & Equatable>(_ v: T) -> T {
        let all = Array(T.allCases)
        return all[((all.firstIndex(of: v) ?? 0) + 1) % all.count]
    }

    /// `c`: every filter of the list in focus goes (typed text, year, status, owner, mission);
    /// the cursor stays on its item, which a wider list still shows.
    static func clearAllFilters(_ s: inout AppState, _ model: DashboardModel) {
        guard let id = s.listID else { return }
        let typed = !(s.lists[id]?.filter.isEmpty ?? true)
        guard typed || s.panelFiltered(id) else {
            s.status = StatusMessage(text: UIText.t("Tidak ada saringan untuk dihapus", "No filter to clear", s.lang), isError: false)
            return
        }
        s.editingFilter = false
        s.lists[id]?.filter = ""
        switch id {
        case .missions: s.yearFilter = nil
        case .checklists:
            s.checklistStatus = .all
            s.checklistOwner = nil
            s.checklistMission = nil
        case .commodities, .deals, .missionDeals: break
        }
        refresh(id, &s, model)
        s.status = StatusMessage(text: UIText.t("Semua saringan dihapus", "All filters cleared", s.lang), isError: false)
    }

    // MARK: rows

    /// The Checklists panel's rows. In the paper's order, a recommendation stays while it or any
    /// of its actions matches; by due date, the matching actions alone, the undated last, then
    /// the obstacles and indicators as in the paper's order.
    static func checklistRows(_ s: AppState, _ model: DashboardModel, query: String) -> [Int] {
        let all = Array(model.checklist.indices)
        let filtered = s.panelFiltered(.checklists)
        guard !query.isEmpty || filtered || s.checklistSort == .due else { return all }
        let textHits = query.isEmpty ? Set(all) : Set(model.checklistSearch.filter(query).map { Int($0) })
        let hits = textHits.filter { i in
            guard case .action(let a) = model.checklist[i] else { return !filtered }
            return passes(model.dataset.actions[a], s, model)
        }
        if s.checklistSort == .due {
            var actions: [(due: PartialDate?, row: Int)] = []
            var rest: [Int] = []
            for i in all where hits.contains(i) {
                switch model.checklist[i] {
                case .action(let a): actions.append((model.dataset.actions[a].due, i))
                case .recommendation: break
                case .heading, .obstacle, .indicator: if !query.isEmpty || !filtered { rest.append(i) }
                }
            }
            actions.sort { a, b in
                switch (a.due, b.due) {
                case let (x?, y?): x != y ? x < y : a.row < b.row
                case (nil, nil): a.row < b.row
                case (nil, _?): false
                case (_?, nil): true
                }
            }
            return actions.map(\.row) + rest
        }
        var rows: [Int] = []
        var i = 0
        while i < all.count {
            // A recommendation and its actions: keep the header when it or any action matches.
            var j = i + 1
            while j < all.count, case .action = model.checklist[j] { j += 1 }
            let headerHit = hits.contains(i) && !query.isEmpty
            let actions = (i + 1..<j).filter { headerHit || hits.contains($0) }
            if headerHit || !actions.isEmpty { rows.append(i); rows.append(contentsOf: actions) }
            i = j
        }
        return rows
    }

    /// How many actions the Checklists panel shows under `s`'s filters (what a picker's choice
    /// says it holds).
    static func checklistActionCount(_ s: AppState, _ model: DashboardModel) -> Int {
        checklistRows(s, model, query: s.lists[.checklists]?.filter ?? "").count { if case .action = model.checklist[$0] { true } else { false } }
    }

    /// Deal rows (indices, in the data's order) in the chosen order. The keys are read once, so a
    /// million lines sort in one pass of reads.
    static func sortedDeals(_ rows: [Int32], _ s: AppState, _ model: DashboardModel) -> [Int32] {
        let deals = model.dataset.deals
        var out: [Int32]
        // Lines with no key (no party, a mission not in the data) stay last whichever way: only
        // the keyed lines are reversed.
        var unkeyed: [Int32] = []
        switch s.dealSort {
        case .recorded:
            out = rows
        case .value:
            out = rows.map { (deals[Int($0)].valueRupiah, $0) }.sorted { $0 < $1 }.map(\.1)
        case .date:
            let ms = model.aggregates.missions
            // A line whose mission is not in the data (a journal's) sorts after every dated one.
            let keyed = rows.map { i -> (Int, Int, Int, Int32) in
                guard let m = model.missionIndex[deals[Int(i)].mission] else { return (Int.max, 0, 0, i) }
                let d = ms[m].date
                return (d.year, d.month ?? 0, d.day ?? 0, i)
            }
            out = keyed.filter { $0.0 != Int.max }.sorted { $0 < $1 }.map(\.3)
            unkeyed = keyed.filter { $0.0 == Int.max }.map(\.3)
        case .party:
            let keyed = rows.map { i -> ([UInt8], Int32) in
                let d = deals[Int(i)]
                return (SearchText.fold(d.party ?? d.counterparty ?? d.description ?? ""), i)
            }
            out = keyed.filter { !$0.0.isEmpty }.sorted { a, b in
                a.0.lexicographicallyPrecedes(b.0) || (a.0 == b.0 && a.1 < b.1)
            }.map(\.1)
            unkeyed = keyed.filter { $0.0.isEmpty }.map(\.1)
        }
        return (s.dealSortDescending ? out.reversed() : out) + unkeyed
    }

    // MARK: one deal line

    /// Enter on a deal line: its detail, remembering the list it was opened from.
    static func openDeal(_ id: String, _ s: inout AppState) {
        guard let from = s.details[s.panel], from.list == from else { return }
        s.details[s.panel] = .deal(id, from: from)
    }

    /// The deal of the open deal line, found through the list beneath it (its cursor is on it,
    /// so a million lines are not searched).
    static func openedDeal(_ s: AppState, _ model: DashboardModel) -> Deal? {
        guard case .deal(let id, let from)? = s.detail else { return nil }
        let list: ListID = if case .deals = from { .deals } else { .missionDeals }
        let rows = list == .deals ? s.dealRows : s.missionDealRows
        let c = s.lists[list]?.cursor ?? 0
        return dealIndex(id, model, hint: c < rows.count ? rows[c] : nil).map { model.dataset.deals[Int($0)] }
    }

    /// Esc from a deal line: back to its list, the cursor on the same deal (by id).
    static func closeDeal(_ deal: String, from: Detail, _ s: inout AppState, _ model: DashboardModel) {
        s.details[s.panel] = from
        s.detailScroll = 0
        let id: ListID = if case .deals = from { .deals } else { .missionDeals }
        var l = s.lists[id] ?? ListState()
        l.selected = .deal(deal)
        l.gone = nil
        s.lists[id] = l
        refresh(id, &s, model)
    }

    /// `i`: marks the action in progress (again `i`: back to open), one journal event made from
    /// the version on screen, as Space ticks.
    static func markInProgress(_ s: inout AppState, _ model: DashboardModel) -> [Effect] {
        guard let a = selectedAction(&s, model) else { return [] }
        let next: FollowUpAction.Status = a.status == .inProgress ? .open : .inProgress
        return [.record([.actionStatusSet(actionId: a.id, status: next, previous: a.status)], undoes: nil,
                        basedOn: model.dataset.version(ofAction: a.id), purpose: .change)]
    }
}
