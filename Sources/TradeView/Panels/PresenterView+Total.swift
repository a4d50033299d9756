import TradeModel
import TradeState

/// The total slide: big digits, the exact figure, what the total is made of, the figures announced
/// on the day with their sources, and the latest (or named) deals.
extension PresenterView {
    public static func totalSlide(_ buf: inout ScreenBuffer, _ p: PresenterState, _ model: DashboardModel, _ sc: Scope, _ r: Rect, _ l: Language) {
        let w = r.width
        func centred(_ lines: [StyledLine]) -> Block {
            Block(rows: lines.count) { buf, y in
                for (i, line) in lines.enumerated() { buf.draw(line, x: max(1, (w - StyledWidth.of(line)) / 2), y: y + i, maxX: w) }
            }
        }
        // Beneath the digits: the exact figure (the change highlighted just after one), what it is
        // where it is not the mission's own figure, and where the letters of intent are.
        var under: [StyledLine] = []
        if !sc.noFigure {
            let exact = exactLine(p, sc, l)
            if let e = firstFit([exact, [exact[0]], [Span(Rupiah.exact(p.shownTotal, l), exact[0].role)]], w - 2) { under.append(e) }
            if let t = sc.mission?.target?.valueRupiah, let line = targetBar(p.shownTotal, of: t, width: w - 2, ascii: sc.ascii, l) { under.append(line) }
            if let note = totalNote(sc, width: w - 2, l) { under += StyledWrap.wrap([note], width: w - 2, indent: 0) }
            if let long = letterNote(sc, l), let short = letterNote(sc, short: true, l) {
                under += TextWidth.of(long) <= w - 2 ? [[Span(long, .warning)]] : StyledWrap.wrap([Span(short, .warning)], width: w - 2, indent: 0)
            }
        }
        let composition = compositionLines(p.figures, businesses: businesses(model, p.mission), otherClaims: p.mission != nil, width: w - 2, l)
        let announced = p.mission.map { reported(model, $0) } ?? []
        let announcedRows = reportedHeight(announced, width: w - 3, l)
        // The latest deals, and beside them per-commodity bars where the screen is wide enough
        // (slide 2 has them all).
        let bars = w >= 120 ? Array(commodityBars(model, p.mission, l).filter(\.drawn).prefix(5)) : []
        let (ticker, recorded) = latest(model, p.mission, limit: 12)
        let latestMost = ticker.isEmpty && bars.isEmpty ? 0 : max(ticker.count, bars.count) + 1
        // Every part whole or not at all, the digits first: the least needed go first where rows are few.
        var parts = [under.count, composition.count, announcedRows, min(2, latestMost)]
        func gaps() -> Int { parts.filter { $0 > 0 }.count }
        while parts.reduce(1, +) + gaps() > r.height, let i = parts.lastIndex(where: { $0 > 0 }) { parts[i] = 0 }
        let room = r.height - parts.reduce(0, +) - gaps()
        // The digits take what is left (up to two thirds of the screen); the latest deals then what they leave.
        var digits: Block
        if sc.noFigure {
            // No Rp0 on the wall for a mission whose final no source gives, or for an agreement:
            // the absence, in words.
            let text = sc.absence(l).prefix(1).uppercased() + sc.absence(l).dropFirst()
            digits = centred([[Span(wordFit(text, w - 2), .warning)]])
        } else {
            let text = bigText(p.bigValue, l)
            let role: Role = p.animating ? .money : .big
            if let fit = BigText.fit(text, width: w - 2, maxRows: min(room, buf.height * 2 / 3), maxScale: 10) {
                digits = centred(BigText.render(text, fit).map { [Span($0, role)] })
            } else {
                let plain = firstFit(figureForms(p.bigValue, l), w - 2) ?? ""
                digits = centred([[Span(plain, role)]])
            }
        }
        if parts[3] > 0 { parts[3] = min(latestMost, parts[3] + max(0, room - digits.rows)) }
        let half = w / 2
        let latestRows = parts[3], announcedShown = parts[2]
        let latestBlock = Block(rows: latestRows) { buf, y in
            if !bars.isEmpty { sideBars(&buf, bars, x: half + 2, y: y, rows: latestRows, width: w - half - 3, l) }
            let maxX = bars.isEmpty ? w - 1 : half
            // Newest first, the newest highlighted just after it arrives; with nothing recorded yet,
            // the named deals of the sources, called so.
            guard !ticker.isEmpty else { return }
            buf.put(recorded ? UIText.t("Terbaru", "Latest", l) : UIText.t("Transaksi bernama", "Named deals", l), x: 2, y: y, role: .title)
            for (i, d) in ticker.prefix(latestRows - 1).enumerated() {
                let role: Role = i == 0 && recorded && p.highlighted ? .highlight : .normal
                if let text = fitParts(tickerParts(d, model, grand: p.mission == nil, l), maxX - 4) {
                    buf.put(text, x: 4, y: y + 1 + i, role: role, maxX: maxX)
                }
            }
        }
        let announcedBlock = Block(rows: announcedShown) { buf, y in
            drawReported(&buf, announced, zone: nil, x: 2, y: y, maxY: y + announcedShown, maxX: w - 1, model, l)
        }
        stack(&buf, [digits, centred(parts[0] > 0 ? under : []), centred(parts[1] > 0 ? composition : []), announcedBlock, latestBlock], in: r)
    }

