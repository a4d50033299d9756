import TradeModel
import TradeState

/// What frames every slide: the title and the local time (row 0), the date, place and the share of
/// the target (row 1), a data problem with its times in the wall's zone (row 2); at the foot the
/// exact total and the slide dots. Each is fitted by rule — shorter forms, never a cut figure.
extension PresenterView {
    /// The smallest screen the slides are drawn on; below it the wall says it needs more room.
    public static let minWidth = 30
    public static let minHeight = 8

    /// Too small for slides: the total, whole in the longest form that fits, and what room is needed.
    static func tooSmall(_ buf: inout ScreenBuffer, _ p: PresenterState, _ sc: Scope, _ l: Language) {
        let w = buf.width, h = buf.height
        var y = 0
        let total = sc.noFigure ? [wordFit(sc.absence(l), w)]
            : ["TOTAL  " + Rupiah.exact(p.shownTotal, l), Rupiah.exact(p.shownTotal, l)] + figureForms(p.shownTotal, l)
        if h > 1, let t = firstFit(total, w) {
            buf.put(t, x: 0, y: y, role: sc.noFigure ? .warning : .money)
            y += 1
        }
        let need = UIText.t("Layar terlalu kecil untuk presentasi: perlu paling sedikit \(minWidth)×\(minHeight)",
                            "Screen too small to present: needs at least \(minWidth)×\(minHeight)", l)
        let lines = StyledWrap.wrap([Span(need, .warning)], width: w, indent: 0)
        for line in lines where y < h {
            buf.draw(line, x: 0, y: y, maxX: w)
            y += 1
        }
    }

    /// Rows 0–2: title and clock, the subtitle, and a data problem in the wall's zone.
    static func header(_ buf: inout ScreenBuffer, _ p: PresenterState, _ sc: Scope, _ model: DashboardModel, zone: ZoneCode,
                       problem: DataProblem?, _ l: Language) {
        let w = buf.width
        let title = sc.mission?.title ?? sc.agreement?.title ?? model.dataset.heading(l)
        let clock = localTime(p.utc, zone, l)
        buf.put(" " + wordFit(title, w - TextWidth.of(clock) - 4), x: 0, y: 0, role: .title)
        buf.put(clock, x: w - TextWidth.of(clock) - 1, y: 0, role: .title)
        var room = w - 2
        if model.dataset.illustrative {
            let tag = "[" + Labels.illustrative(l) + "]"
            buf.put(tag, x: w - TextWidth.of(tag) - 1, y: 1, role: .illustrative)
            room -= TextWidth.of(tag) + 2
        }
        if let line = firstFit(subtitles(p, sc, model, l), room) { buf.draw(line, x: 1, y: 1, maxX: w) }
        if let problem {
            // In plain words on the wall: these figures stopped following the desk at this time,
            // said in the zone of the clock above it.
            let z = LocalZone(zone)
            let line = firstFit([problem.sentence(l, zone: z), problem.short(l, zone: z)], w - 2) ?? wordFit(problem.short(l, zone: z), w - 2)
            buf.put(line, x: max(1, (w - TextWidth.of(line)) / 2), y: 2, role: .warning, maxX: w)
        }
    }

    /// The subtitle's forms, longest first. A mission: its date (with a date another source gives,
    /// ≠), city and venue, and how far the total has come of the target — which matters more than
    /// the venue and the city, and is shortened by rule (`162% dari target`), never cut.
    public static func subtitles(_ p: PresenterState, _ sc: Scope, _ model: DashboardModel, _ l: Language) -> [StyledLine] {
        func dated(_ d: PartialDate, _ alternatives: [DateClaim], long: Bool) -> String {
            let text = { (d: PartialDate) in long ? DateText.long(d, l) : DateText.medium(d, l) }
            return text(d) + alternatives.map { " ≠ " + text($0.date) + " (" + sourceName($0.source, model) + ")" }.joined()
        }
        if let m = sc.mission {
            let dates = [dated(m.date, m.dateAlternatives, long: true), dated(m.date, m.dateAlternatives, long: false)]
            let places = [m.city, m.venue].compactMap { $0 }
            let targets = targetForms(p, sc, m, l)
            var forms: [StyledLine] = []
            let dim = { (s: String) in [Span(s, .dim)] }
            for target in targets.prefix(1) {
                for n in stride(from: places.count, through: 0, by: -1) {
                    forms.append(dim(([dates[0]] + places.prefix(n)).joined(separator: " · ")) + target)
                }
            }
            for target in targets { for d in dates { forms.append(dim(d) + target) } }
            for target in targets { forms.append(target.trimmedLead) }
            if targets.isEmpty {
                for n in stride(from: places.count, through: 0, by: -1) { forms.append(dim(([dates[0]] + places.prefix(n)).joined(separator: " · "))) }
            }
            return forms + dates.map(dim)
        }
        if let a = sc.agreement {
            // An agreement's potential is an estimate: shown beside, never in the total.
            let date = dated(a.date, a.dateAlternatives, long: true)
            let place = date + (a.city.map { " · " + $0 } ?? "")
            guard let v = a.potential?.valueRupiah else { return [[Span(place, .dim)], [Span(date, .dim)]] }
            let potentials = figureForms(v, l).map { Labels.potential(l) + " " + $0 + " (" + Labels.notSummed(l) + ")" }
            return [place, date].flatMap { d in potentials.map { [Span(d + "   " + $0, .dim)] } } + potentials.map { [Span($0, .dim)] } + [[Span(date, .dim)]]
        }
        // How many missions the sums cover is said beside them (`dataSetNote`), in `summary`'s count.
        let all = UIText.t("Semua misi dagang dan kesepakatan dalam data ini", "All trade missions and agreements in this data set", l)
        return [[Span(all, .dim)], [Span(UIText.t("Semua misi dan kesepakatan", "All missions and agreements", l), .dim)]]
    }

