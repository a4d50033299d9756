import TradeModel

public enum CommodityRows {
    /// Commodities by value (largest first, zeros after in fixture order), each followed by its
    /// breakdown in the direction and province views; the value not split by commodity comes last,
    /// apart, never as a bar.
    public static func build(_ model: DashboardModel, view: CommodityView, query: String, lang: Language) -> [CommodityRow] {
        let a = model.aggregates
        let needle = SearchText.fold(query)
        let order = a.byCommodity.enumerated().sorted { ($0.element.valueRupiah, -$0.offset) > ($1.element.valueRupiah, -$1.offset) }
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
            rows.append(CommodityRow(commodity: "", kind: .commodity, value: a.notSplitByCommodityRupiah))
        }
        return rows
    }
}
