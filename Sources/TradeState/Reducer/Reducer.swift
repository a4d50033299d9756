import TradeModel

/// State + action → new state + effects. Pure: no terminal, clock or disk.
public enum Reducer {
    /// The first state: who works in this session, the prefix of the ids it mints, the clock's
    /// text, and the presenter when the program starts on it (`trade-tui present`).
    public static func initial(_ model: DashboardModel, width: Int, height: Int, lang: Language, user: String = "",
                               idPrefix: String = "session", clock: String = "", zone: LocalZone = .utc,
                               presenter: PresenterState? = nil, asciiOnly: Bool = false) -> AppState {
        var s = AppState(width: width, height: height, lang: lang)
        s.asciiOnly = asciiOnly
        s.user = user
        s.idPrefix = idPrefix
        s.clock = clock
        s.zone = zone
        s.presenter = presenter
        refreshAll(&s, model)
        return s
    }

    public static func reduce(_ s: inout AppState, _ action: Action, _ model: DashboardModel, keys: KeyMap = .standard) -> [Effect] {
        switch action {
        case .tick(let clock):
            s.clock = clock
            return []
        case .resized(let w, let h):
            s.width = max(0, w)
            s.height = max(0, h)
            // Too small to show a list: the scroll stays as it was, so the screen comes back unchanged.
            if !Layout(width: s.width, height: s.height).tooSmall { clampAll(&s, model) }
            return []
        case .mouse(let m):
            mouse(&s, m, model, keys: keys)
            return []
        case .recorded(let events, let purpose):
            for e in events { if let i = s.inFlight.firstIndex(of: e.body.itemId) { s.inFlight.remove(at: i) } }
            recorded(&s, events, purpose, model)
            return []
        case .heldLocally(let events, let purpose, let waiting):
            for e in events { if let i = s.inFlight.firstIndex(of: e.body.itemId) { s.inFlight.remove(at: i) } }
            recorded(&s, events, purpose, model)
            if s.conflict == nil {
                s.status = StatusMessage(text: UIText.t("✓ Disimpan di laptop ini, belum dibagikan (\(waiting))",
                                                        "✓ Saved on this laptop, not yet shared (\(waiting))", s.lang), isError: false,
                                         short: UIText.t("✓ Di laptop ini, \(waiting) belum dibagikan", "✓ On this laptop: \(waiting) unshared", s.lang))
            }
            return []
        case .outboxShared(let events):
            // Sent with the usual checks: one made from a version someone changed meanwhile is asked about.
            if let c = conflict(among: events, model) {
                if let shown = s.conflict { s.moreConflicts.append(shown) }
                s.conflict = ConflictPrompt(conflict: c, purpose: .change)
                s.status = conflictStatus(c, model, s.lang, s.zone)
                return []
            }
            let n = Set(events.map(\.eventId)).count
            s.status = StatusMessage(text: UIText.t("✓ \(n) perubahan dari laptop ini sudah dibagikan", "✓ " + Labels.count(n, "change from this laptop is", "changes from this laptop are") + " now shared", s.lang),
                                     isError: false, short: UIText.t("✓ \(n) perubahan sudah dibagikan", "✓ " + Labels.count(n, "change", "changes") + " now shared", s.lang))
            return []
        case .recordFailed(let why, let brief):
            s.inFlight.removeAll()
            let head = UIText.t("✗ Tidak tersimpan: ", "✗ Not saved: ", s.lang)
            s.status = StatusMessage(text: head + why, isError: true, short: brief.map { head + $0 })
            return []
        case .statusExpired:
            if s.status?.isError == false { s.status = nil }
            return []
        case .dataProblem(let p):
            // The screen stops following the journal: a success said before gives way to that.
            if s.dataProblem == nil, s.status?.isError == false { s.status = nil }
            s.dataProblem = p
            return []
        case .journalWait(let seconds):
            s.waitingForJournal = seconds
            return []
        case .dataChanged:
            s.dataProblem = nil
            refreshAll(&s, model, dataChanged: true)
            clampAll(&s, model)
            presenterDataChanged(&s, model)
            return []
        case .presenterTick(let now, let utc):
            presenterTick(&s, now: now, utc: utc)
            return []
        case .key(let key):
            // A key clears the last message, except the one that explains an open conflict
            // question (who changed it first, when, to what): it stays until the question is answered.
            if s.conflict == nil { s.status = nil }
            // The key table is the dispatcher: no key reaches the state any other way.
            guard let cmd = keys.command(for: key, in: s.context) else { return [] }
            let before = s
            let effects = perform(&s, cmd, key: key, model)
            return inFlight(&s, effects, cmd, before: before)
        }
    }

