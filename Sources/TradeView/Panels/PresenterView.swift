import TradeModel
import TradeState

/// The forum screen for a projector: the total in big digits, the exact figure beneath, and
/// slides a clicker steps through. The exact total of the scope is on every slide; every slide
/// says what it shows, and a sum over the data set says it is no official figure.
/// The total slide is in `PresenterView+Total`, the announced figures and their sources in
/// `PresenterView+Reported`, the bar slides in `PresenterView+Bars`.
public enum PresenterView {
    public static func render(_ s: AppState, _ model: DashboardModel) -> ScreenBuffer {
        var buf = ScreenBuffer(width: s.width, height: s.height)
        guard let p = s.presenter else { return buf }
        buf.fill(Rect(x: 0, y: 0, width: s.width, height: s.height), role: .normal)
        if p.blanked { return buf }
        let l = s.lang
        let w = s.width, h = s.height
        let sc = Scope(p, model)
        if w < 20 || h < 6 {
            buf.draw(exactLine(p, sc, l), x: 0, y: 0, maxX: w)
            return buf
        }
        let zone = sc.mission?.timeZone ?? model.dataset.region(model.dataset.organiser)?.timeZone ?? .WIB
        // Row 0: what is shown, and the local time in the mission's zone.
        let title = sc.mission?.title ?? sc.agreement?.title ?? (l == .id ? model.dataset.title : model.dataset.titleEn)
        let clock = localTime(p.utc, zone)
        buf.put(" " + title, x: 0, y: 0, role: .title, maxX: w - TextWidth.of(clock) - 2)
        buf.put(clock, x: w - TextWidth.of(clock) - 1, y: 0, role: .title)
        buf.draw(subtitle(p, sc, model, width: w - 2, l), x: 1, y: 1, maxX: w)
        if let problem = s.dataProblem {
            // In plain words on the wall: these figures stopped following the desk at this time.
            let line = problem.sentence(l)
            buf.put(line, x: max(1, (w - TextWidth.of(line)) / 2), y: 2, role: .warning, maxX: w)
        }
        if model.dataset.illustrative { buf.put("[" + Labels.illustrative(l) + "]", x: w - 16, y: 1, role: .illustrative) }

        let body = Rect(x: 0, y: 3, width: w, height: max(0, h - 6))
        switch p.slide {
        case .total: totalSlide(&buf, p, model, sc, body, l)
        case .commodities:
            let bars = commodityBars(model, p.mission, l)
            barsSlide(&buf, slideTitle(.commodities, sc, l), bars, body, l, footnote: commodityFootnote(model, p.mission, bars, l))
        case .provinces:
            barsSlide(&buf, slideTitle(.provinces, sc, l), p.mission == nil ? provinceBars(model, l) : directionBars(p.figures, model, l), body, l)
        case .timeline: barsSlide(&buf, slideTitle(.timeline, sc, l), timelineBars(model, sc, p, l), body, l)
        }
        footer(&buf, p, sc, l, warnings: model.warnings.count)
        return buf
    }

    /// What the screen shows — the data set, a mission or an agreement — and what is known of its
    /// final: a mission whose day is over with no final in any source says so instead of Rp0.
    public struct Scope: Sendable {
        public var mission: Mission?
        public var agreement: Agreement?
        /// The data set's sum (no mission chosen).
        public var grand: Bool
        /// A mission whose day is over and whose final no source gives.
        public var finalMissing: Bool
        /// …with no line recorded either, or an agreement with no line of its own: there is no
        /// figure to show, only that absence (`absence`), never Rp0.
        public var noFigure: Bool
        /// Grand scope: the missions (and agreements with lines of their own) summed.
        public var missions: Int
        /// Letters of intent: kept out of the data set's total, inside a mission's (its published
        /// final counts them); never transactions.
        public var letters: Int64

        public init(_ p: PresenterState, _ model: DashboardModel) {
            mission = p.mission.flatMap { model.dataset.mission($0) }
            agreement = p.mission.flatMap { id in model.dataset.agreements.first { $0.id == id } }
            grand = p.mission == nil
            missions = p.figures.missions
            letters = p.figures.lettersRupiah
            finalMissing = false
            noFigure = false
            if let m = mission {
                let published = model.missionIndex[m.id].map { model.aggregates.missions[$0].publishedFinalRupiah != nil } ?? false
                // A mission of today (or later) is live: its running total may well be Rp0.
                let over = model.today.map { m.date < $0 } ?? true
                finalMissing = !published && over
                let f = p.figures
                noFigure = finalMissing && p.shownTotal == 0 && f.deals + f.summaries + f.letters == 0 && f.roundingRupiah == 0
            } else if agreement != nil {
                // An agreement signs no transactions; its potential is an estimate, shown apart.
                let f = p.figures
                noFigure = p.shownTotal == 0 && f.deals + f.summaries + f.letters == 0 && f.roundingRupiah == 0
            }
        }

