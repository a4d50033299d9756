import TradeModel
import TradeState

/// The count of participating businesses on the wall, saying what it is: a count a source states,
/// a sum we made of the two sides (`∑ dihitung: 72 + 100`), or the data set's sum over missions
/// (never an official figure), with every side on which sources disagree (`Jatim 55 ≠ 48`).
extension PresenterView {
    public struct Businesses: Sendable, Equatable {
        public var count: Int
        /// The counts summed, when the figure is ours (the two sides of one mission); empty when stated.
        public var parts: [Int] = []
        /// The data set's sum: how many missions' counts it adds.
        public var missions: Int?
        /// Sides on which sources give different counts: `Jatim 55 ≠ 48` (`Malut 2025: …` in the data set).
        public var conflicts: [String] = []

        /// What follows the number: `(∑ dihitung: 72 + 100)`, `(∑ dihitung dari 5 misi, bukan
        /// angka resmi; Malut 2025: Jatim 55 ≠ 48)`, `(Jatim 55 ≠ 48)`.
        public func qualifier(_ l: Language) -> String {
            var parts: [String] = []
            if let n = missions {
                parts.append(UIText.t("∑ dihitung dari \(n) misi, bukan angka resmi", "∑ derived from \(Labels.count(n, "mission", "missions")), not an official figure", l))
            } else if self.parts.count > 1 {
                parts.append(Provenance.Kind.derived.mark(l) + ": " + self.parts.map(String.init).joined(separator: " + "))
            }
            parts += conflicts
            return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
        }
    }

    public static func businesses(_ model: DashboardModel, _ mission: String?) -> Businesses? {
        let ds = model.dataset
        func one(_ m: Mission) -> Businesses? {
            guard !m.businesses.isEmpty else { return nil }
            var conflicts: [String] = []
            for side in BusinessCount.Side.allCases {
                let claims = m.businesses.filter { $0.side == side }
                guard claims.count > 1 else { continue }
                let name = side == .total ? "total" : ds.region(side == .organiser ? m.organiser : m.partner)?.shortName ?? ""
                conflicts.append(name + " " + claims.map { String($0.count) }.joined(separator: " ≠ "))
            }
            if let t = m.businesses.first(where: { $0.side == .total }) { return Businesses(count: t.count, conflicts: conflicts) }
            let sides = [BusinessCount.Side.organiser, .partner].compactMap { s in m.businesses.first { $0.side == s }?.count }
            return Businesses(count: sides.reduce(0, +), parts: sides, conflicts: conflicts)
        }
        if let mission { return ds.mission(mission).flatMap(one) }
        var total = Businesses(count: 0, missions: 0)
        for m in ds.missions {
            guard let b = one(m) else { continue }
            total.count += b.count
            total.missions? += 1
            let label = (ds.region(m.partner)?.shortName ?? m.partner) + " " + String(m.date.year)
            total.conflicts += b.conflicts.map { label + ": " + $0 }
        }
        return total.count > 0 ? total : nil
    }
}
