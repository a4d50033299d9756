import TradeModel

extension String {
    /// `2026-11-23T01:02:03Z` → `2026-11-23 01:02 UTC` for history lines.
    var replacingT: String {
        guard count == 20, hasSuffix("Z") else { return self }
        return String(prefix(10)) + " " + String(dropFirst(11).prefix(5)) + " UTC"
    }
}

extension String {
    /// `Rp1.250.000` → `1.250.000` (the form's value field takes the number).
    var replacingRp: String { hasPrefix("Rp") ? String(dropFirst(2)) : self }
}
