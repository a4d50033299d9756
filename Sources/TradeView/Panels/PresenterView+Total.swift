import TradeModel
import TradeState

/// The total slide: big digits, the exact figure, what the total is made of, the figures announced
/// on the day with their sources, and the latest (or named) deals.
extension PresenterView {
    public static func totalSlide(_ buf: inout ScreenBuffer, _ p: PresenterState, _ model: DashboardModel, _ sc: Scope, _ r: Rect, _ l: Language) {
        var y = r.y
        let maxRows = max(1, min(r.height - 6, Int(Double(buf.height) * 0.42)))
        if sc.noFigure {
            // No Rp0 on the wall for a mission whose final no source gives, or for an agreement:
            // the absence, in words.
            let text = sc.absence(l).prefix(1).uppercased() + sc.absence(l).dropFirst()
            y += min(2, maxRows / 2)
            buf.put(text, x: max(1, (r.width - TextWidth.of(text)) / 2), y: y, role: .warning, maxX: r.width)
            y += 2
        } else {
            let text = bigText(p.bigValue, l)
            if let scale = BigText.scale(for: text, width: r.width - 2, maxRows: maxRows) {
                let rows = BigText.render(text, sx: scale.sx, sy: scale.sy)
                let x = max(0, (r.width - TextWidth.of(rows[0])) / 2)
                for row in rows { buf.put(row, x: x, y: y, role: p.animating ? .money : .big); y += 1 }
            } else {
                buf.put(text, x: max(0, (r.width - TextWidth.of(text)) / 2), y: y, role: .big)
                y += 1
            }
            // The exact figure in plain text right beneath the digits (on the other slides it is in
            // the footer), with the change highlighted just after one; then what it is, where it is
            // not the mission's own figure.
            if y < r.maxY {
                let exact = exactLine(p, sc, l)
                buf.draw(exact, x: max(1, (r.width - StyledWidth.of(exact)) / 2), y: y, maxX: r.width)
                y += 1
            }
            if let note = totalNote(sc, width: r.width - 2, l), y < r.maxY {
                buf.put(note.text, x: max(1, (r.width - TextWidth.of(note.text)) / 2), y: y, role: note.role, maxX: r.width)
                y += 1
            }
            // Letters of intent are never transactions: apart from the data set's total, and said
            // to be inside a mission's.
            if let loi = letterNote(sc, short: TextWidth.of(letterNote(sc, l) ?? "") > r.width - 2, l), y < r.maxY {
                buf.put(loi, x: max(1, (r.width - TextWidth.of(loi)) / 2), y: y, role: .warning, maxX: r.width)
                y += 1
            }
            y += 1
        }
        // What the total is made of, and how many lines of which kind.
        for line in compositionLines(p.figures, businesses: businesses(model, p.mission), otherClaims: p.mission != nil, width: r.width - 2, l) where y < r.maxY {
            buf.draw(line, x: max(1, (r.width - StyledWidth.of(line)) / 2), y: y, maxX: r.width)
            y += 1
        }
        y += 1
        // The figures announced on the day, each with its source; sources that disagree side by side (≠).
        if let id = p.mission {
            let rows = reported(model, id)
            if !rows.isEmpty, y < r.maxY {
                y = drawReported(&buf, rows, zone: nil, x: 2, y: y, maxY: r.maxY - 1, maxX: r.width - 1, model, l) + 1
            }
        }
        // Per-commodity bars beside the ticker where the screen is wide enough (slide 2 has them all).
        let bars = commodityBars(model, p.mission, l).filter(\.drawn).prefix(5)
        let half = r.width / 2
        if r.width >= 120, !bars.isEmpty, y + 2 < r.maxY {
            let maxV = bars.map(\.value).max() ?? 0
            buf.put(UIText.t("Per komoditas", "By commodity", l), x: half + 2, y: y, role: .title)
            for (i, b) in bars.enumerated() where y + 1 + i < r.maxY {
                let row = y + 1 + i
                buf.put(TextWidth.fit(b.label, 16), x: half + 2, y: row, role: .normal)
                buf.put(TextWidth.fit(Rupiah.short(b.value, l), 16, right: true), x: half + 19, y: row, role: .money)
                // A figure no source states keeps its mark here too (the reason is on slide 2): in
                // full where the bars keep some room, else the mark without the period, else ≈.
                let room = r.width - half - 40
                let forms = { (m: String) in [m, String(m.prefix { $0 != "," }), String(m.prefix(1))] }
                let longest = bars.compactMap(\.mark).max { TextWidth.of($0) < TextWidth.of($1) }.map(forms)
                let form = longest.flatMap { f in (0..<3).first { TextWidth.of(f[$0]) + 1 <= room - 6 } } ?? 2
                let mark = b.mark.map { forms($0)[form] }
                let markW = longest.map { TextWidth.of($0[form]) + 1 } ?? 0
                let end = buf.put(Bars.bar(b.value, max: maxV, width: max(1, room - markW)), x: half + 37, y: row, role: .bar)
                if let m = mark { buf.put(m, x: end + 1, y: row, role: .provenance, maxX: r.width) }
            }
        }
        let tickerMaxX = r.width >= 120 && !bars.isEmpty ? half : r.width - 1
        // Ticker: the latest deals, newest first, the newest highlighted just after it arrives; with
        // nothing recorded yet, the named deals of the sources, called so.
        let (ticker, recorded) = latest(model, p.mission, limit: max(0, r.maxY - y - 1))
        if !ticker.isEmpty, y < r.maxY {
            buf.put(recorded ? UIText.t("Terbaru", "Latest", l) : UIText.t("Transaksi bernama", "Named deals", l), x: 2, y: y, role: .title)
            y += 1
            for (i, d) in ticker.enumerated() where y < r.maxY {
                let role: Role = i == 0 && recorded && p.highlighted ? .highlight : .normal
                buf.put("  " + tickerText(d, model, grand: p.mission == nil, l), x: 2, y: y, role: role, maxX: tickerMaxX)
                y += 1
            }
        }
    }