    /// A change to an item whose last change is still on its way to the journal, and undo or redo
    /// while anything is, wait: the screen does not show that version yet.
    static func inFlight(_ s: inout AppState, _ effects: [Effect], _ cmd: Command, before: AppState) -> [Effect] {
        var items: [String] = []
        for case .record(let bodies, _, _, _) in effects { items += bodies.map(\.itemId) }
        let busy = (cmd == .undo || cmd == .redo) ? !s.inFlight.isEmpty : items.contains { s.inFlight.contains($0) }
        if busy {
            s = before
            s.status = StatusMessage(text: UIText.t("Tunggu: perubahan sebelumnya masih disimpan", "Wait: the previous change is still being saved", s.lang), isError: true)
            return []
        }
        s.inFlight += items
        return effects
    }

    /// Runs `cmd` where the focus is (`key`: the key that asked for it, for typed text).
    static func perform(_ s: inout AppState, _ cmd: Command, key: Key? = nil, _ model: DashboardModel) -> [Effect] {
        if cmd == .interrupt { return interrupt(&s, model) }
        if s.askingToQuit { return run(&s, cmd, key: key, model) }
        if s.presenter != nil { return presenter(&s, cmd, model) }
        if s.picker != nil { return pickerCommand(&s, cmd, key, model) }
        return run(&s, cmd, key: key, model)
    }

    static func run(_ s: inout AppState, _ cmd: Command, key: Key? = nil, _ model: DashboardModel) -> [Effect] {
        let layout = Layout(width: s.width, height: s.height)
        if s.showHelp, let effects = helpCommand(&s, cmd, key) { return effects }
        switch cmd {
        case .quit:
            // Changes this laptop holds, or one still on its way to the journal: ask first.
            if QuitQuestion.needed(s, model) { s.askingToQuit = true; return [] }
            s.quitting = true
            return [.quit]
        case .confirmQuit:
            s.askingToQuit = false
            s.quitting = true
            return [.quit]
        case .cancelQuit:
            s.askingToQuit = false
        case .interrupt:
            return interrupt(&s, model)
        case .help:
            s.showHelp = !(s.showHelp && !s.helpShowsWarnings)
            s.helpShowsWarnings = false
            s.helpScroll = 0
            endHelpSearch(&s)
        case .warnings:
            s.showHelp = !(s.showHelp && s.helpShowsWarnings)
            s.helpShowsWarnings = s.showHelp
            s.helpScroll = 0
            endHelpSearch(&s)
        case .nextPanel, .prevPanel, .showMissions, .showCommodities, .showChecklists:
            let all = Panel.allCases
            let next: Panel = switch cmd {
            case .nextPanel: all[(s.panel.rawValue + 1) % all.count]
            case .prevPanel: all[(s.panel.rawValue + all.count - 1) % all.count]
            case .showMissions: .missions
            case .showCommodities: .commodities
            default: .checklists
            }
            if next != s.panel { s.detailScroll = 0 }
            s.panel = next
            s.editingFilter = false
        case .up, .down, .pageUp, .pageDown, .home, .end:
            move(&s, cmd, model, layout)
        case .open:
            open(&s, model)
        case .back:
            if s.showHelp { s.showHelp = false; endHelpSearch(&s); break }
            if let id = s.listID, id == .deals || id == .missionDeals, !(s.lists[id]?.filter.isEmpty ?? true) {
                s.lists[id]?.filter = ""
                refresh(id, &s, model)
                break
            }
            if case .deal(let d, let from)? = s.details[s.panel] {
                closeDeal(d, from: from, &s, model)
                break
            }
            if case .missionDeals(let id)? = s.details[s.panel] {
                s.details[s.panel] = .mission(id)
            } else {
                s.details[s.panel] = nil
            }
            s.detailScroll = 0
        case .filter:
            if s.listID != nil { s.editingFilter = true; s.filterCursor = nil }
        case .applyFilter:
            s.editingFilter = false
        case .clearFilter:
            s.editingFilter = false
            if let id = s.listID { s.lists[id]?.filter = ""; refresh(id, &s, model) }
        case .sort, .reverseSort:
            sortCommand(&s, cmd, model)
        case .clearAllFilters:
            clearAllFilters(&s, model)
        case .year:
            openPicker(&s, .yearFilter, model, current: s.yearFilter.map(String.init))
        case .view:
            let all = CommodityView.allCases
            s.commodityView = all[(all.firstIndex(of: s.commodityView)! + 1) % all.count]
            refresh(.commodities, &s, model)
        case .toggle, .undo, .redo, .addNote, .setOwner, .setDue, .statusFilter, .ownerFilter, .missionFilter,
             .submitPrompt, .cancelPrompt, .inProgress:
            return checklistCommand(&s, cmd, model)
        case .present:
            var mission: String?
            if case .mission(let id)? = s.details[.missions], s.panel == .missions { mission = id }
            var p = PresenterState(mission: mission, exitsProgram: false, rotateSeconds: nil, model: model)
            p.now = s.presenter?.now ?? 0
            s.presenter = p
        case .nextSlide, .prevSlide, .blank, .freeze, .rotate, .ignore, .pick, .cancelPick, .nextMatch, .prevMatch:
            break
        case .applyAnyway, .keepTheirs:
            return conflictCommand(&s, cmd, model)
        case .insertText, .deleteBackward, .clearText, .cursorLeft, .cursorRight, .lineStart, .lineEnd, .deleteForward, .killToEnd,
             .killWordBack, .wordBack, .wordForward:
            editText(&s, cmd, key, model)
        case .formNext, .formPrev, .formChoicePrev, .formChoiceNext, .formSubmit, .formCancel, .formConfirm, .formReject, .formDiscard:
            return formCommand(&s, cmd, model)
        case .addDeal, .newMission, .correctDeal, .withdrawDeal:
            deskCommand(&s, cmd, model)
        }
        return []
    }

