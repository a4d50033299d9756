import TradeModel

/// The dashboard's per-deal indexes (deal positions by commodity and mission, letters of intent,
/// which commodities rest on inferences and in which periods), built once over every deal or
/// extended by the deals appended since a model that had them.
struct DealIndexes: Equatable {
    var byCommodity: [String: [Int32]] = [:]
    var byMission: [String: [Int32]] = [:]
    var letters: [Int32] = []
    var inferred: Set<String> = []
    var otherwise: Set<String> = []
    var periods: [String: Set<String>] = [:]
    var residual = false

    init() {}

    init(of m: DashboardModel) {
        byCommodity = m.dealsByCommodity
        byMission = m.dealsByMission
        letters = m.lettersOfIntent
        inferred = m.commoditiesWithInferences
        otherwise = m.commoditiesInferredOtherwise
        periods = m.commodityPeriods
        residual = m.notSplitRestsOnInference
    }

    /// Adds one deal (made whole: it has out-of-line fields, or it was appended).
    mutating func add(_ d: Deal, at i: Int, missions: [String: Int]) {
        let idx = Int32(i)
        if d.commodity != nil || d.includedIn == nil { byCommodity[d.commodity ?? "", default: []].append(idx) }
        noteCommodity(d, missions: missions)
        byMission[d.mission, default: []].append(idx)
        if d.kind == .letterOfIntent { letters.append(idx) }
    }

    mutating func noteCommodity(_ d: Deal, missions: [String: Int]) {
        guard let c = d.commodity, d.status != .withdrawn else { return }
        if !d.basis.isStated || (d.includedIn != nil && !d.includedInBasis.isStated) {
            inferred.insert(c)
            if !d.basis.isStated || d.includedIn == nil { otherwise.insert(c) }
            // Inside a mission's total (not another line's): credited out of the not-split value.
            if let parent = d.includedIn, missions[parent] != nil { residual = true }
        }
        periods[c, default: []].insert(d.period ?? "")
    }

    mutating func extend(_ ds: Dataset, from first: Int, missions: [String: Int]) {
        for i in first..<ds.deals.count { add(ds.deals[i], at: i, missions: missions) }
    }

    /// Every deal, by its fields: lists per atom (in deal order), named once at the end; only the
    /// deals with out-of-line fields are made whole.
    mutating func build(_ ds: Dataset, missions: [String: Int], progress: ((Int, Int) -> Void)?) {
        let deals = ds.deals
        var commodityAt = [[Int32]](repeating: [], count: deals.atomCount)
        var missionAt = commodityAt
        var plainPeriod = [Bool](repeating: false, count: deals.atomCount)
        deals.forEachFields { f in
            let idx = Int32(f.position)
            if f.hasExtra {
                let d = deals[f.position]
                if d.commodity != nil || d.includedIn == nil { commodityAt[Int(f.commodity)].append(idx) }
                noteCommodity(d, missions: missions)
            } else {
                commodityAt[Int(f.commodity)].append(idx)
                if f.commodity != 0 && f.status != .withdrawn { plainPeriod[Int(f.commodity)] = true }
            }
            missionAt[Int(f.mission)].append(idx)
            if f.kind == .letterOfIntent { letters.append(idx) }
            if f.position % 65536 == 0 { progress?(f.position, deals.count) }
        }
        for a in commodityAt.indices {
            let name = deals.atom(UInt32(a)) ?? ""
            if !commodityAt[a].isEmpty { byCommodity[name] = commodityAt[a] }
            if !missionAt[a].isEmpty { byMission[name] = missionAt[a] }
            if plainPeriod[a] { periods[name, default: []].insert("") }
        }
    }
}
