extension Aggregates {
    /// These aggregates with `added` (deals appended to `ds` since they were computed) counted in:
    /// work in proportion to the new deals and the missions, not the data set, so a projector on a
    /// million deals follows a new one at once. Nil where only the whole pass can say (a line
    /// inside another, a withdrawal, a mission or commodity the earlier result does not know, a
    /// data set whose missions changed): the caller computes afresh. `AggregatesAddingTests` holds
    /// the result equal to `compute` on the whole.
    public func adding(_ added: some Collection<Deal>, in ds: Dataset, today: PartialDate? = nil) throws(MoneyOverflow) -> Aggregates? {
        guard missions.count == ds.missions.count + ds.agreements.count, byCommodity.count == ds.commodities.count,
              zip(missions, ds.missions).allSatisfy({ $0.id == $1.id }) else { return nil }
        var a = self
        var missionIndex: [String: Int] = [:]
        for (i, m) in missions.enumerated() { missionIndex[m.id] = i }
        var commodityIndex: [String: Int] = [:]
        for (i, c) in ds.commodities.enumerated() { commodityIndex[c.id] = i }
        for d in added {
            // A line inside another moves value out of "not split"; a withdrawn one never counted.
            guard d.status != .withdrawn, d.includedIn == nil, !parentIds.contains(d.id) else { return nil }
            guard let mi = missionIndex[d.mission] else { continue }
            let v = d.valueRupiah
            a.missions[mi].totalValueRupiah = try Money.add(a.missions[mi].totalValueRupiah, v, "mission \(d.mission)")
            a.missions[mi].dealCount += 1
            a.missions[mi].byDirection[d.direction] = try Money.add(a.missions[mi].byDirection[d.direction] ?? 0, v, "mission \(d.mission)")
            if let c = d.commodity, let ci = commodityIndex[c] {
                a.byCommodity[ci].valueRupiah = try Money.add(a.byCommodity[ci].valueRupiah, v, "commodity \(c)")
                // The whole pass keeps no entry for a sum of nothing: neither does this.
                guard v != 0 else { continue }
                a.commodityByDirection[c, default: [:]][d.direction] = try Money.add(a.commodityByDirection[c]?[d.direction] ?? 0, v, "commodity \(c)")
                let p = a.missions[mi].partners[0]
                a.commodityByProvince[c, default: [:]][p] = try Money.add(a.commodityByProvince[c]?[p] ?? 0, v, "commodity \(c)")
            } else {
                a.notSplitByCommodityRupiah = try Money.add(a.notSplitByCommodityRupiah, v, "value not split by commodity")
            }
        }
        try a.deriveFromMissions()
        a.checklist = Self.checklist(ds, today: today)
        return a
    }
}
