/// What a data-set-wide figure covers, for reports that must say so: how many missions' lines it
/// sums (it is this data set's sum, never an official figure), and how much of it is letters of
/// intent (`Deal.Kind.letterOfIntent`), which count in a mission's total — the published final
/// includes them — but are not transactions.
///
/// Built from `Aggregates` without changing it: the same lines count (not withdrawn, not a
/// breakdown, of a known mission or agreement), each mission's year and partner as there.
public struct TotalsScope: Sendable, Equatable {
    /// One figure's coverage.
    public struct Part: Sendable, Equatable {
        /// Missions (and agreements) with at least one counting line in the figure.
        public var missions: Int = 0
        /// Letters of intent inside the figure.
        public var letterOfIntentRupiah: Int64 = 0

        public init(missions: Int = 0, letterOfIntentRupiah: Int64 = 0) {
            self.missions = missions
            self.letterOfIntentRupiah = letterOfIntentRupiah
        }

        /// What the figure is, the same words on every surface: "18 misi dalam data ini, bukan
        /// angka resmi" (agreements with lines of their own count among the missions).
        public func note(_ l: Language) -> String {
            l == .id ? "\(missions) misi dalam data ini, bukan angka resmi"
                : Labels.count(missions, "mission", "missions") + " in this data set, not an official figure"
        }
    }

    /// The grand total's.
    public var all = Part()
    /// Letters of intent per mission or agreement id (only where there are some).
    public var byMission: [String: Int64] = [:]
    public var byDirection: [Deal.Direction: Int64] = [:]
    /// Keys as in `Aggregates.byYear`, `byMonth` (`YYYY-MM`) and `byProvince` (region id).
    public var byYear: [String: Part] = [:]
    public var byMonth: [String: Part] = [:]
    public var byProvince: [String: Part] = [:]
    /// Letters of intent credited to a commodity, by commodity id.
    public var byCommodity: [String: Int64] = [:]
    /// Letters of intent inside `Aggregates.notSplitByCommodityRupiah`.
    public var notSplitLetterOfIntentRupiah: Int64 = 0
    /// Counting lines that are letters of intent (inside `Aggregates.dealCount`).
    public var letterOfIntentLines = 0

    public init() {}

    public static func compute(_ ds: Dataset, _ a: Aggregates) throws(MoneyOverflow) -> TotalsScope {
        var letters: [Deal] = []
        ds.deals.forEachFields { f in if f.kind == .letterOfIntent { letters.append(ds.deals[f.position]) } }
        return try compute(ds, a, letters: letters)
    }

    /// As `compute(_:_:)`, reading letters of intent only from `letters` (every letter of intent of
    /// the data set must be among them; other lines are skipped): the dashboard keeps their
    /// indices as deals arrive, so a million-line data set is not walked again per change.
    public static func compute<S: Sequence>(_ ds: Dataset, _ a: Aggregates, letters: S) throws(MoneyOverflow) -> TotalsScope
    where S.Element == Deal {
        var s = TotalsScope()
        let known = Set(a.missions.map(\.id))
        let commodities = Set(ds.commodities.map(\.id))
        for d in letters where d.kind == .letterOfIntent && d.counts && known.contains(d.mission) {
            let v = d.valueRupiah
            s.letterOfIntentLines += 1
            s.byMission[d.mission] = try Money.add(s.byMission[d.mission] ?? 0, v, "letters of intent of \(d.mission)")
            s.byDirection[d.direction] = try Money.add(s.byDirection[d.direction] ?? 0, v, "letters of intent")
            if let c = d.commodity, commodities.contains(c) {
                s.byCommodity[c] = try Money.add(s.byCommodity[c] ?? 0, v, "letters of intent for \(c)")
            } else {
                s.notSplitLetterOfIntentRupiah = try Money.add(s.notSplitLetterOfIntentRupiah, v, "letters of intent")
            }
        }
        for m in a.missions where m.dealCount > 0 {
            let loi = s.byMission[m.id] ?? 0
            func add(_ p: inout Part) throws(MoneyOverflow) {
                p.missions += 1
                p.letterOfIntentRupiah = try Money.add(p.letterOfIntentRupiah, loi, "letters of intent")
            }
            try add(&s.all)
            try add(&s.byYear[String(m.date.year), default: Part()])
            if let mo = m.date.month { try add(&s.byMonth["\(m.date.year)-\(pad2(mo))", default: Part()]) }
            try add(&s.byProvince[m.partners[0], default: Part()])
        }
        return s
    }

    /// `total` without the letters of intent inside it: the transactions.
    public static func transactions(_ total: Int64, _ letterOfIntent: Int64) throws(MoneyOverflow) -> Int64 {
        try Money.subtract(total, letterOfIntent, "a total without its letters of intent")
    }
}