    /// The direction split (rounding apart; letters of intent have their own line), then the count of lines by kind:
    /// on one line where it fits, else flowed over several.
    /// `otherClaims`: say beside a direction the figure another source prints for a line inside it
    /// (one mission's wall; over the data set a line's figure beside a sum of many would mislead).
    public static func compositionLines(_ f: PresenterFigures, businesses: Businesses?, otherClaims: Bool = false, width: Int, _ l: Language) -> [StyledLine] {
        var split: [StyledLine] = []
        for d in [Deal.Direction.sell, .buy, .investment, .unspecified] {
            guard let v = f.byDirection[d], v != 0 else { continue }
            // Another source prints a different figure for a line inside it: said beside it (≠).
            let others = otherClaims ? (f.otherClaims[d] ?? []).map { Span(" ≠ " + Rupiah.short($0.valueRupiah, l), .conflict) } : []
            split.append([Span(directionName(d, l) + " ", .dim), Span(Rupiah.short(v, l), .money)] + others)
        }
        // Never a deal: the difference between a published final and its rounded split.
        if f.roundingRupiah != 0 { split.append([Span(roundingName(l) + " " + Rupiah.short(f.roundingRupiah, l), .dim)]) }
        let counts = countWords(f, businesses: businesses, l)
        let countLine: StyledLine = counts.isEmpty ? [] : [Span(counts.joined(separator: " · "), .dim)]
        let one: StyledLine = Array(split.joined(separator: [Span("   ")])) + (split.isEmpty || counts.isEmpty ? [] : [Span("   ·   ")]) + countLine
        if one.isEmpty { return [] }
        if StyledWidth.of(one) <= width { return [one] }
        return flow(split, separator: "   ", width: width) + flow(counts.map { [Span($0, .dim)] }, separator: " · ", width: width)
    }

