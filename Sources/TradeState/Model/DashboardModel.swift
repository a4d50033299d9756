import Synchronization
import TradeModel

/// Everything the dashboard derives once from fixtures + journal: aggregates, row orders and search
/// indexes. Immutable and shared by every state value.
public final class DashboardModel: Sendable {
    public let dataset: Dataset
    public let aggregates: Aggregates
    public let journalPath: String
    /// Changes held on this laptop while the journal's server could not be reached.
    public let unshared: Int
    public let journalEvents: Int
    /// Load warnings, shown discreetly (e.g. a damaged journal line).
    public let warnings: [Problem]
    public let today: PartialDate?
    public let years: [Int]
    public let missionSearch: SearchIndex
    /// Every deal's searchable text, built the first time a deal list is filtered (the run loop
    /// warms it after the first frame), so the first frame and a projector's update never wait
    /// for a million deals' worth of text. A model that only appended deals takes its
    /// predecessor's index and adds the new deals when asked.
    public var dealSearch: SearchIndex {
        dealSearchState.withLock { state in
            switch state {
            case .built(let index): return index
            case .pending(let base, let from):
                // Let go of the base before appending, so an index no older model holds is
                // extended in place, not copied.
                state = .built(SearchIndex())
                var index = base
                DealSearchText(self).append(from: from, to: &index)
                state = .built(index)
                return index
            }
        }
    }
    /// Whether the deal index is built (the bench and tests look).
    public var dealSearchIsBuilt: Bool { dealSearchState.withLock { if case .built = $0 { true } else { false } } }
    enum DealSearchState { case built(SearchIndex), pending(base: SearchIndex, from: Int) }
    private let dealSearchState: Mutex<DealSearchState>
    /// Deal indices per commodity id, breakdown lines included; `""` holds lines not split by commodity.
    public let dealsByCommodity: [String: [Int32]]
    public let dealsByMission: [String: [Int32]]
    public let checklist: [ChecklistEntry]
    /// Commodities whose value rests on a line that is inferred or derived (e.g. a yearly contract
    /// no source places inside the day's total): their figures carry the mark.
    public let commoditiesWithInferences: Set<String>
    /// …of which a line is unstated for another reason than its place in a total (its value).
    public let commoditiesInferredOtherwise: Set<String>
    /// The periods of each commodity's lines (`""` for a line without one): one shared period
    /// (`per tahun`) is said beside the commodity's figure.
    public let commodityPeriods: [String: Set<String>]
    /// A breakdown line no source places inside its mission's total was taken out of the value
    /// not split by commodity: that value is a remainder that rests on our reading.
    public let notSplitRestsOnInference: Bool
    /// Indices of the letters of intent among the deals (withdrawn ones too), kept as deals arrive.
    public let lettersOfIntent: [Int32]
    /// What the data-set-wide figures cover (`TotalsScope`): the same missions and letters of
    /// intent as `summary` counts, so the header, the projector and the report agree.
    public let scope: TotalsScope
    public let checklistSearch: SearchIndex
    public let regionNames: [String: String]
    public let missionIndex: [String: Int]
    /// Built from a model that held the first `appendedFrom` of these deals (only deals appended
    /// since): what was worked out over those may be extended by the rest (`PresenterFigures`).
    public let appendedFrom: Int?

    /// The Checklists panel's rows: each recommendation with its actions, then the obstacles the
    /// sources name and the indicators, each under its heading.
    public enum ChecklistEntry: Sendable, Equatable {
        case recommendation(Int)
        case action(Int)
        case heading(ChecklistHeading)
        case obstacle(Int)
        case indicator(Int)
    }

    public enum ChecklistHeading: String, Sendable, Equatable { case obstacles, indicators }