    /// `   target Rp650 miliar: 162,0% ✓`, then `   162,0% dari target ✓`, `   162% dari target ✓`:
    /// longest first; only the target where no figure was found (no share of a figure that is not).
    static func targetForms(_ p: PresenterState, _ sc: Scope, _ m: Mission, _ l: Language) -> [StyledLine] {
        guard let t = m.target?.valueRupiah else { return [] }
        let target = UIText.t("target ", "target ", l) + Rupiah.short(t, l)
        guard !sc.noFigure, let tenth = Rupiah.percent(p.shownTotal, of: t, l), let whole = wholePercent(p.shownTotal, of: t) else {
            return [[Span("   " + target, .dim)]]
        }
        let reached = p.shownTotal >= t
        let role: Role = reached ? .positive : .warning
        let tick = reached ? " " + UIText.reachedMark(ascii: sc.ascii) : ""
        let of = UIText.t(" dari target", " of target", l)
        return [[Span("   " + target + ": ", .dim), Span(tenth + tick, role)],
                [Span("   ", .dim), Span(tenth, role), Span(of, .dim), Span(tick, role)],
                [Span("   ", .dim), Span(whole, role), Span(of, .dim), Span(tick, role)]]
    }

    /// The foot: the exact total on every slide but the total (which has it beneath its digits),
    /// and the slide dots with the status, or the question before leaving.
    static func footer(_ buf: inout ScreenBuffer, _ p: PresenterState, _ sc: Scope, _ l: Language, warnings: Int) {
        let w = buf.width, h = buf.height
        if p.slide != .total, let line = firstFit(exactForms(p, sc, l), w - 2) {
            buf.draw(line, x: max(1, (w - StyledWidth.of(line)) / 2), y: h - 2, maxX: w)
        }
        if p.confirmingQuit {
            let q = firstFit([UIText.t("Keluar dari layar presentasi? y = ya, n = tidak", "Leave the presenter screen? y = yes, n = no", l),
                              UIText.t("Keluar? y = ya, n = tidak", "Leave? y = yes, n = no", l), "y / n"], w - 1) ?? ""
            buf.fill(Rect(x: 0, y: h - 1, width: w, height: 1), role: .highlight)
            buf.put(" " + q, x: 0, y: h - 1, role: .highlight)
            return
        }
        let names = slideNames(sc, l)
        let at = p.slide.rawValue
        func dots(_ gap: String, named: Bool) -> StyledLine {
            names.enumerated().map { i, n in
                Span((i == at ? "●" : "○") + (named ? " " + n : "") + (i < names.count - 1 ? gap : ""), i == at ? .title : .dim)
            }
        }
        let dotForms: [StyledLine] = [dots("   ", named: true), dots("  ", named: true),
                                      dots(" ", named: false) + [Span("  " + names[at], .title)], dots("", named: false)]
        // Problems stay discreet on a projector: a count, never a path or a message.
        var full: [String] = [], compact: [String] = []
        if warnings > 0 { full.append("⚠ \(warnings)"); compact.append("⚠\(warnings)") }
        if p.frozen { full.append("❚❚ " + UIText.t("beku", "frozen", l)); compact.append("❚❚") }
        if let n = p.rotateSeconds { full.append("⟳ \(n)s"); compact.append("⟳\(n)s") }
        let statuses = [full.joined(separator: "  "), compact.joined(separator: " ")]
        for d in dotForms {
            for st in statuses where 2 + StyledWidth.of(d) + (st.isEmpty ? 0 : 3 + TextWidth.of(st)) <= w - 1 {
                buf.draw(d, x: 2, y: h - 1, maxX: w)
                if !st.isEmpty { buf.put(st, x: w - TextWidth.of(st) - 1, y: h - 1, role: .dim) }
                return
            }
        }
    }

    /// The exact total's forms for the foot: with the change and the letters of intent where they
    /// fit, then the figure alone, then shorter figures.
    static func exactForms(_ p: PresenterState, _ sc: Scope, _ l: Language) -> [StyledLine] {
        let exact = exactLine(p, sc, l)
        if sc.noFigure { return [exact] }
        var forms: [StyledLine] = []
        let bare: StyledLine = [exact[0]]
        if let loi = letterNote(sc, short: true, l) {
            forms.append(exact + [Span("   (" + loi + ")", .warning)])
            forms.append(bare + [Span("   (" + loi + ")", .warning)])
        }
        forms += [exact, bare, [Span(Rupiah.exact(p.shownTotal, l), exact[0].role)]]
        return forms + figureForms(p.shownTotal, l).map { [Span($0, exact[0].role)] }
    }
}

extension Array where Element == Span {
    /// The line without the spaces it starts with.
    var trimmedLead: StyledLine {
        var line = self
        while let first = line.first {
            let t = String(first.text.drop { $0 == " " })
            if t.isEmpty { line.removeFirst(); continue }
            line[0] = Span(t, first.role)
            break
        }
        return line
    }
}
