/// Trade with one partner region, from the organising province's view.
public struct PartnerBalance: Sendable, Equatable {
    public var region: String
    public var sell: Int64
    public var buy: Int64
    public var investment: Int64
    public var unspecified: Int64
    public var balance: Int64 { sell &- buy }
}

extension Aggregates {
    /// For each partner region, how many of its missions with lines publish a sell/buy split,
    /// of how many: a partner's balance sums only those, so it says so.
    public func balanceCoverage() -> [String: (split: Int, missions: Int)] {
        var out: [String: (split: Int, missions: Int)] = [:]
        for m in missions where m.dealCount > 0 {
            var c = out[m.partners[0]] ?? (0, 0)
            c.missions += 1
            if m.hasSellBuySplit { c.split += 1 }
            out[m.partners[0]] = c
        }
        return out
    }
}