    /// `reusing` a previous model whose deals are an unchanged prefix of these (only appended
    /// since): its per-deal indexes are extended instead of rebuilt, so a new deal on a million-deal
    /// data set costs milliseconds, not a second.
    public init(dataset ds: Dataset, aggregates: Aggregates, journalPath: String, journalEvents: Int,
         warnings: [Problem], today: PartialDate?, unshared: Int = 0, reusing previous: DashboardModel? = nil,
         progress: ((Int, Int) -> Void)? = nil) throws(MoneyOverflow) {
        // A model with more deals than these is no prefix of them (its held changes left): rebuild.
        let previous = previous.flatMap { $0.dataset.deals.count <= ds.deals.count ? $0 : nil }
        appendedFrom = previous?.dataset.deals.count
        dataset = ds
        self.aggregates = aggregates
        self.journalPath = journalPath
        self.journalEvents = journalEvents
        self.warnings = warnings
        self.today = today
        self.unshared = unshared
        var names: [String: String] = [:]
        for r in ds.regions { names[r.id] = r.name }
        regionNames = names
        years = Array(Set(aggregates.missions.map(\.date.year))).sorted()
        var mi: [String: Int] = [:]
        var ms = SearchIndex()
        for (i, m) in aggregates.missions.enumerated() {
            mi[m.id] = i
            ms.append(m.id, m.title, m.city, m.partners.map { names[$0] ?? $0 }.joined(separator: " "), String(m.date.year))
        }
        missionIndex = mi
        missionSearch = ms

        var ix = previous.map(DealIndexes.init(of:)) ?? DealIndexes()
        let first = previous?.dataset.deals.count ?? 0
        let search: DealSearchState = switch previous?.dealSearchState.withLock({ $0 }) {
        case .built(let index)?: .pending(base: index, from: first)
        case .pending(let base, let from)?: .pending(base: base, from: from)
        case nil: .pending(base: SearchIndex(), from: 0)
        }
        dealSearchState = Mutex(search)
        if first == 0 { ix.build(ds, missions: mi, progress: progress) } else { ix.extend(ds, from: first, missions: mi) }
        let (byCommodity, byMission, letters) = (ix.byCommodity, ix.byMission, ix.letters)
        let (inferred, otherwise, periods, residual) = (ix.inferred, ix.otherwise, ix.periods, ix.residual)
        dealsByCommodity = byCommodity
        lettersOfIntent = letters
        // Each letter-of-intent sum is part of a total `Aggregates` has checked, but the sums are
        // checked again rather than assumed: a failure is the caller's to show.
        scope = try TotalsScope.compute(ds, aggregates, letters: letters.lazy.map { ds.deals[Int($0)] })
        commoditiesWithInferences = inferred
        commoditiesInferredOtherwise = otherwise
        commodityPeriods = periods
        notSplitRestsOnInference = residual
        dealsByMission = byMission

        var entries: [ChecklistEntry] = []
        var cs = SearchIndex()
        for (ri, r) in ds.recommendations.enumerated() {
            entries.append(.recommendation(ri))
            cs.append(r.titleId, r.titleEn)
            for (ai, a) in ds.actions.enumerated() where a.recommendation == r.id {
                entries.append(.action(ai))
                cs.append(a.titleId, a.titleEn, a.owner, a.mission, r.titleId, r.titleEn)
            }
        }
        if !ds.obstacles.isEmpty {
            entries.append(.heading(.obstacles))
            cs.append("Kendala", "Obstacles")
            for (i, o) in ds.obstacles.enumerated() {
                entries.append(.obstacle(i))
                cs.append(o.textId, o.textEn, o.region, o.commodity)
            }
        }
        if !ds.indicators.isEmpty {
            entries.append(.heading(.indicators))
            cs.append("Indikator", "Indicators")
            for (i, x) in ds.indicators.enumerated() {
                entries.append(.indicator(i))
                cs.append(x.subject.id, x.subject.en, x.period, x.region, x.commodity)
            }
        }
        checklist = entries
        checklistSearch = cs
    }

    /// "≈ disimpulkan, per tahun" beside a commodity's figure over the data set; nil when stated.
    public func commodityMark(_ c: String, _ l: Language) -> String? {
        guard commoditiesWithInferences.contains(c) else { return nil }
        let shared = commodityPeriods[c].flatMap { $0.count == 1 ? $0.first : nil }.flatMap { $0.isEmpty ? nil : $0 }
        return Provenance.Kind.inferred.mark(l) + (shared.map { ", " + Labels.period($0, l) } ?? "")
    }

    /// The grand total without its letters of intent: the data set's transactions.
    public var transactionsRupiah: Int64 { aggregates.totalValueRupiah &- scope.all.letterOfIntentRupiah }
    public var letterOfIntentRupiah: Int64 { scope.all.letterOfIntentRupiah }

    /// The deal lines of one mission or agreement, from the index (no pass over every deal).
    public func deals(of mission: String) -> [Deal] {
        (dealsByMission[mission] ?? []).map { dataset.deals[Int($0)] }
    }

    /// The partner(s) as shown in lists; for an agreement, its parties other than the organiser.
    public func partnerNames(_ m: MissionTotal) -> String {
        let others = m.partners.count > 1 ? m.partners.filter { $0 != dataset.organiser } : m.partners
        return others.map { regionNames[$0] ?? $0 }.joined(separator: ", ")
    }

    public func isOverdue(_ a: FollowUpAction) -> Bool {
        a.isOverdue(today: today)
    }
}