        /// What is said where the figure would be: the final was not found, or it is an agreement.
        public func absence(_ l: Language) -> String {
            agreement != nil ? UIText.t("kesepakatan, bukan transaksi", "an agreement, not transactions", l) : PresenterView.notFound(l)
        }
    }

    /// `17.05 WITA` from UTC seconds and the zone's offset.
    public static func localTime(_ utc: Int, _ zone: ZoneCode) -> String {
        let t = ((utc + zone.utcOffsetMinutes * 60) % 86400 + 86400) % 86400
        return pad2(t / 3600) + "." + pad2(t / 60 % 60) + " " + zone.rawValue
    }

    public static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    public static func subtitle(_ p: PresenterState, _ sc: Scope, _ model: DashboardModel, width: Int, _ l: Language) -> StyledLine {
        // A date another source gives differently: both, the other with its source (≠).
        func dated(_ d: PartialDate, _ alternatives: [DateClaim]) -> String {
            DateText.long(d, l) + alternatives.map { " ≠ " + DateText.long($0.date, l) + " (" + sourceName($0.source, model) + ")" }.joined()
        }
        if let m = sc.mission {
            var parts = [dated(m.date, m.dateAlternatives)]
            if let c = m.city { parts.append(c) }
            if let v = m.venue { parts.append(v) }
            var target: StyledLine = []
            if let t = m.target {
                target.append(Span("   " + UIText.t("target ", "target ", l) + Rupiah.short(t.valueRupiah, l), .dim))
                // No percentage of a figure that was never found.
                if !sc.noFigure, let pct = Rupiah.percent(p.shownTotal, of: t.valueRupiah, l) {
                    target.append(Span(": ", .dim))
                    target.append(Span(pct + (p.shownTotal >= t.valueRupiah ? " ✓" : ""), p.shownTotal >= t.valueRupiah ? .positive : .warning))
                }
            }
            // How far the total has come, and a date another source gives, matter more than the
            // venue and the city on a narrow screen: those go first, never cut mid-word.
            while parts.count > 1, TextWidth.of(parts.joined(separator: " · ")) + StyledWidth.of(target) > width { parts.removeLast() }
            return [Span(parts.joined(separator: " · "), .dim)] + target
        }
        if let a = sc.agreement {
            // An agreement's potential is an estimate: shown beside, never in the total.
            let potential = a.potential.map { "   " + Labels.potential(l) + " " + Rupiah.short($0.valueRupiah, l) + " (" + Labels.notSummed(l) + ")" } ?? ""
            return [Span(dated(a.date, a.dateAlternatives) + (a.city.map { " · " + $0 } ?? "") + potential, .dim)]
        }
        // How many missions the sums cover is said beside them (`dataSetNote`), in `summary`'s count.
        return [Span(UIText.t("Semua misi dagang dan kesepakatan dalam data ini", "All trade missions and agreements in this data set", l), .dim)]
    }

    /// The short form with one-letter scale for the big digits: `Rp17,52 T`, `Rp568,04 M`.
    public static func bigText(_ v: Int64, _ l: Language) -> String { scaleLetter(Rupiah.short(v, l)) }

    /// `Rp3,296 triliun` → `Rp3,296 T`.
    public static func scaleLetter(_ short: String) -> String {
        var s = short
        for (word, letter) in [(" triliun", " T"), (" miliar", " M"), (" juta", " jt"), (" trillion", " T"), (" billion", " B"), (" million", " M")] {
            if s.hasSuffix(word) { s = String(s.dropLast(word.count)) + letter }
        }
        return s
    }

    /// `angka akhir tidak ditemukan`: said where a past mission's final would be.
    public static func notFound(_ l: Language) -> String { UIText.t("angka akhir tidak ditemukan", "final figure not found", l) }

    /// `18 misi dalam data ini, bukan angka resmi`: what a sum over the data set is, in the words
    /// and count of `summary` (`TotalsScope`).
    public static func dataSetNote(_ sc: Scope, _ l: Language) -> String {
        TotalsScope.Part(missions: sc.missions).note(l)
    }

    /// Where the letters of intent are: apart from the data set's total, or inside a mission's.
    public static func letterNote(_ sc: Scope, short: Bool = false, _ l: Language) -> String? {
        guard sc.letters > 0 else { return nil }
        if short { return sc.grand ? Labels.plusLetterOfIntent(sc.letters, l) : Labels.includesLetterOfIntent(sc.letters, l) }
        let v = Labels.letterOfIntentValue(sc.letters, l)
        return sc.grand
            ? UIText.t("+ Surat pernyataan minat (LoI) \(v): bukan transaksi, di luar total ini",
                       "+ Letters of intent (LoI) \(v): not transactions, kept out of this total", l)
            : UIText.t("termasuk surat pernyataan minat (LoI) \(v): bukan transaksi",
                       "includes letters of intent (LoI) \(v): not transactions", l)
    }

