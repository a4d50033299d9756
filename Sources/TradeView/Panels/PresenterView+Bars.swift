import TradeModel
import TradeState

/// The bar slides: by commodity, by direction (a mission) or partner province (the data set), and
/// the day's announced figures (a mission) or the years (the data set).
extension PresenterView {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Int64
        /// False: listed with its value but no bar (not split, a letter of intent, rounding).
        public var drawn: Bool
        /// Said where the bar would be when not drawn; nil: "(tidak dirinci)".
        public var note: String?
        /// Another source gives a different figure for the same moment as the bar above: `≠`.
        public var differs: Bool
        /// The short name of the figure's source (announced figures), or what another source
        /// prints instead (`≠ Rp81,9 juta menurut ketik.com`): on the row beneath.
        public var source: String?
        /// Decimals of the short figure: 3 for a figure published so (`Rp3,296 triliun`).
        public var places = 2
        /// How the figure was obtained where no source states it (`≈ disimpulkan, per tahun`).
        public var mark: String?
        /// Never among a slide's big figures: not transactions (letters of intent) or no deal (rounding).
        public var apart = false

        public init(_ label: String, _ value: Int64, drawn: Bool = true, note: String? = nil, differs: Bool = false, source: String? = nil) {
            self.label = label; self.value = value; self.drawn = drawn; self.note = note; self.differs = differs; self.source = source
        }
    }

    public static func commodityBars(_ model: DashboardModel, _ mission: String?, _ l: Language) -> [Bar] {
        var totals: [String: Int64] = [:]
        var notSplit: Int64 = 0
        var letters: Int64 = 0
        var marks: [String: String] = [:]
        var residual = false
        if let mission {
            var unstated: [String: [Deal]] = [:]
            var periods: [String: Set<String>] = [:]
            for i in model.dealsByMission[mission] ?? [] {
                let d = model.dataset.deals[Int(i)]
                guard d.status != .withdrawn else { continue }
                if d.includedIn == nil {
                    if d.kind == .letterOfIntent { letters &+= d.valueRupiah } else if let c = d.commodity { totals[c, default: 0] &+= d.valueRupiah } else { notSplit &+= d.valueRupiah }
                } else if let c = d.commodity {
                    totals[c, default: 0] &+= d.valueRupiah
                    notSplit &-= d.valueRupiah
                    if !d.includedInBasis.isStated { residual = true }
                }
                guard let c = d.commodity else { continue }
                periods[c, default: []].insert(d.period ?? "")
                if !d.basis.isStated || (d.includedIn != nil && !d.includedInBasis.isStated) { unstated[c, default: []].append(d) }
            }
            for (c, lines) in unstated {
                let shared = periods[c].flatMap { $0.count == 1 ? $0.first : nil }.flatMap { $0.isEmpty ? nil : $0 }
                marks[c] = CommodityBasis.provenance(lines, residual: false).kind.mark(l) + (shared.map { ", " + Labels.period($0, l) } ?? "")
            }
        } else {
            // Transactions only: the letters of intent come apart, as in `summary`.
            for t in model.aggregates.byCommodity {
                totals[t.key] = t.valueRupiah &- (model.scope.byCommodity[t.key] ?? 0)
                marks[t.key] = model.commodityMark(t.key, l)
            }
            notSplit = model.aggregates.notSplitByCommodityRupiah &- model.scope.notSplitLetterOfIntentRupiah
            letters = model.letterOfIntentRupiah
            residual = model.notSplitRestsOnInference
        }
        var bars: [Bar] = model.dataset.commodities.compactMap { c in
            guard let v = totals[c.id], v > 0 else { return nil }
            var bar = Bar(c.name(l), v)
            bar.mark = marks[c.id]
            return bar
        }.sorted { $0.value > $1.value }
        if notSplit > 0 {
            var bar = Bar(Labels.notSplit(l), notSplit, drawn: false)
            if residual { bar.mark = Provenance.Kind.inferred.mark(l) }
            bars.append(bar)
        }
        if letters > 0 { bars.append(letterBar(letters, l)) }
        return bars
    }

    /// Why figures on the commodity slide are marked ≈: one sentence under the bars.
    public static func commodityFootnote(_ model: DashboardModel, _ mission: String?, _ bars: [Bar], _ l: Language) -> String? {
        guard bars.contains(where: { $0.mark != nil }) else { return nil }
        // Each line's own reason is on the mission's page; here the one that covers them all.
        let otherwise = mission.map { id in
            model.deals(of: id).contains { $0.commodity != nil && $0.status != .withdrawn && (!$0.basis.isStated || ($0.includedIn == nil && !$0.includedInBasis.isStated)) }
        } ?? !model.commoditiesInferredOtherwise.isEmpty
        let reason = (otherwise ? CommodityBasis.unstatedReason : CommodityBasis.placedReason).text(l)
        let rest = bars.contains { $0.label == Labels.notSplit(l) && $0.mark != nil }
            ? UIText.t("; \"tidak dirinci\" adalah sisanya", "; \"not split\" is what is left", l) : ""
        return Provenance.Kind.inferred.glyph + " " + reason + rest
    }

    /// Letters of intent, listed with their value and without a bar: never transactions.
    /// Whether it is inside the total is said on the total slide and beside the exact figure.
    static func letterBar(_ v: Int64, _ l: Language) -> Bar {
        var bar = Bar(Labels.letterOfIntent(l), v, drawn: false, note: "(" + Labels.notTransactions(l) + ")")
        bar.places = 3
        bar.apart = true
        return bar
    }

    /// The data set's partner provinces, by their transactions (letters of intent apart).
    public static func provinceBars(_ model: DashboardModel, _ l: Language) -> [Bar] {
        let bars = model.aggregates.byProvince.map { p in
            Bar(model.regionNames[p.key] ?? p.key, p.valueRupiah &- (model.scope.byProvince[p.key]?.letterOfIntentRupiah ?? 0))
        }.filter { $0.value > 0 }.sorted { ($0.value, $1.label) > ($1.value, $0.label) }
        return bars + (model.letterOfIntentRupiah > 0 ? [letterBar(model.letterOfIntentRupiah, l)] : [])
    }

    /// One mission's direction of trade; what has no direction (a total not split, a letter of
    /// intent, a rounding difference) is listed with its value, without a bar.
    public static func directionBars(_ f: PresenterFigures, _ model: DashboardModel, _ l: Language) -> [Bar] {
        // Where another source prints a different figure for a line, it is said beneath the bar.
        func others(_ d: Deal.Direction) -> String? {
            guard let claims = f.otherClaims[d], !claims.isEmpty else { return nil }
            return claims.map { "≠ " + Rupiah.short($0.valueRupiah, l) + UIText.t(" menurut ", " according to ", l) + sourceName($0.source, model) }
                .joined(separator: " · ")
        }
        var bars = [Deal.Direction.sell, .buy, .investment].compactMap { d in
            f.byDirection[d].flatMap { $0 > 0 ? Bar(Labels.direction(d, l), $0, source: others(d)) : nil }
        }
        let notSplit = UIText.t("(tidak dirinci per arah)", "(not split by direction)", l)
        if let v = f.byDirection[.unspecified], v > 0 {
            bars.append(Bar(directionName(.unspecified, l), v, drawn: false, note: notSplit, source: others(.unspecified)))
        }
        if f.letters > 0 { bars.append(letterBar(f.lettersRupiah, l)) }
        if f.roundingRupiah != 0 {
            var rounding = Bar(UIText.t("Selisih pembulatan", "Rounding difference", l), f.roundingRupiah, drawn: false,
                               note: "(" + Provenance.Kind.derived.mark(l) + ")")
            rounding.apart = true
            bars.append(rounding)
        }
        return bars
    }

    /// A mission's (or agreement's) announced figures with their sources, then the total now;
    /// the data set's years.
    public static func timelineBars(_ model: DashboardModel, _ sc: Scope, _ p: PresenterState, _ l: Language) -> [Bar] {
        guard let id = p.mission else {
            let years = model.aggregates.byYear.map { y in Bar(y.key, y.valueRupiah &- (model.scope.byYear[y.key]?.letterOfIntentRupiah ?? 0)) }
            return years + (model.letterOfIntentRupiah > 0 ? [letterBar(model.letterOfIntentRupiah, l)] : [])
        }
        var bars = reported(model, id).map { r in
            Bar(when(r.total, zone: sc.mission?.timeZone, interimWord: true, l), r.total.valueRupiah, differs: r.differs,
                source: sourceName(r.total.source, model))
        }
        if !sc.noFigure { bars.append(Bar(UIText.t("sekarang", "now", l), p.shownTotal)) }
        return bars
    }
}
