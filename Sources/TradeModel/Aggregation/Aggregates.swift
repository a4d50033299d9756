/// Everything the dashboard and `summary` ask of a dataset, computed in one pass over the deals.
public struct Aggregates: Sendable, Equatable {
    public var totalValueRupiah: Int64 = 0
    public var missions: [MissionTotal] = []
    /// Every commodity, zero totals included, in fixture order.
    public var byCommodity: [KeyTotal] = []
    /// Value the sources do not split by commodity: shown apart, never as one giant bar.
    public var notSplitByCommodityRupiah: Int64 = 0
    public var commodityByDirection: [String: [Deal.Direction: Int64]] = [:]
    /// Commodity → partner region → value.
    public var commodityByProvince: [String: [String: Int64]] = [:]
    public var byProvince: [KeyTotal] = []
    public var byDirection: [Deal.Direction: Int64] = [:]
    public var byYear: [KeyTotal] = []
    /// `YYYY-MM` keys; missions dated only to the year are left out (see `byYear`).
    public var byMonth: [KeyTotal] = []
    public var balances: [PartnerBalance] = []
    public var checklist: [ChecklistProgress] = []
    public var dealCount = 0
    /// Ids other lines name as the line they are inside (`includedIn`): a new deal with one of
    /// these ids changes how those lines count, so only the whole pass can add it.
    public var parentIds: Set<String> = []
    /// …of which the lines that have a commodity of their own: a line inside one of these adds
    /// nothing to its commodity (the parent's already counts), a line inside another one does.
    public var parentsWithCommodity: Set<String> = []

    public var checklistDone: Int { checklist.reduce(0) { $0 + $1.done } }
    public var checklistTotal: Int { checklist.reduce(0) { $0 + $1.total } }
    public var checklistUnknown: Int { checklist.reduce(0) { $0 + $1.unknown } }

    /// Computes all totals; throws rather than wrap when a sum leaves `Int64`.
    public static func compute(_ ds: Dataset, today: PartialDate? = nil) throws(MoneyOverflow) -> Aggregates {
        var a = Aggregates()
        var missionIndex: [String: Int] = [:]
        for m in ds.missions {
            missionIndex[m.id] = a.missions.count
            a.missions.append(MissionTotal(
                id: m.id, kind: .mission, title: m.title, date: m.date, partners: [m.partner], city: m.city,
                totalValueRupiah: 0, byDirection: [:], dealCount: 0, publishedFinalRupiah: nil,
                targetRupiah: m.target?.valueRupiah, potentialRupiah: nil, illustrative: m.illustrative))
        }
        // Agreements can carry deals too (`record-deal` accepts every id `summary` lists); their
        // estimated potential is shown, never summed.
        for ag in ds.agreements {
            missionIndex[ag.id] = a.missions.count
            let others = ag.parties.filter { $0 != ds.organiser }
            a.missions.append(MissionTotal(
                id: ag.id, kind: ag.kind == .multiProvince ? .multiProvince : .sisterProvince, title: ag.title,
                date: ag.date, partners: others.isEmpty ? ag.parties : others, city: ag.city, totalValueRupiah: 0, byDirection: [:],
                dealCount: 0, publishedFinalRupiah: nil, targetRupiah: nil, potentialRupiah: ag.potential?.valueRupiah, illustrative: false))
        }
        for t in ds.reportedTotals where t.role == .final {
            if let i = missionIndex[t.mission] { a.missions[i].publishedFinalRupiah = t.valueRupiah }
        }
        // One pass over the deals into flat arrays (a million deals: no dictionary per deal
        // beyond the mission and commodity lookups); everything else is derived per mission.
        let M = a.missions.count
        let dirs = Array(Deal.Direction.allCases)
        let D = dirs.count
        var commodityIndex: [String: Int] = [:]
        for (i, c) in ds.commodities.enumerated() { commodityIndex[c.id] = i }
        let C = ds.commodities.count
        var missionTotal = [Int64](repeating: 0, count: M)
        var missionCount = [Int](repeating: 0, count: M)
        var missionDir = [Int64](repeating: 0, count: M * D)
        var missionDirSeen = [Bool](repeating: false, count: M * D)
        // Commodity × mission × direction, for commodity totals, directions and provinces.
        var cmd = [Int64](repeating: 0, count: C * M * D)
        var notSplit: Int64 = 0
        // Breakdown lines under a deal that has its own commodity credit nothing (already counted).
        var parentsWithCommodity: Set<String> = []
        var parentIds: Set<String> = []
        ds.deals.forEachFields { f in if let p = f.includedIn { parentIds.insert(p) } }
        a.parentIds = parentIds
        for p in parentIds {
            if let i = ds.deals.position(ofId: p), ds.deals[i].commodity != nil { parentsWithCommodity.insert(p) }
        }
        a.parentsWithCommodity = parentsWithCommodity
        // Mission and commodity positions by atom (-1: not one of ours), found once per atom.
        var missionOf = [Int](repeating: -2, count: ds.deals.atomCount)
        var commodityOf = [Int](repeating: -2, count: ds.deals.atomCount)
        try ds.deals.forEachFields { (d) throws(MoneyOverflow) in
            guard d.status != .withdrawn else { return }
            if missionOf[Int(d.mission)] == -2 { missionOf[Int(d.mission)] = missionIndex[ds.deals.atom(d.mission) ?? ""] ?? -1 }
            let mi = missionOf[Int(d.mission)]
            guard mi >= 0 else { return }
            let v = d.valueRupiah
            let di = d.direction.index
            var ci = -1
            if d.commodity != 0 {
                if commodityOf[Int(d.commodity)] == -2 { commodityOf[Int(d.commodity)] = commodityIndex[ds.deals.atom(d.commodity) ?? ""] ?? -1 }
                ci = commodityOf[Int(d.commodity)]
            }
            if let parent = d.includedIn {
                // A breakdown line: credit its commodity out of the "not split" value.
                guard d.commodity != 0, !parentsWithCommodity.contains(parent), ci >= 0 else { return }
                let k = (ci * M + mi) * D + di
                cmd[k] = try Money.add(cmd[k], v, "commodity \(ds.commodities[ci].id)")
                notSplit = notSplit &- v
                return
            }
            missionTotal[mi] = try Money.add(missionTotal[mi], v, "mission \(a.missions[mi].id)")
            missionCount[mi] += 1
            missionDir[mi * D + di] = try Money.add(missionDir[mi * D + di], v, "mission \(a.missions[mi].id)")
            missionDirSeen[mi * D + di] = true
            if ci >= 0 {
                let k = (ci * M + mi) * D + di
                cmd[k] = try Money.add(cmd[k], v, "commodity \(ds.commodities[ci].id)")
            } else {
                notSplit = try Money.add(notSplit, v, "value not split by commodity")
            }
        }
        a.notSplitByCommodityRupiah = notSplit
        for mi in 0..<M where missionCount[mi] > 0 {
            a.missions[mi].totalValueRupiah = missionTotal[mi]
            a.missions[mi].dealCount = missionCount[mi]
            for (di, dir) in dirs.enumerated() where missionDirSeen[mi * D + di] { a.missions[mi].byDirection[dir] = missionDir[mi * D + di] }
        }
        try a.deriveFromMissions()
        a.byCommodity = []
        for (ci, c) in ds.commodities.enumerated() {
            var total: Int64 = 0
            var byDir: [Deal.Direction: Int64] = [:]
            var byProv: [String: Int64] = [:]
            for mi in 0..<M {
                for (di, dir) in dirs.enumerated() {
                    let v = cmd[(ci * M + mi) * D + di]
                    guard v != 0 else { continue }
                    total = try Money.add(total, v, "commodity \(c.id)")
                    byDir[dir] = try Money.add(byDir[dir] ?? 0, v, "commodity \(c.id)")
                    let p = a.missions[mi].partners[0]
                    byProv[p] = try Money.add(byProv[p] ?? 0, v, "commodity \(c.id)")
                }
            }
            a.byCommodity.append(KeyTotal(key: c.id, valueRupiah: total))
            if !byDir.isEmpty { a.commodityByDirection[c.id] = byDir }
            if !byProv.isEmpty { a.commodityByProvince[c.id] = byProv }
        }
        a.checklist = checklist(ds, today: today)
        return a
    }