    /// Chunks joined on lines no wider than `width` (a chunk wider than a line is wrapped on lines
    /// of its own, never cut).
    static func flow(_ chunks: [StyledLine], separator: String, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var line: StyledLine = []
        for c in chunks {
            if StyledWidth.of(c) > width {
                if !line.isEmpty { lines.append(line); line = [] }
                lines += StyledWrap.wrap(c, width: width, indent: 2)
                continue
            }
            if !line.isEmpty && StyledWidth.of(line) + separator.count + StyledWidth.of(c) > width {
                lines.append(line)
                line = []
            }
            if !line.isEmpty { line.append(Span(separator, .dim)) }
            line += c
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// `Jual`, …, `Arah tidak disebut`: the same words as everywhere else.
    static func directionName(_ d: Deal.Direction, _ l: Language) -> String { Labels.direction(d, l) }

    /// `Selisih pembulatan (∑ dihitung)`.
    public static func roundingName(_ l: Language) -> String {
        UIText.t("Selisih pembulatan", "Rounding difference", l) + " (" + Provenance.Kind.derived.mark(l) + ")"
    }

    /// `3 baris rekap · 1 transaksi · 172 pelaku usaha (∑ dihitung: 72 + 100)`: a published sum is a line, not a
    /// transaction; named deals inside the total are said to be inside it; rounding is not counted.
    public static func countWords(_ f: PresenterFigures, businesses: Businesses?, _ l: Language) -> [String] {
        func n(_ k: Int, _ id: String, _ one: String, _ many: String) -> String { "\(k) " + (l == .id ? id : k == 1 ? one : many) }
        var out: [String] = []
        if f.deals > 0 { out.append(n(f.deals, "transaksi", "deal", "deals")) }
        if f.summaries > 0 { out.append(n(f.summaries, "baris rekap", "summary line", "summary lines")) }
        if f.namedWithin > 0 {
            // Inside the total only by our reading where no source says so: marked ≈.
            let k = f.namedWithinInferred
            let mark = k == 0 ? "" : " (" + (k == f.namedWithin ? "" : "\(k) ") + Provenance.Kind.inferred.mark(l) + ")"
            out.append(n(f.namedWithin, "transaksi bernama di dalamnya", "named deal within", "named deals within") + mark)
        }
        if let b = businesses, b.count > 0 { out.append(n(b.count, "pelaku usaha", "business", "businesses") + b.qualifier(l)) }
        return out
    }

    /// `Rp124 miliar per tahun · PT Matahari Sakti (Surabaya)`: the value with its period, the
    /// direction where one is given, the commodity, the parties, and the mission in the grand scope.
    public static func tickerText(_ d: Deal, _ model: DashboardModel, grand: Bool, _ l: Language) -> String {
        var parts = [Rupiah.short(d.valueRupiah, l) + (d.period.map { " " + period($0, l) } ?? "")]
        if d.direction != .unspecified { parts.append(Labels.direction(d.direction, l)) }
        if let c = d.commodity { parts.append(model.dataset.commodity(c)?.name(l) ?? c) }
        if let party = d.party ?? d.counterparty { parts.append(party) }
        if grand { parts.append(model.missionIndex[d.mission].map { model.partnerNames(model.aggregates.missions[$0]) } ?? d.mission) }
        return parts.joined(separator: " · ")
    }

    /// A deal's period as the data gives it (`per tahun`), in English where it is one of the usual ones.
    public static func period(_ p: String, _ l: Language) -> String { Labels.period(p, l) }

    /// Newest first: deals recorded through the journal (`recorded`), else the scope's named
    /// (itemised) lines. Rounding lines are never among them.
    public static func latest(_ model: DashboardModel, _ mission: String?, limit: Int) -> (deals: [Deal], recorded: Bool) {
        guard limit > 0 else { return ([], false) }
        var out: [Deal] = []
        var seen: Set<String> = []
        for e in model.dataset.dealLog.reversed() where e.kind == .recorded && e.dealIndex < model.dataset.deals.count {
            let d = model.dataset.deals[e.dealIndex]
            guard d.status != .withdrawn, d.kind != .unallocated, mission == nil || d.mission == mission, seen.insert(d.id).inserted else { continue }
            out.append(d)
            if out.count == limit { return (out, true) }
        }
        if !out.isEmpty { return (out, true) }
        if let mission {
            out = (model.dealsByMission[mission] ?? []).map { model.dataset.deals[Int($0)] }.filter { $0.kind == .itemised && $0.status != .withdrawn }
        } else if model.dataset.deals.count < 10_000 {
            // Nothing recorded yet: the named deals of the latest missions (small data sets only;
            // this runs every frame).
            let date = { (d: Deal) in model.missionIndex[d.mission].map { model.aggregates.missions[$0].date } }
            out = model.dataset.deals.filter { $0.kind == .itemised && $0.status != .withdrawn }
                .sorted { (date($0) ?? PartialDate(year: 1900)!) > (date($1) ?? PartialDate(year: 1900)!) }
        }
        return (Array(out.prefix(limit)), false)
    }
}
