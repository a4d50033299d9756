extension Indicator {
    /// The figure as read, in every surface alike: `86.282 ton`, `Rp16.500/kg`,
    /// `Rp256.000.000.000`, and both parts when a source gives both.
    public func figure(_ lang: Language) -> String {
        var parts: [String] = []
        if let q = quantity { parts.append(QuantityText.shown(q, lang) + (unit.map { " " + $0 } ?? "")) }
        if let v = valueRupiah {
            if quantity == nil, let u = unit, u.hasPrefix("Rp/") {
                parts.append(Rupiah.exact(v, lang) + u.dropFirst(2))
            } else if quantity == nil, let u = unit, u != "Rp" {
                parts.append(Rupiah.exact(v, lang) + " " + u)
            } else {
                parts.append(Rupiah.exact(v, lang))
            }
        }
        return parts.isEmpty ? "—" : parts.joined(separator: "; ")
    }
}
