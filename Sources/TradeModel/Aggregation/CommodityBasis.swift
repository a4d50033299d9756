/// Which commodity figures rest on lines no source states — above all yearly contracts no source
/// places inside their mission day's total — so that a report marks them `≈` and says why, as the
/// dashboard does. The same lines as `Aggregates` credits to a commodity: counting lines with a
/// commodity, and breakdown lines (`includedIn`) credited out of the value not split by commodity.
public struct CommodityBasis: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Ids of the lines the figure rests on whose value or place no source states.
        public var lines: [String] = []
        /// How the figure was obtained, with the reason and those lines (`from`).
        public var provenance: Provenance = .stated
        /// The period every line credited to the commodity shares (`per tahun`): its figure is
        /// a sum per that period, not the mission day's.
        public var period: String?
    }

    /// By commodity id; only commodities whose figure is not stated.
    public var byCommodity: [String: Entry] = [:]
    /// The value not split by commodity, where breakdowns no source places inside a total were
    /// taken out of it (it is what is left).
    public var notSplit = Entry()

    public init() {}

    public static func compute(_ ds: Dataset) -> CommodityBasis {
        let missions = Set(ds.missions.map(\.id) + ds.agreements.map(\.id))
        let commodities = Set(ds.commodities.map(\.id))
        var parents: Set<String> = []
        ds.deals.forEachFields { f in if let p = f.includedIn { parents.insert(p) } }
        let parentsWithCommodity = parents.isEmpty ? [] : Set(parents.filter { p in
            ds.deals.position(ofId: p).map { ds.deals[$0].commodity != nil } ?? false
        })
        // By the commodity's atom (a number: no string hashed per deal).
        var linesByAtom: [UInt32: [Deal]] = [:]
        var periodsByAtom: [UInt32: Set<String>] = [:]
        var unperiodicAtom = [Bool](repeating: false, count: ds.deals.atomCount)
        var residual: [Deal] = []
        // Missions and commodities by atom, looked up once each (0: not yet, 1: ours, 2: not).
        var missionKnown = [UInt8](repeating: 0, count: ds.deals.atomCount)
        var commodityKnown = missionKnown
        ds.deals.forEachFields { f in
            guard f.status != .withdrawn, f.commodity != 0 else { return }
            if missionKnown[Int(f.mission)] == 0 { missionKnown[Int(f.mission)] = missions.contains(ds.deals.atom(f.mission) ?? "") ? 1 : 2 }
            if commodityKnown[Int(f.commodity)] == 0 {
                commodityKnown[Int(f.commodity)] = commodities.contains(ds.deals.atom(f.commodity) ?? "") ? 1 : 2
            }
            guard missionKnown[Int(f.mission)] == 1, commodityKnown[Int(f.commodity)] == 1 else { return }
            guard f.hasExtra else {
                unperiodicAtom[Int(f.commodity)] = true
                return
            }
            if let parent = f.includedIn, parentsWithCommodity.contains(parent) { return }
            if !f.basis.isStated || (f.includedIn != nil && !f.includedInBasis.isStated) {
                let d = ds.deals[f.position]
                linesByAtom[f.commodity, default: []].append(d)
                if d.includedIn != nil { residual.append(d) }
            }
            if let p = f.period { periodsByAtom[f.commodity, default: []].insert(p) } else { unperiodicAtom[Int(f.commodity)] = true }
        }
        let name = { (a: UInt32) in ds.deals.atom(a) ?? "" }
        let lines = Dictionary(linesByAtom.map { (name($0.key), $0.value) }, uniquingKeysWith: +)
        let periods = Dictionary(periodsByAtom.map { (name($0.key), $0.value) }, uniquingKeysWith: { $0.union($1) })
        let unperiodic = Set(unperiodicAtom.indices.filter { unperiodicAtom[$0] }.map { name(UInt32($0)) })
        var out = CommodityBasis()
        for (c, ds) in lines {
            let shared = unperiodic.contains(c) ? nil : periods[c].flatMap { $0.count == 1 ? $0.first : nil }
            out.byCommodity[c] = Entry(lines: ds.map(\.id), provenance: provenance(ds, residual: false), period: shared)
        }
        if !residual.isEmpty { out.notSplit = Entry(lines: residual.map(\.id), provenance: provenance(residual, residual: true)) }
        return out
    }

    /// Inferred where any line is; the reason says what was inferred.
    public static func provenance(_ lines: [Deal], residual: Bool) -> Provenance {
        let inferred = lines.contains { $0.basis.kind == .inferred || $0.includedInBasis.kind == .inferred }
        let placedOnly = lines.allSatisfy { $0.basis.isStated && $0.includedIn != nil }
        let reason = residual ? residualReason : placedOnly ? placedReason : unstatedReason
        return Provenance(inferred ? .inferred : .derived, reason: reason, from: lines.map(\.id))
    }

    public static let placedReason = LocalText(
        id: "tidak ada sumber yang menempatkan nilai ini di dalam total hari misinya (kontrak per tahun, produk yang disebut); kami yang menempatkannya",
        en: "no source places this value inside its mission day's total (yearly contracts, products named); we placed it there")
    public static let unstatedReason = LocalText(
        id: "bertumpu pada baris yang nilainya atau tempatnya dalam total tidak dinyatakan sumber",
        en: "rests on lines whose value or place in the total no source states")
    public static let residualReason = LocalText(
        id: "sisa setelah baris yang kami tempatkan di dalam total misi dikurangkan",
        en: "what is left once the lines we placed inside mission totals are taken out")

    /// "≈ disimpulkan, per tahun": the mark after a commodity's figure ("" when stated).
    public static func mark(_ e: Entry?, _ l: Language) -> String {
        guard let e, !e.provenance.isStated else { return "" }
        return e.provenance.kind.mark(l) + (e.period.map { ", " + Labels.period($0, l) } ?? "")
    }
}