    static func checklist(_ ds: Dataset, today: PartialDate?) -> [ChecklistProgress] {
        ds.recommendations.map { r in
            let acts = ds.actions.filter { $0.recommendation == r.id }
            let overdue = acts.filter { $0.isOverdue(today: today) }.count
            return ChecklistProgress(recommendation: r.id, done: acts.filter { $0.status == .done }.count,
                                     total: acts.count, overdue: overdue, unknown: acts.filter { $0.status == .unknown }.count)
        }
    }

    /// Everything derived per mission from the missions' own figures (their totals, counts and
    /// directions): the grand total, directions, balances, provinces, years and months. One
    /// function for the whole pass and for deals added to an earlier result, so both agree.
    mutating func deriveFromMissions() throws(MoneyOverflow) {
        totalValueRupiah = 0
        dealCount = 0
        byDirection = [:]
        var province: [String: Int64] = [:]
        var year: [Int: Int64] = [:]
        var month: [Int: Int64] = [:]
        var balance: [String: PartnerBalance] = [:]
        for m in missions where m.dealCount > 0 {
            let v = m.totalValueRupiah
            dealCount += m.dealCount
            totalValueRupiah = try Money.add(totalValueRupiah, v, "the grand total")
            let partner = m.partners[0]
            var b = balance[partner] ?? PartnerBalance(region: partner, sell: 0, buy: 0, investment: 0, unspecified: 0)
            for dir in Deal.Direction.allCases {
                guard let dv = m.byDirection[dir] else { continue }
                byDirection[dir] = try Money.add(byDirection[dir] ?? 0, dv, "direction \(dir.rawValue)")
                switch dir {
                case .sell: b.sell = try Money.add(b.sell, dv, "sales to \(partner)")
                case .buy: b.buy = try Money.add(b.buy, dv, "purchases from \(partner)")
                case .investment: b.investment = try Money.add(b.investment, dv, "investment with \(partner)")
                case .unspecified: b.unspecified = try Money.add(b.unspecified, dv, "trade with \(partner)")
                }
            }
            balance[partner] = b
            province[partner] = try Money.add(province[partner] ?? 0, v, "province \(partner)")
            year[m.date.year] = try Money.add(year[m.date.year] ?? 0, v, "year \(m.date.year)")
            if let mo = m.date.month {
                let key = m.date.year * 100 + mo
                month[key] = try Money.add(month[key] ?? 0, v, "month")
            }
        }
        byProvince = province.map { KeyTotal(key: $0.key, valueRupiah: $0.value) }
            .sorted { ($0.valueRupiah, $1.key) > ($1.valueRupiah, $0.key) }
        byYear = year.keys.sorted().map { KeyTotal(key: String($0), valueRupiah: year[$0]!) }
        byMonth = month.keys.sorted().map { KeyTotal(key: "\($0 / 100)-\(pad2($0 % 100))", valueRupiah: month[$0]!) }
        balances = balance.values.sorted { $0.region < $1.region }
    }
}
