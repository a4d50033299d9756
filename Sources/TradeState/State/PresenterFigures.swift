import TradeModel

/// What the presenter's total is made of, by kind of line, so the wall never calls a published
/// sum, a letter of intent or a rounding difference a transaction. Worked out when the data
/// changes (one pass over the scope's lines), never per frame: the grand scope may hold a million.
public struct PresenterFigures: Equatable, Sendable {
    /// Lines that count, neither letters of intent nor rounding lines, by direction.
    public var byDirection: [Deal.Direction: Int64] = [:]
    /// Itemised lines that count: transactions.
    public var deals = 0
    /// Published aggregates that count (a mission's sell total, its undivided total, …).
    public var summaries = 0
    /// Letters of intent that count, and their sum.
    public var letters = 0
    public var lettersRupiah: Int64 = 0
    /// Rounding lines (`Deal.Kind.unallocated`): derived, never deals.
    public var roundingRupiah: Int64 = 0
    /// Named itemised lines already inside another line or the mission's total (not added again).
    public var namedWithin = 0
    /// …of which no source says they are inside it (`includedInBasis` not stated).
    public var namedWithinInferred = 0
    /// Other figures other sources print for lines that count, by the lines' direction.
    public var otherClaims: [Deal.Direction: [MoneyClaim]] = [:]
    /// Grand scope: the missions (and agreements) with a counting line, as `TotalsScope` counts them.
    public var missions = 0
    /// One mission: its total over time as the journal recorded it (the timeline's chart).
    public var running = RunningTotal()
    /// Grand scope: how many of the model's deals were counted (the ones after it can be added).
    public var counted = 0

    public init() {}

    public init(_ model: DashboardModel, _ mission: String?) {
        if let mission {
            for i in model.dealsByMission[mission] ?? [] { add(model.dataset.deals[Int(i)]) }
            running = RunningTotal(model, mission)
            return
        }
        addGrand(model.dataset.deals[...], model)
    }

    /// The grand scope's figures for `model`, from these ones when `model` only appended deals to
    /// the one they were worked out on: work in proportion to the new deals, not the data set.
    public func following(_ model: DashboardModel, _ mission: String?) -> PresenterFigures {
        guard mission == nil, let from = model.appendedFrom, from == counted, from <= model.dataset.deals.count else {
            return PresenterFigures(model, mission)
        }
        var f = self
        f.addGrand(model.dataset.deals[from...], model)
        return f
    }

    mutating func addGrand(_ deals: Slice<DealTable>, _ model: DashboardModel) {
        // Lines of one mission come together: look its id up once per run, as `Aggregates` does.
        var last = "", known = false
        for d in deals {
            if d.mission != last { last = d.mission; known = model.missionIndex[last] != nil }
            if known { add(d) }
        }
        counted = model.dataset.deals.count
        missions = model.scope.all.missions
    }

    /// Sums cannot overflow: they are parts of totals `Aggregates.compute` has already checked.
    mutating func add(_ d: Deal) {
        guard d.status != .withdrawn else { return }
        guard d.includedIn == nil else {
            if d.kind == .itemised {
                namedWithin += 1
                if !d.includedInBasis.isStated { namedWithinInferred += 1 }
            }
            return
        }
        switch d.kind {
        case .unallocated: roundingRupiah &+= d.valueRupiah
        case .letterOfIntent:
            letters += 1
            lettersRupiah &+= d.valueRupiah
        case .itemised, .publishedAggregate:
            if d.kind == .itemised { deals += 1 } else { summaries += 1 }
            byDirection[d.direction, default: 0] &+= d.valueRupiah
            if !d.conflictsWith.isEmpty { otherClaims[d.direction, default: []] += d.conflictsWith }
        }
    }
}
