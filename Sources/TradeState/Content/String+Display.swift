import TradeModel

extension String {
    /// `Rp1.250.000` → `1.250.000` (the form's value field takes the number).
    var replacingRp: String { hasPrefix("Rp") ? String(dropFirst(2)) : self }
}
