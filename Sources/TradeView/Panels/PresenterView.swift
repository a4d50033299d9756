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
        var sc = Scope(p, model)
        sc.ascii = s.asciiOnly
        if w < minWidth || h < minHeight {
            tooSmall(&buf, p, sc, l)
            return buf
        }
        let zone = zone(sc, model)
        header(&buf, p, sc, model, zone: zone, problem: s.dataProblem, l)
        // The slide between the header (rows 0–2) and the footer: the exact total (row h-2, the
        // total slide has it beneath its digits) and the slide dots (row h-1).
        let body = Rect(x: 0, y: 3, width: w, height: max(0, h - (p.slide == .total ? 4 : 5)))
        switch p.slide {
        case .total: totalSlide(&buf, p, model, sc, body, l)
        case .commodities:
            let bars = commodityBars(model, p.mission, l)
            heroSlide(&buf, slideTitle(.commodities, sc, l), bars, body, l, footnote: commodityFootnote(model, p.mission, bars, l))
        case .provinces:
            heroSlide(&buf, slideTitle(.provinces, sc, l), p.mission == nil ? provinceBars(model, l) : directionBars(p.figures, model, l), body, l)
        case .timeline: timelineSlide(&buf, p, model, sc, zone: zone, body, l)
        }
        footer(&buf, p, sc, l, warnings: model.warnings.count)
        return buf
    }

    /// The zone the wall says times in: the mission's, else the organiser's.
    static func zone(_ sc: Scope, _ model: DashboardModel) -> ZoneCode {
        sc.mission?.timeZone ?? model.dataset.region(model.dataset.organiser)?.timeZone ?? .WIB
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
        /// The terminal shows ASCII only: a reached target says `OK` (`AppState.asciiOnly`).
        public var ascii = false

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

    /// `17.05 WITA` (`17:05 WITA` in English) from UTC seconds and the zone's offset.
    public static func localTime(_ utc: Int, _ zone: ZoneCode, _ l: Language = .id) -> String {
        LocalZone(zone).hourMinute(utcSeconds: utc, l) + " " + zone.rawValue
    }

    public static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

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
            return Span(UIText.t("\(sc.missions) misi, bukan angka resmi", Labels.count(sc.missions, "mission", "missions") + ", not official", l), .normal)
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

    /// A slide's title: what it shows, and of what (the mission, or the data set's sum).
    public struct SlideTitle: Sendable, Equatable {
        public var what: String
        public var of: String
        public var text: String { of.isEmpty ? what : what + " — " + of }

        /// On one line where it fits, else what on one and of what on the next (cut after a word).
        public func lines(_ width: Int, rows: Int) -> [String] {
            if TextWidth.of(text) <= width || of.isEmpty || rows < 2 { return [PresenterView.wordFit(text, width)] }
            return [PresenterView.wordFit(what, width), PresenterView.wordFit(of, width)]
        }
    }

    public static func slideTitle(_ slide: PresenterState.Slide, _ sc: Scope, _ l: Language) -> SlideTitle {
        let what = switch slide {
        case .total: UIText.t("Total", "Total", l)
        case .commodities: UIText.t("Per komoditas", "By commodity", l)
        case .provinces: sc.grand ? UIText.t("Per provinsi mitra", "By partner province", l) : UIText.t("Arah transaksi", "Direction of trade", l)
        case .timeline: sc.grand ? UIText.t("Per tahun", "By year", l) : UIText.t("Linimasa", "Timeline", l)
        }
        let of = sc.grand ? dataSetNote(sc, l) : (sc.mission?.title ?? sc.agreement?.title ?? "")
        return SlideTitle(what: what, of: of)
    }
}
