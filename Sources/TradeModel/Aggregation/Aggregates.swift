/// A mission's or agreement's figures, as the Missions list and `summary` show them.
public struct MissionTotal: Sendable {
    public enum Kind: String, Sendable { case mission, multiProvince, sisterProvince }
    public var id: String
    public var kind: Kind
    public var title: String
    public var date: PartialDate
    /// The partner region for missions; the parties for agreements.
    public var partners: [String]
    public var city: String?
    /// Sum of the lines that count (fixtures + journal). Always 0 for agreements.
    public var totalValueRupiah: Int64
    public var byDirection: [Deal.Direction: Int64]
    public var dealCount: Int
    public var publishedFinalRupiah: Int64?
    public var targetRupiah: Int64?
    /// An agreement's estimated potential: shown, never summed.
    public var potentialRupiah: Int64?
    public var illustrative: Bool

    /// Sell minus buy, from the organising province's view.
    public var balanceRupiah: Int64 { (byDirection[.sell] ?? 0) &- (byDirection[.buy] ?? 0) }
}

public struct KeyTotal: Sendable, Equatable {
    public var key: String
    public var valueRupiah: Int64
}

/// Trade with one partner region, from the organising province's view.
public struct PartnerBalance: Sendable {
    public var region: String
    public var sell: Int64
    public var buy: Int64
    public var investment: Int64
    public var unspecified: Int64
    public var balance: Int64 { sell &- buy }
}

public struct ChecklistProgress: Sendable {
    public var recommendation: String
    public var done: Int
    public var total: Int
    public var overdue: Int
}

/// Everything the dashboard and `summary` ask of a dataset, computed in one pass over the deals.
public struct Aggregates: Sendable {
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

    public var checklistDone: Int { checklist.reduce(0) { $0 + $1.done } }
    public var checklistTotal: Int { checklist.reduce(0) { $0 + $1.total } }

    private mutating func credit(_ c: String, _ dir: Deal.Direction, _ partner: String, _ v: Int64) throws(MoneyOverflow) {
        var byDir = commodityByDirection[c] ?? [:]
        byDir[dir] = try Money.add(byDir[dir] ?? 0, v, "commodity \(c)")
        commodityByDirection[c] = byDir
        var byProv = commodityByProvince[c] ?? [:]
        byProv[partner] = try Money.add(byProv[partner] ?? 0, v, "commodity \(c)")
        commodityByProvince[c] = byProv
    }

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
        var commodityTotals: [String: Int64] = [:]
        var province: [String: Int64] = [:]
        var year: [Int: Int64] = [:]
        var month: [Int: Int64] = [:]
        var balance: [String: PartnerBalance] = [:]
        let dealById = Dictionary(ds.deals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        for d in ds.deals {
            guard let mi = missionIndex[d.mission] else { continue }
            if d.includedIn != nil {
                // A breakdown line: credit its commodity out of the parent's "not split" value.
                guard d.status != .withdrawn, let c = d.commodity else { continue }
                let parentHasCommodity = d.includedIn.flatMap { dealById[$0]?.commodity } != nil
                if !parentHasCommodity {
                    commodityTotals[c] = try Money.add(commodityTotals[c] ?? 0, d.valueRupiah, "commodity \(c)")
                    a.notSplitByCommodityRupiah -= d.valueRupiah
                    try a.credit(c, d.direction, a.missions[mi].partners[0], d.valueRupiah)
                }
                continue
            }
            guard d.status != .withdrawn else { continue }
            let v = d.valueRupiah
            a.dealCount += 1
            a.totalValueRupiah = try Money.add(a.totalValueRupiah, v, "the grand total")
            a.missions[mi].totalValueRupiah = try Money.add(a.missions[mi].totalValueRupiah, v, "mission \(d.mission)")
            a.missions[mi].dealCount += 1
            a.missions[mi].byDirection[d.direction] = try Money.add(a.missions[mi].byDirection[d.direction] ?? 0, v, "mission \(d.mission)")
            a.byDirection[d.direction] = try Money.add(a.byDirection[d.direction] ?? 0, v, "direction \(d.direction.rawValue)")
            if let c = d.commodity {
                commodityTotals[c] = try Money.add(commodityTotals[c] ?? 0, v, "commodity \(c)")
                try a.credit(c, d.direction, a.missions[mi].partners[0], v)
            } else {
                a.notSplitByCommodityRupiah = try Money.add(a.notSplitByCommodityRupiah, v, "value not split by commodity")
            }
            let m = a.missions[mi]
            let partner = m.partners[0]
            province[partner] = try Money.add(province[partner] ?? 0, v, "province \(partner)")
            year[m.date.year] = try Money.add(year[m.date.year] ?? 0, v, "year \(m.date.year)")
            if let mo = m.date.month {
                let key = m.date.year * 100 + mo
                month[key] = try Money.add(month[key] ?? 0, v, "month")
            }
            var b = balance[partner] ?? PartnerBalance(region: partner, sell: 0, buy: 0, investment: 0, unspecified: 0)
            switch d.direction {
            case .sell: b.sell = try Money.add(b.sell, v, "sales to \(partner)")
            case .buy: b.buy = try Money.add(b.buy, v, "purchases from \(partner)")
            case .investment: b.investment = try Money.add(b.investment, v, "investment with \(partner)")
            case .unspecified: b.unspecified = try Money.add(b.unspecified, v, "trade with \(partner)")
            }
            balance[partner] = b
        }

        a.byCommodity = ds.commodities.map { KeyTotal(key: $0.id, valueRupiah: commodityTotals[$0.id] ?? 0) }
        a.byProvince = province.map { KeyTotal(key: $0.key, valueRupiah: $0.value) }
            .sorted { ($0.valueRupiah, $1.key) > ($1.valueRupiah, $0.key) }
        a.byYear = year.keys.sorted().map { KeyTotal(key: String($0), valueRupiah: year[$0]!) }
        a.byMonth = month.keys.sorted().map { KeyTotal(key: "\($0 / 100)-\(pad2($0 % 100))", valueRupiah: month[$0]!) }
        a.balances = balance.values.sorted { $0.region < $1.region }
        a.checklist = ds.recommendations.map { r in
            let acts = ds.actions.filter { $0.recommendation == r.id }
            let overdue = acts.filter { act in
                guard act.status != .done, let due = act.due, let today else { return false }
                return due < today
            }.count
            return ChecklistProgress(recommendation: r.id, done: acts.filter { $0.status == .done }.count,
                                     total: acts.count, overdue: overdue)
        }
        return a
    }
}
