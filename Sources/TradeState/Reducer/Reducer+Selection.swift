import TradeModel

/// The selection held by id: each list's `selected` moves with its cursor, and when the rows are
/// rebuilt the cursor goes back to that item. An item that left the list as the data changed is
/// reported (`gone`), never swapped silently for the row that took its place.
extension Reducer {
    /// The id of the item on `row` of list `id`.
    static func rowID(_ id: ListID, _ row: Int, _ s: AppState, _ model: DashboardModel) -> RowID? {
        guard row >= 0, row < s.rowCount(id) else { return nil }
        switch id {
        case .missions: return .mission(model.aggregates.missions[s.missionRows[row]].id)
        case .commodities: return .commodity(s.commodityRows[row].commodity, s.commodityRows[row].kind)
        case .checklists: return checklistID(model.checklist[s.checklistRows[row]], model)
        case .deals: return .deal(model.dataset.deals[Int(s.dealRows[row])].id)
        case .missionDeals: return .deal(model.dataset.deals[Int(s.missionDealRows[row])].id)
        }
    }

    static func checklistID(_ e: DashboardModel.ChecklistEntry, _ model: DashboardModel) -> RowID {
        switch e {
        case .recommendation(let ri): .recommendation(model.dataset.recommendations[ri].id)
        case .action(let ai): .action(model.dataset.actions[ai].id)
        case .heading(let h): .checklistHeading(h.rawValue)
        case .obstacle(let i): .obstacle(model.dataset.obstacles[i].id)
        case .indicator(let i): .indicator(model.dataset.indicators[i].id)
        }
    }

    /// The row that shows `item` now, if any. `hint`: the deal index the cursor was on, which is
    /// the deal's index still when it is the same deal (deals are only appended, corrected in place).
    static func row(of item: RowID, in id: ListID, _ s: AppState, _ model: DashboardModel, hint: Int32? = nil) -> Int? {
        switch (id, item) {
        case (.missions, .mission(let m)):
            guard let i = model.missionIndex[m] else { return nil }
            return s.missionRows.firstIndex(of: i)
        case (.commodities, .commodity(let c, let kind)):
            return s.commodityRows.firstIndex { $0.commodity == c && $0.kind == kind }
        case (.checklists, _):
            return s.checklistRows.firstIndex { checklistID(model.checklist[$0], model) == item }
        case (.deals, .deal(let d)), (.missionDeals, .deal(let d)):
            guard let i = dealIndex(d, model, hint: hint) else { return nil }
            return (id == .deals ? s.dealRows : s.missionDealRows).firstIndex(of: i)
        default:
            return nil
        }
    }

    static func dealIndex(_ id: String, _ model: DashboardModel, hint: Int32?) -> Int32? {
        let deals = model.dataset.deals
        if let h = hint, Int(h) < deals.count, deals[Int(h)].id == id { return h }
        return deals.position(ofId: id).map { Int32($0) }
    }

    /// After list `id`'s rows were rebuilt from `old`: the cursor goes to the selected item's new
    /// row, at the same screen row where the scroll allows. If the item is no longer there and the
    /// data changed (`dataChanged`), the cursor waits at the nearest row with nothing selected and
    /// the status says what happened; after the user's own filter hid it, the first row is
    /// selected, as a search shows its results. A gone item that comes back is selected again.
    static func follow(_ id: ListID, _ s: inout AppState, _ model: DashboardModel, old: ListState, hint: Int32?, dataChanged: Bool) {
        let count = s.rowCount(id)
        var l = s.lists[id] ?? ListState()
        let offset = old.cursor - old.top
        if let item = old.selected ?? old.gone, let row = row(of: item, in: id, s, model, hint: old.selected == nil ? nil : hint) {
            l.cursor = row
            l.top = row - offset
            l.selected = item
            l.gone = nil
        } else if let item = old.selected, dataChanged {
            l.cursor = min(old.cursor, max(0, count - 1))
            l.selected = nil
            l.gone = item
            if s.listID == id && s.presenter == nil { s.status = StatusMessage(text: goneText(item, model, s.lang), isError: true) }
        } else if old.gone == nil {
            // Filtered out by the user's own filter: the first match, as a search shows it.
            l.cursor = old.selected == nil ? min(old.cursor, max(0, count - 1)) : 0
            if old.selected != nil { l.top = 0 }
            l.selected = rowID(id, l.cursor, s, model)
        } else {
            l.cursor = min(old.cursor, max(0, count - 1))
        }
        let layout = Layout(width: s.width, height: s.height)
        s.lists[id] = clamped(l, count: count, page: layout.listRows(filterShown: s.filterShown(id)))
    }

