import TradeModel

/// What a filtered list adds up to: how many of its items show, the rupiah they sum to (missions
/// and deal lines, summed with overflow checked), and how many of the shown actions are done.
public struct ListSummary: Equatable, Sendable {
    public enum Sum: Equatable, Sendable {
        /// The list has no rupiah figure (the Checklists panel, commodities).
        case none
        case rupiah(Int64)
        /// More than an Int64 holds: said, never wrapped.
        case overflow
    }

    public var shown: Int
    /// Items in the list with no filter.
    public var total: Int
    public var sum: Sum = .none
    /// Letters of intent of the missions shown: not in `sum`, said beside it.
    public var lettersOfIntentApart: Int64 = 0
    /// Shown deal lines that add nothing (inside another total, or withdrawn).
    public var notCounted = 0
    /// Done of the shown actions (the Checklists panel).
    public var done: Int?
    public var actions: Int?

    /// The figures of list `id` as shown now.
    public static func of(_ id: ListID, _ s: AppState, _ model: DashboardModel) -> ListSummary {
        switch id {
        case .missions:
            let ms = model.aggregates.missions
            var out = ListSummary(shown: s.missionRows.count, total: ms.count)
            // Transactions, as the header counts them: agreements have none, and letters of intent
            // are not transactions — their sum is said apart.
            let loi = { (i: Int) in model.scope.byMission[ms[i].id] ?? 0 }
            out.sum = checkedSum(s.missionRows.lazy.filter { ms[$0].kind == .mission }.map { ms[$0].totalValueRupiah &- loi($0) })
            if case .rupiah(let l) = checkedSum(s.missionRows.lazy.map(loi)) { out.lettersOfIntentApart = l }
            return out
        case .deals, .missionDeals:
            let rows = id == .deals ? s.dealRows : s.missionDealRows
            let base: Int = switch s.details[id == .deals ? .commodities : .missions]?.list {
            case .deals(let c)?: model.dealsByCommodity[c]?.count ?? 0
            case .missionDeals(let m)?: model.dealsByMission[m]?.count ?? 0
            default: 0
            }
            var out = ListSummary(shown: rows.count, total: base)
            // What counts: a line inside another total or withdrawn is shown and not added again.
            // A commodity's lines count as its total does: a line inside another line that has no
            // commodity of its own is that value's commodity split, and adds to this commodity.
            let deals = model.dataset.deals
            let within = model.aggregates.parentsWithCommodity
            // Read by field: a million-row list is summed on every frame.
            let counts: (DealTable.Fields) -> Bool = id == .missionDeals ? { $0.includedIn == nil && $0.status != .withdrawn } : { d in
                d.status != .withdrawn && (d.includedIn.map { !within.contains($0) } ?? true)
            }
            out.sum = checkedSum(rows.lazy.map { deals.fields(at: Int($0)) }.filter(counts).map(\.valueRupiah))
            out.notCounted = rows.lazy.filter { !counts(deals.fields(at: Int($0))) }.count
            return out
        case .checklists:
            var done = 0, actions = 0
            for i in s.checklistRows {
                guard case .action(let a) = model.checklist[i] else { continue }
                actions += 1
                if model.dataset.actions[a].status == .done { done += 1 }
            }
            var out = ListSummary(shown: actions, total: model.dataset.actions.count)
            out.done = done
            out.actions = actions
            return out
        case .commodities:
            return ListSummary(shown: s.commodityRows.count, total: s.commodityRows.count)
        }
    }

    static func checkedSum<S: Sequence>(_ values: S) -> Sum where S.Element == Int64 {
        do { return .rupiah(try Money.sum(values, "a filtered list")) } catch { return .overflow }
    }
}
