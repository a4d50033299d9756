import TradeModel

public enum CommodityRows {
    /// Commodities by value (largest first, zeros after in fixture order) or by name, each
    /// followed by its breakdown in the direction and province views; the value not split by
    /// commodity comes last, apart, never as a bar. Every value is transactions: letters of intent
    /// are taken out and listed on a row of their own after it.
    public static func build(_ model: DashboardModel, view: CommodityView, query: String, lang: Language,
                             sort: CommoditySort = .value, descending: Bool = true) -> [CommodityRow] {
        var a = model.aggregates
        let letters = lettersOfIntent(model)
        for i in a.byCommodity.indices { a.byCommodity[i].valueRupiah &-= letters.byCommodity[a.byCommodity[i].key] ?? 0 }
        for (k, v) in letters.byDirection {
            if let dir = Deal.Direction(rawValue: k.b) { a.commodityByDirection[k.a]?[dir]? &-= v }
        }
        for (k, v) in letters.byProvince { a.commodityByProvince[k.a]?[k.b]? &-= v }
        let needle = SearchText.fold(query)
        var order = a.byCommodity.enumerated().sorted { ($0.element.valueRupiah, -$0.offset) > ($1.element.valueRupiah, -$1.offset) }
        if sort == .name {
            let names = order.map { SearchText.fold(model.dataset.commodity($0.element.key)?.name(lang) ?? $0.element.key) }
            order = zip(names, order).sorted { a, b in
                a.0.lexicographicallyPrecedes(b.0) || (a.0 == b.0 && a.1.offset < b.1.offset)
            }.map(\.1)
        }
        if descending != (sort == .value) { order.reverse() }
        func matches(_ text: String) -> Bool {
            let hay = SearchText.fold(text)
            return hay.withUnsafeBufferPointer { SearchText.contains($0, 0..<hay.count, needle) }
        }
        var rows: [CommodityRow] = []
        for (_, t) in order {
            if let c = model.dataset.commodity(t.key), !matches(c.id + " " + c.nameId + " " + c.nameEn) { continue }
            rows.append(CommodityRow(commodity: t.key, kind: .commodity, value: t.valueRupiah))
            switch view {
            case .total: break
            case .direction:
                for d in Deal.Direction.allCases {
                    if let v = a.commodityByDirection[t.key]?[d], v != 0 { rows.append(CommodityRow(commodity: t.key, kind: .direction(d), value: v)) }
                }
            case .province:
                let byProv = (a.commodityByProvince[t.key] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                for (p, v) in byProv where v != 0 { rows.append(CommodityRow(commodity: t.key, kind: .province(p), value: v)) }
            }
        }
        if matches(Labels.notSplit(.id) + " " + Labels.notSplit(.en)) {
            rows.append(CommodityRow(commodity: "", kind: .commodity, value: a.notSplitByCommodityRupiah &- model.scope.notSplitLetterOfIntentRupiah))
        }
        let loi = model.letterOfIntentRupiah
        if loi > 0, matches(Labels.letterOfIntent(.id) + " " + Labels.letterOfIntent(.en)) {
            rows.append(CommodityRow(commodity: "", kind: .letterOfIntent, value: loi))
        }
        return rows
    }

    /// The letters of intent credited to each commodity, by direction and by partner province
    /// (few lines: read through the model's index of them).
    static func lettersOfIntent(_ model: DashboardModel) -> (byCommodity: [String: Int64], byDirection: [Pair: Int64], byProvince: [Pair: Int64]) {
        var c: [String: Int64] = [:], d: [Pair: Int64] = [:], p: [Pair: Int64] = [:]
        for i in model.lettersOfIntent {
            let deal = model.dataset.deals[Int(i)]
            guard deal.counts, let commodity = deal.commodity, let mi = model.missionIndex[deal.mission] else { continue }
            c[commodity, default: 0] &+= deal.valueRupiah
            d[Pair(commodity, deal.direction.rawValue), default: 0] &+= deal.valueRupiah
            p[Pair(commodity, model.aggregates.missions[mi].partners[0]), default: 0] &+= deal.valueRupiah
        }
        return (c, d, p)
    }

    struct Pair: Hashable {
        var a: String, b: String
        init(_ a: String, _ b: String) { self.a = a; self.b = b }
    }
}