    /// Moves the cursor of `id` to `row` (clamped) and selects what is there. From a gone item,
    /// ↓ chooses the row that took its place and ↑ the one above it, so a list being worked
    /// through (tick, ↓, tick) skips nothing.
    static func choose(_ id: ListID, _ l: ListState, _ s: inout AppState, _ model: DashboardModel, page: Int) {
        var l = clamped(l, count: s.rowCount(id), page: page)
        l.selected = rowID(id, l.cursor, s, model)
        l.gone = nil
        s.lists[id] = l
    }

    /// The selection of list `id`, for a command that acts on it; nil when the selected item left
    /// the list, with the status saying why and how to choose again.
    static func chosen(_ id: ListID, _ s: inout AppState, _ model: DashboardModel) -> RowID? {
        guard let l = s.lists[id] else { return nil }
        if let gone = l.gone {
            s.status = StatusMessage(text: goneText(gone, model, s.lang, refusing: true), isError: true)
            return nil
        }
        return l.selected
    }

    /// "▷ Tindakan yang dipilih sudah tidak ada di daftar (selesai oleh budi)"; `refusing`, for a
    /// command that was refused, starts with how to choose (the part a narrow screen must show).
    static func goneText(_ item: RowID, _ model: DashboardModel, _ lang: Language, refusing: Bool = false) -> String {
        let t = { (id: String, en: String) in UIText.t(id, en, lang) }
        let what: String = switch item {
        case .mission: t("misi", "mission")
        case .commodity: t("baris komoditas", "commodity line")
        case .recommendation: t("rekomendasi", "recommendation")
        case .action: t("tindakan", "action")
        case .checklistHeading: t("judul bagian", "heading")
        case .obstacle: t("kendala", "obstacle")
        case .indicator: t("indikator", "indicator")
        case .deal: t("transaksi", "deal")
        }
        var text = t(what + " yang dipilih sudah tidak ada di daftar", "the selected " + what + " is no longer in the list")
        if let why = goneReason(item, model, lang) { text += " (" + why + ")" }
        if refusing { return "▷ " + t("Pilih dulu dengan ↑/↓: ", "Choose with ↑/↓ first: ") + text }
        return "▷ " + text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The last change to the item and who made it, from the journal, when there is one.
    static func goneReason(_ item: RowID, _ model: DashboardModel, _ lang: Language) -> String? {
        let t = { (id: String, en: String) in UIText.t(id, en, lang) }
        let by = t(" oleh ", " by ")
        switch item {
        case .action(let id):
            guard let c = model.dataset.actionHistory[id]?.last else { return nil }
            switch c.body {
            case .actionStatusSet(_, let status, _): return UIText.status(status, lang) + by + c.user
            case .actionOwnerSet(_, let owner, _): return t("penanggung jawab → ", "owner → ") + owner + by + c.user
            case .actionDueSet: return t("tenggat diubah", "due date changed") + by + c.user
            case .actionNoteAdded: return nil
            default: return nil
            }
        case .deal(let id):
            guard let e = model.dataset.dealLog.lastIndex(ofDeal: id).map({ model.dataset.dealLog[$0] }) else { return nil }
            switch e.kind {
            case .withdrawn: return t("ditarik", "withdrawn") + by + e.user
            case .corrected: return t("diperbaiki", "corrected") + by + e.user
            case .recorded: return nil
            }
        default:
            return nil
        }
    }
}
