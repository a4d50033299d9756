import TradeModel

/// What `/` finds a deal line by: the words its row shows — the mission's partner provinces,
/// title and date, the direction and kind in both languages, the commodity's names, the parties,
/// the period — and its ids (deal and mission). Built once for every deal (the parts deals repeat
/// are folded once per atom) and extended by appended deals.
struct DealSearchText {
    let deals: DealTable
    let commodityNames: [String: String]
    let missionWords: [String: String]

    init(_ model: DashboardModel) {
        deals = model.dataset.deals
        commodityNames = Dictionary(model.dataset.commodities.map { ($0.id, $0.nameId + " " + $0.nameEn) }, uniquingKeysWith: { a, _ in a })
        var words: [String: String] = [:]
        for m in model.aggregates.missions {
            let partners = m.partners.map { model.regionNames[$0] ?? $0 }.joined(separator: " ")
            words[m.id] = [m.id, m.title, partners, String(m.date.year), DateText.medium(m.date, .id), DateText.medium(m.date, .en)]
                .joined(separator: " ")
        }
        missionWords = words
    }

    static func direction(_ d: Deal.Direction) -> String {
        d.rawValue + " " + Labels.direction(d, .id) + " " + Labels.direction(d, .en)
    }

    static func kind(_ k: Deal.Kind) -> String {
        k.rawValue + " " + UIText.dealKind(k, .id) + " " + UIText.dealKind(k, .en)
    }

    /// One deal's parts, in the order the index holds them (nil parts add nothing).
    func parts(_ d: Deal) -> [String?] {
        [d.id, missionWords[d.mission] ?? d.mission, d.party, d.counterparty, d.description,
         d.commodity.map { commodityNames[$0] ?? $0 }, d.product, d.period, Self.direction(d.direction), Self.kind(d.kind)]
    }

    func append(from: Int, to index: inout SearchIndex) {
        var missions = [[UInt8]?](repeating: nil, count: deals.atomCount)
        var commodities = missions
        let directions = Deal.Direction.allCases.map { SearchIndex.folded(Self.direction($0)) }
        let kinds = Deal.Kind.allCases.map { SearchIndex.folded(Self.kind($0)) }
        deals.forEachFields(from: from) { f in
            if f.hasExtra {
                for p in parts(deals[f.position]) { if let p { index.part(p) } }
                index.endRow()
                return
            }
            // No party, description, product or period: the rest is folded once per atom.
            let (m, c) = (Int(f.mission), Int(f.commodity))
            if missions[m] == nil { missions[m] = SearchIndex.folded(deals.atom(f.mission).map { missionWords[$0] ?? $0 }) }
            if commodities[c] == nil { commodities[c] = SearchIndex.folded(deals.atom(f.commodity).map { commodityNames[$0] ?? $0 }) }
            index.part(f.id)
            index.folded(missions[m]!)
            index.folded(commodities[c]!)
            index.folded(directions[f.direction.index])
            index.folded(kinds[f.kind.index])
            index.endRow()
        }
    }
}