    static func move(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel, _ layout: Layout) {
        if s.showHelp {
            let count = s.helpShowsWarnings ? WarningsContent.lines(s, model).count : HelpContent.lines(s).count
            let rows = HelpContent.rows(s, layout)
            // End shows the last page full, its last line at the bottom — never a blank page.
            s.helpScroll = scrolled(s.helpScroll, cmd, page: rows - 2, count: count - rows)
            return
        }
        guard let id = s.listID else {
            let count = DetailBuilder.lines(s, model, width: s.width).count
            s.detailScroll = scrolled(s.detailScroll, cmd, page: layout.body.height - 1, count: count - layout.body.height + 2)
            return
        }
        let count = s.rowCount(id)
        guard count > 0 else { return }
        let page = layout.listRows(filterShown: s.filterShown(id))
        var l = s.lists[id] ?? ListState()
        switch cmd {
        // With the selected item gone, the cursor waits where it was: ↓ chooses the row there.
        case .up: l.cursor -= 1
        case .down: if l.gone == nil { l.cursor += 1 }
        case .pageUp: l.cursor -= page; l.top -= page
        case .pageDown: l.cursor += page; l.top += page
        case .home: l.cursor = 0
        default: l.cursor = count - 1
        }
        choose(id, l, &s, model, page: page)
    }

    private static func scrolled(_ v: Int, _ cmd: Command, page: Int, count: Int) -> Int {
        let maxTop = max(0, count)
        let n = switch cmd {
        case .up: v - 1
        case .down: v + 1
        case .pageUp: v - max(1, page)
        case .pageDown: v + max(1, page)
        case .home: 0
        default: maxTop
        }
        return min(max(0, n), maxTop)
    }

    static func clamped(_ l: ListState, count: Int, page: Int) -> ListState {
        var l = l
        l.cursor = min(max(0, l.cursor), max(0, count - 1))
        l.top = min(max(0, l.top), max(0, count - page))
        if l.cursor < l.top { l.top = l.cursor }
        if l.cursor >= l.top + page { l.top = l.cursor - page + 1 }
        return l
    }

    static func clampAll(_ s: inout AppState, _ model: DashboardModel) {
        let layout = Layout(width: s.width, height: s.height)
        for id in [ListID.missions, .commodities, .checklists, .deals, .missionDeals] {
            s.lists[id] = clamped(s.lists[id] ?? ListState(), count: s.rowCount(id), page: layout.listRows(filterShown: s.filterShown(id)))
        }
        if s.listID == nil && s.detail != nil {
            let count = DetailBuilder.lines(s, model, width: s.width).count
            s.detailScroll = min(s.detailScroll, max(0, count - layout.body.height + 2))
        }
    }