    /// `████████████░░░░  162,0% dari target Rp650 miliar ✓`: how far the total has come, the bar
    /// full at the target; the words in the longest form that fits, the bar only where it has room.
    static func targetBar(_ total: Int64, of target: Int64, width: Int, ascii: Bool = false, _ l: Language) -> StyledLine? {
        guard let tenth = Rupiah.percent(total, of: target, l), let whole = wholePercent(total, of: target) else { return nil }
        let reached = total >= target
        let tick = reached ? " " + UIText.reachedMark(ascii: ascii) : ""
        let texts = [tenth + UIText.t(" dari target ", " of the target ", l) + Rupiah.short(target, l) + tick,
                     tenth + UIText.t(" dari target", " of target", l) + tick, whole + UIText.t(" dari target", " of target", l) + tick]
        guard let text = firstFit(texts, width) else { return nil }
        let barW = min(40, width / 3, width - TextWidth.of(text) - 2)
        let words = Span(text, reached ? .positive : .warning)
        guard barW >= 10 else { return [words] }
        let filled = Int(min(Int128(barW), Int128(barW) * Int128(total) / Int128(target)))
        return [Span(String(repeating: "█", count: filled), .bar), Span(String(repeating: "░", count: barW - filled), .barDim), Span("  "), words]
    }

    /// Per-commodity bars beside the ticker: a figure no source states keeps its mark here too (the
    /// reason is on slide 2) — in full where the bars keep some room, else the mark without the
    /// period, else ≈.
    static func sideBars(_ buf: inout ScreenBuffer, _ bars: [Bar], x: Int, y: Int, rows: Int, width: Int, _ l: Language) {
        buf.put(UIText.t("Per komoditas", "By commodity", l), x: x, y: y, role: .title)
        let maxV = bars.map(\.value).max() ?? 0
        let room = width - 36
        let forms = { (m: String) in [m, String(m.prefix { $0 != "," }), String(m.prefix(1))] }
        let longest = bars.compactMap(\.mark).max { TextWidth.of($0) < TextWidth.of($1) }.map(forms)
        let form = longest.flatMap { f in (0..<3).first { TextWidth.of(f[$0]) + 1 <= room - 6 } } ?? 2
        let markW = longest.map { TextWidth.of($0[form]) + 1 } ?? 0
        for (i, b) in bars.enumerated() where i + 1 < rows {
            let row = y + 1 + i
            buf.put(TextWidth.fit(b.label, 16), x: x, y: row, role: .normal)
            buf.put(TextWidth.fit(firstFit(figureForms(b.value, l), 16) ?? "", 16, right: true), x: x + 17, y: row, role: .money)
            let end = buf.put(Bars.bar(b.value, max: maxV, width: max(1, room - markW)), x: x + 35, y: row, role: .bar)
            if let m = b.mark { buf.put(forms(m)[form], x: end + 1, y: row, role: .provenance, maxX: x + width) }
        }
    }

    /// Parts joined with " · ", the last ones left out until the line fits `width`; nil when even
    /// the first does not (a ticker line is never cut in the middle of a word).
    static func fitParts(_ parts: [String], _ width: Int) -> String? {
        for n in stride(from: parts.count, through: 1, by: -1) {
            let line = parts.prefix(n).joined(separator: " · ")
            if TextWidth.of(line) <= width { return line }
        }
        return nil
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
        // Counts grouped as the figures are (1.000.000 transaksi, 1,000,000 deals).
        func n(_ k: Int, _ id: String, _ one: String, _ many: String) -> String {
            Rupiah.grouped(UInt64(max(0, k)), separator: l == .id ? "." : ",") + " " + (l == .id ? id : k == 1 ? one : many)
        }
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
        tickerParts(d, model, grand: grand, l).joined(separator: " · ")
    }

    /// The ticker line's parts, most needed first.
    static func tickerParts(_ d: Deal, _ model: DashboardModel, grand: Bool, _ l: Language) -> [String] {
        var parts = [Rupiah.short(d.valueRupiah, l) + (d.period.map { " " + period($0, l) } ?? "")]
        if d.direction != .unspecified { parts.append(Labels.direction(d.direction, l)) }
        if let c = d.commodity { parts.append(model.dataset.commodity(c)?.name(l) ?? c) }
        if let party = d.party ?? d.counterparty { parts.append(party) }
        if grand { parts.append(model.missionIndex[d.mission].map { model.partnerNames(model.aggregates.missions[$0]) } ?? d.mission) }
        return parts
    }

    /// A deal's period as the data gives it (`per tahun`), in English where it is one of the usual ones.
    public static func period(_ p: String, _ l: Language) -> String { Labels.period(p, l) }

    /// Newest first: deals recorded through the journal (`recorded`), else the scope's named
    /// (itemised) lines. Rounding lines are never among them.
    public static func latest(_ model: DashboardModel, _ mission: String?, limit: Int) -> (deals: [Deal], recorded: Bool) {
        guard limit > 0 else { return ([], false) }
        var out: [Deal] = []
        var seen: Set<String> = []
        let log = model.dataset.dealLog
        for k in log.indices.reversed() where log.kind(at: k) == .recorded && log.dealIndex(at: k) < model.dataset.deals.count {
            let d = model.dataset.deals[log.dealIndex(at: k)]
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