    /// The line under the exact total that says what it is, where it is not a mission's own figure.
    public static func totalNote(_ sc: Scope, width: Int, _ l: Language) -> Span? {
        if sc.grand {
            let note = dataSetNote(sc, l)
            if TextWidth.of(note) <= width { return Span(note, .normal) }
            return Span(UIText.t("\(sc.missions) misi, bukan angka resmi", "\(sc.missions) missions, not official", l), .normal)
        }
        if sc.finalMissing && !sc.noFigure {
            return Span(notFound(l) + UIText.t("; ini jumlah baris dalam data ini", "; this is the sum of the lines in this data set", l), .warning)
        }
        return nil
    }

    /// `TOTAL  Rp1.053.146.943.500`, and `▲ +Rp1,25 miliar` highlighted just after a change.
    public static func exactLine(_ p: PresenterState, _ sc: Scope, _ l: Language) -> StyledLine {
        if sc.noFigure { return [Span("TOTAL  — " + sc.absence(l), .warning)] }
        var line: StyledLine = [Span("TOTAL  " + Rupiah.exact(p.shownTotal, l), p.highlighted ? .highlight : .money)]
        if p.highlighted && p.delta != 0 {
            line.append(Span("   " + (p.delta > 0 ? "▲ +" : "▼ ") + Rupiah.short(p.delta, l), .highlight))
        }
        return line
    }

    /// Each slide's name for what it shows: a mission's third slide is its direction of trade, and
    /// the data set's fourth its years.
    public static func slideNames(_ sc: Scope, _ l: Language) -> [String] {
        [UIText.t("Total", "Total", l), UIText.t("Komoditas", "Commodities", l),
         sc.grand ? UIText.t("Provinsi", "Provinces", l) : UIText.t("Arah", "Direction", l),
         sc.grand ? UIText.t("Per tahun", "By year", l) : UIText.t("Linimasa", "Timeline", l)]
    }

    /// A bar slide's title: what it shows, and of what (the mission, or the data set's sum).
    public static func slideTitle(_ slide: PresenterState.Slide, _ sc: Scope, _ l: Language) -> String {
        let what = switch slide {
        case .total: UIText.t("Total", "Total", l)
        case .commodities: UIText.t("Per komoditas", "By commodity", l)
        case .provinces: sc.grand ? UIText.t("Per provinsi mitra", "By partner province", l) : UIText.t("Arah transaksi", "Direction of trade", l)
        case .timeline: sc.grand ? UIText.t("Per tahun", "By year", l) : UIText.t("Linimasa", "Timeline", l)
        }
        let of = sc.grand ? dataSetNote(sc, l) : (sc.mission?.title ?? sc.agreement?.title ?? "")
        return of.isEmpty ? what : what + " — " + of
    }

    public static func footer(_ buf: inout ScreenBuffer, _ p: PresenterState, _ sc: Scope, _ l: Language, warnings: Int) {
        let w = buf.width, h = buf.height
        // The exact total on every other slide (the total slide has it beneath its digits).
        if p.slide != .total {
            var line = exactLine(p, sc, l)
            if !sc.noFigure, let loi = letterNote(sc, short: true, l) { line.append(Span("   (" + loi + ")", .warning)) }
            buf.draw(line, x: max(1, (w - StyledWidth.of(line)) / 2), y: h - 3, maxX: w)
        }
        var dots: StyledLine = []
        for (i, n) in slideNames(sc, l).enumerated() {
            dots.append(Span((i == p.slide.rawValue ? "● " : "○ ") + n + "   ", i == p.slide.rawValue ? .title : .dim))
        }
        buf.draw(dots, x: 2, y: h - 2, maxX: w)
        var status = ""
        // Problems stay discreet on a projector: a count, never a path or a message.
        if warnings > 0 { status += "⚠ \(warnings)  " }
        if p.frozen { status += "❚❚ " + UIText.t("beku", "frozen", l) + "  " }
        if let n = p.rotateSeconds { status += "⟳ \(n)s  " }
        buf.put(status, x: w - TextWidth.of(status) - 1, y: h - 2, role: .dim)
        if p.confirmingQuit {
            let q = UIText.t("Keluar dari layar presentasi? y = ya, n = tidak", "Leave the presenter screen? y = yes, n = no", l)
            buf.fill(Rect(x: 0, y: h - 1, width: w, height: 1), role: .highlight)
            buf.put(" " + q, x: 0, y: h - 1, role: .highlight)
        }
    }
}