    static func open(_ s: inout AppState, _ model: DashboardModel) {
        if s.panel == .missions, case .mission(let mid)? = s.details[.missions] {
            s.details[.missions] = .missionDeals(mid)
            s.lists[.missionDeals] = ListState()
            refresh(.missionDeals, &s, model)
            return
        }
        guard let id = s.listID, let item = chosen(id, &s, model) else { return }
        switch item {
        case .mission(let m):
            s.details[.missions] = .mission(m)
        case .commodity(let c, _):
            s.details[.commodities] = .deals(c)
            s.lists[.deals] = ListState()
            refresh(.deals, &s, model)
        case .action(let a):
            s.details[.checklists] = .action(a)
        case .recommendation, .checklistHeading, .obstacle, .indicator:
            return
        case .deal(let d):
            openDeal(d, &s)
        }
        s.detailScroll = 0
        s.editingFilter = false
    }

    // MARK: rows

    static func refreshAll(_ s: inout AppState, _ model: DashboardModel, dataChanged: Bool = false) {
        for id in [ListID.missions, .commodities, .checklists, .deals, .missionDeals] { refresh(id, &s, model, dataChanged: dataChanged) }
    }

    /// Recomputes one list's rows and puts the cursor back on the selected item (`follow`).
    /// `narrowing`: the filter only grew, so filtering the rows already shown gives the same result
    /// faster (what keeps typing in a 1M-row filter instant). `dataChanged`: the model is new.
    static func refresh(_ id: ListID, _ s: inout AppState, _ model: DashboardModel, narrowing: Bool = false, dataChanged: Bool = false) {
        let old = s.lists[id] ?? ListState()
        let query = old.filter
        let oldDeals = id == .deals ? s.dealRows : id == .missionDeals ? s.missionDealRows : []
        let hint = old.cursor < oldDeals.count ? oldDeals[old.cursor] : nil
        switch id {
        case .missions:
            var rows = Array(model.aggregates.missions.indices)
            if let y = s.yearFilter { rows = rows.filter { model.aggregates.missions[$0].date.year == y } }
            if !query.isEmpty { rows = model.missionSearch.filter(query, among: rows.map { Int32($0) }).map { Int($0) } }
            let ms = model.aggregates.missions
            switch s.missionSort {
            case .date: rows.sort { (ms[$0].date, $0) < (ms[$1].date, $1) }
            case .value: rows.sort { (ms[$0].totalValueRupiah, $1) < (ms[$1].totalValueRupiah, $0) }
            case .partner: rows.sort { (model.partnerNames(ms[$0]), $0) < (model.partnerNames(ms[$1]), $1) }
            }
            if s.sortDescending { rows.reverse() }
            s.missionRows = rows
        case .commodities:
            s.commodityRows = CommodityRows.build(model, view: s.commodityView, query: query, lang: s.lang,
                                                  sort: s.commoditySort, descending: s.commoditySortDescending)
        case .checklists:
            s.checklistRows = checklistRows(s, model, query: query)
        case .missionDeals, .deals:
            // The list stays beneath a deal line opened from it (`Detail.list`).
            let base: [Int32]
            switch s.details[id == .deals ? .commodities : .missions]?.list {
            case .deals(let c)? where id == .deals: base = model.dealsByCommodity[c] ?? []
            case .missionDeals(let m)? where id == .missionDeals: base = model.dealsByMission[m] ?? []
            default: base = []
            }
            // Narrowing filters the rows shown, already in order; else the order is made again.
            let shown = id == .deals ? s.dealRows : s.missionDealRows
            let rows = narrowing && !query.isEmpty ? model.dealSearch.filter(query, among: shown)
                : sortedDeals(query.isEmpty ? base : model.dealSearch.filter(query, among: base), s, model)
            if id == .deals { s.dealRows = rows } else { s.missionDealRows = rows }
        }
        let open = switch id {
        case .deals: if case .deals? = s.details[.commodities]?.list { true } else { false }
        case .missionDeals: if case .missionDeals? = s.details[.missions]?.list { true } else { false }
        default: true
        }
        if open {
            follow(id, &s, model, old: old, hint: hint, dataChanged: dataChanged)
        } else {
            // A closed deal list has no rows and nothing selected; opening it starts it afresh.
            let layout = Layout(width: s.width, height: s.height)
            s.lists[id] = clamped(ListState(filter: old.filter), count: 0, page: layout.listRows(filterShown: s.filterShown(id)))
        }
    }
}
