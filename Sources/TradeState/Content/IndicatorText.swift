import TradeModel

/// An indicator's figure as read: "Rp16.500/kg", "135.074 ton".
public enum IndicatorText {
    public static func figure(_ i: Indicator, _ lang: Language) -> String {
        if let v = i.valueRupiah {
            let unit = i.unit ?? ""
            if unit.hasPrefix("Rp/") { return Rupiah.exact(v) + String(unit.dropFirst(2)) }
            return Rupiah.exact(v) + (unit.isEmpty || unit == "Rp" ? "" : " " + unit)
        }
        if let q = i.quantity { return QuantityText.shown(q, lang) + (i.unit.map { " " + $0 } ?? "") }
        return "—"
    }
}
