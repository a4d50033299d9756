extension DealDesk {
    /// What `changes` would make untrue of the totals, as sentences; empty when they can be written:
    /// - a total that would pass `Int64.max` (a mission's, a commodity's, the grand total), with the figure;
    /// - breakdown lines (`includedIn`) adding up to more than the line or mission they break down;
    /// - a mission's value not split by commodity turning negative (its breakdown lines counted twice).
    ///
    /// Only the missions the changes touch are aggregated, before and after, with `Aggregates.compute`
    /// itself, and the difference is carried into `totals` (the data set's as they stand) with checked
    /// arithmetic. Every other figure (directions, provinces, years, balances) is a part of the grand
    /// total, and a commodity's splits are parts of its total, so these are the sums that can pass
    /// `Int64.max`. A change on a million-deal data set costs its missions, not a pass over the deals.
    /// `missionDeals` gives a mission's deals where the caller keeps them indexed; otherwise `ds.deals`
    /// is scanned once. What was already wrong before the change is not held against it.
    public static func totalsProblems(_ changes: [DeskChange], in ds: Dataset, totals: Aggregates,
                                      missionDeals: ((String) -> [Deal])? = nil, lang: Language = .en) -> [String] {
        guard !changes.isEmpty else { return [] }
        let t = { (id: String, en: String) in lang == .id ? id : en }
        var order: [String] = []
        var before: [String: [Deal]] = [:]
        for c in changes {
            for m in [c.old?.mission, c.new.mission].compactMap({ $0 }) where before[m] == nil {
                before[m] = []
                order.append(m)
            }
        }
        if let missionDeals {
            for m in order { before[m] = missionDeals(m) }
        } else {
            for d in ds.deals where before[d.mission] != nil { before[d.mission]!.append(d) }
        }
        var after = before
        for c in changes {
            if let old = c.old, let i = after[old.mission]?.firstIndex(where: { $0.id == old.id }) {
                if old.mission == c.new.mission { after[old.mission]![i] = c.new; continue }
                after[old.mission]!.remove(at: i)
            }
            after[c.new.mission, default: []].append(c.new)
        }
        let adds = changes.reduce(Int64(0)) { sum, c in
            let delta = (c.new.status == .withdrawn ? 0 : c.new.valueRupiah) - (c.old.map { $0.status == .withdrawn ? 0 : $0.valueRupiah } ?? 0)
            let (s, o) = sum.addingReportingOverflow(delta)
            return o ? .max : s
        }
        func overflow(_ what: String, now: Int64?) -> String {
            let limit = Rupiah.exact(.max, lang)
            let was = now.map { t("kini \(Rupiah.exact($0, lang)); ", "now \(Rupiah.exact($0, lang)); ") } ?? ""
            return t("\(what) akan melampaui \(limit), batas yang dapat disimpan (\(was)perubahan ini menambah \(Rupiah.exact(adds, lang)))",
                     "\(what) would pass \(limit), the most a total can hold (\(was)this change adds \(Rupiah.exact(adds, lang)))")
        }
        func aggregate(_ deals: [Deal]) throws(MoneyOverflow) -> Aggregates {
            var sub = ds
            sub.deals = DealTable(deals)
            sub.recommendations = []
            sub.actions = []
            return try Aggregates.compute(sub)
        }
        var was: [Aggregates] = [], will: [Aggregates] = []
        for m in order {
            // Already past Int64 before the change: loading says so; there is nothing to compare with.
            let b: Aggregates
            do { b = try aggregate(before[m] ?? []) } catch { return [] }
            do { will.append(try aggregate(after[m] ?? [])) } catch {
                return [overflow(overflowing(error.context, lang), now: current(error.context, mission: b, totals: totals))]
            }
            was.append(b)
        }
        var problems: [String] = []
        var grand = totals.totalValueRupiah
        var commodity = totals.byCommodity.map(\.valueRupiah)
        for b in was {
            grand = grand &- b.totalValueRupiah
            for (i, k) in b.byCommodity.enumerated() where i < commodity.count { commodity[i] = commodity[i] &- k.valueRupiah }
        }
        var grandFits = true
        var commodityFits = [Bool](repeating: true, count: commodity.count)
        for a in will {
            let (g, o) = grand.addingReportingOverflow(a.totalValueRupiah)
            if o { grandFits = false } else { grand = g }
            for (i, k) in a.byCommodity.enumerated() where i < commodity.count {
                let (c, co) = commodity[i].addingReportingOverflow(k.valueRupiah)
                if co { commodityFits[i] = false } else { commodity[i] = c }
            }
        }
        if !grandFits { problems.append(overflow(t("total keseluruhan", "the grand total"), now: totals.totalValueRupiah)) }
        for (i, fits) in commodityFits.enumerated() where !fits {
            let k = totals.byCommodity[i]
            problems.append(overflow(t("total komoditas \(k.key)", "the total of commodity \(k.key)"), now: k.valueRupiah))
        }
        for (k, m) in order.enumerated() {
            let total = { (a: Aggregates) in a.missions.first { $0.id == m }?.totalValueRupiah ?? 0 }
            let wrong = breakdownProblems(m, before: breakdowns(before[m] ?? [], mission: m, total: total(was[k])),
                                          after: breakdowns(after[m] ?? [], mission: m, total: total(will[k])), lang)
            problems += wrong
            let (b, a) = (was[k].notSplitByCommodityRupiah, will[k].notSplitByCommodityRupiah)
            if wrong.isEmpty && a < 0 && a < b {
                let id = Sanitizer.line(m)
                problems.append(t("nilai \"\(id)\" yang tidak dirinci per komoditas akan menjadi \(Rupiah.exact(a, lang)): baris rinciannya akan terhitung dua kali",
                                  "the value of \"\(id)\" not split by commodity would become \(Rupiah.exact(a, lang)): its breakdown lines would count twice"))
            }
        }
        return problems
    }

    /// The mission's total once `changes` are written (lines that count: not breakdowns, not withdrawn).
    public static func missionTotal(_ mission: String, after changes: [DeskChange], totals: Aggregates) -> Int64 {
        let now = totals.missions.first { $0.id == mission }?.totalValueRupiah ?? 0
        return changes.reduce(now) { sum, c in
            let out = c.old.map { $0.counts && $0.mission == mission ? $0.valueRupiah : 0 } ?? 0
            return sum &- out &+ (c.new.counts && c.new.mission == mission ? c.new.valueRupiah : 0)
        }
    }

    /// A `MoneyOverflow` context (English: "mission m", "commodity c") as the figure it names.
    static func overflowing(_ context: String, _ lang: Language) -> String {
        if context == "the grand total" { return lang == .id ? "total keseluruhan" : context }
        guard lang == .id else { return "the total of " + context }
        for (en, id) in [("mission ", "misi "), ("commodity ", "komoditas ")] where context.hasPrefix(en) {
            return "total " + id + context.dropFirst(en.count)
        }
        return "total " + context
    }

    /// The figure a `MoneyOverflow` context names, as it stands: a mission's (from its own deals),
    /// a commodity's or the grand total; nil for the rest.
    static func current(_ context: String, mission: Aggregates, totals: Aggregates) -> Int64? {
        if context == "the grand total" { return totals.totalValueRupiah }
        if context.hasPrefix("mission ") { return mission.missions.first { $0.id == context.dropFirst(8) }?.totalValueRupiah }
        if context.hasPrefix("commodity ") { return totals.byCommodity.first { $0.key == context.dropFirst(10) }?.valueRupiah }
        return nil
    }

    /// Each parent's breakdown lines that count (not withdrawn): their sum, and what they may not pass —
    /// the mission's total for lines inside the mission, or the parent line's value.
    static func breakdowns(_ deals: [Deal], mission: String, total: Int64) -> [String: (sum: Int64, limit: Int64)] {
        var sums: [String: Int64] = [:]
        for d in deals where d.status != .withdrawn {
            guard let p = d.includedIn else { continue }
            let (s, o) = (sums[p] ?? 0).addingReportingOverflow(d.valueRupiah)
            sums[p] = o ? .max : s
        }
        var out: [String: (sum: Int64, limit: Int64)] = [:]
        for (p, sum) in sums {
            if p == mission { out[p] = (sum, total) } else if let line = deals.first(where: { $0.id == p }) { out[p] = (sum, line.valueRupiah) }
        }
        return out
    }

    static func breakdownProblems(_ mission: String, before: [String: (sum: Int64, limit: Int64)], after: [String: (sum: Int64, limit: Int64)],
                                  _ lang: Language) -> [String] {
        after.keys.sorted().compactMap { p in
            let (sum, limit) = after[p]!
            let excess = sum - limit
            guard excess > 0, excess > before[p].map({ $0.sum - $0.limit }) ?? .min else { return nil }
            let id = Sanitizer.line(p)
            return lang == .id ? "baris rincian \"\(id)\" (\(Rupiah.exact(sum, lang))) akan melebihi totalnya (\(Rupiah.exact(limit, lang)))"
                               : "the breakdown lines of \"\(id)\" (\(Rupiah.exact(sum, lang))) would exceed its total (\(Rupiah.exact(limit, lang)))"
        }
    }
}
