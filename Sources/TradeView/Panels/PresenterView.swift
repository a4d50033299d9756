import TradeModel
import TradeState

/// The forum screen for a projector: the total in big digits, the exact figure beneath, and
/// slides a clicker steps through. The exact total of the scope is on every slide.
public enum PresenterView {
    public static func render(_ s: AppState, _ model: DashboardModel) -> ScreenBuffer {
        var buf = ScreenBuffer(width: s.width, height: s.height)
        guard let p = s.presenter else { return buf }
        buf.fill(Rect(x: 0, y: 0, width: s.width, height: s.height), role: .normal)
        if p.blanked { return buf }
        let l = s.lang
        let w = s.width, h = s.height
        if w < 20 || h < 6 {
            buf.put(Rupiah.exact(p.shownTotal), x: 0, y: 0, role: .money)
            return buf
        }
        let mission = p.mission.flatMap { model.dataset.mission($0) }
        let agreement = p.mission.flatMap { id in model.dataset.agreements.first { $0.id == id } }
        let zone = mission?.timeZone ?? model.dataset.region(model.dataset.organiser)?.timeZone ?? .WIB
        // Row 0: what is shown, and the local time in the mission's zone.
        let title = mission?.title ?? agreement?.title ?? (l == .id ? model.dataset.title : model.dataset.titleEn)
        let clock = localTime(p.utc, zone)
        buf.put(" " + title, x: 0, y: 0, role: .title, maxX: w - TextWidth.of(clock) - 2)
        buf.put(clock, x: w - TextWidth.of(clock) - 1, y: 0, role: .title)
        buf.draw(subtitle(p, mission, agreement, model, l), x: 1, y: 1, maxX: w)
        if let problem = s.dataProblem {
            // In plain words on the wall: these figures stopped following the desk at this time.
            let line = problem.sentence(l)
            buf.put(line, x: max(1, (w - TextWidth.of(line)) / 2), y: 2, role: .warning, maxX: w)
        }
        if model.dataset.illustrative { buf.put("[" + Labels.illustrative(l) + "]", x: w - 16, y: 1, role: .illustrative) }

        let body = Rect(x: 0, y: 3, width: w, height: max(0, h - 6))
        switch p.slide {
        case .total: totalSlide(&buf, p, model, mission, body, l)
        case .commodities: barsSlide(&buf, UIText.t("Per komoditas", "By commodity", l), commodityBars(model, p.mission, l), body, l)
        case .provinces:
            let title = p.mission == nil ? UIText.t("Per provinsi mitra", "By partner province", l) : UIText.t("Per arah transaksi", "By direction", l)
            barsSlide(&buf, title, provinceBars(model, p.mission, l), body, l)
        case .timeline: barsSlide(&buf, UIText.t("Linimasa", "Timeline", l), timelineBars(model, mission, p, l), body, l)
        }
        footer(&buf, p, l, warnings: model.warnings.count)
        return buf
    }

    /// `17.05 WITA` from UTC seconds and the zone's offset.
    public static func localTime(_ utc: Int, _ zone: ZoneCode) -> String {
        let t = ((utc + zone.utcOffsetMinutes * 60) % 86400 + 86400) % 86400
        return pad2(t / 3600) + "." + pad2(t / 60 % 60) + " " + zone.rawValue
    }

    public static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    public static func subtitle(_ p: PresenterState, _ m: Mission?, _ a: Agreement?, _ model: DashboardModel, _ l: Language) -> StyledLine {
        if let m {
            var parts = [DateText.long(m.date, l)]
            if let c = m.city { parts.append(c) }
            if let v = m.venue { parts.append(v) }
            var line: StyledLine = [Span(parts.joined(separator: " · "), .dim)]
            if let t = m.target, let pct = Rupiah.percent(p.shownTotal, of: t.valueRupiah, l) {
                line.append(Span("   " + UIText.t("target ", "target ", l) + Rupiah.short(t.valueRupiah, l) + ": ", .dim))
                line.append(Span(pct + (p.shownTotal >= t.valueRupiah ? " ✓" : ""), p.shownTotal >= t.valueRupiah ? .positive : .warning))
            }
            return line
        }
        if let a { return [Span(DateText.long(a.date, l) + (a.city.map { " · " + $0 } ?? ""), .dim)] }
        let n = model.dataset.missions.count
        return [Span(UIText.t("Semua misi dagang (\(n)) dan kesepakatan", "All trade missions (\(n)) and agreements", l), .dim)]
    }

    /// The short form with one-letter scale for the big digits: `Rp17,52 T`, `Rp568,04 M`.
    public static func bigText(_ v: Int64, _ l: Language) -> String {
        var s = Rupiah.short(v, l)
        for (word, letter) in [(" triliun", " T"), (" miliar", " M"), (" juta", " jt"), (" trillion", " T"), (" billion", " B"), (" million", " M")] {
            if s.hasSuffix(word) { s = String(s.dropLast(word.count)) + letter }
        }
        return s
    }

    public static func totalSlide(_ buf: inout ScreenBuffer, _ p: PresenterState, _ model: DashboardModel, _ m: Mission?, _ r: Rect, _ l: Language) {
        var y = r.y
        let text = bigText(p.bigValue, l)
        let maxRows = max(1, min(r.height - 6, Int(Double(buf.height) * 0.42)))
        if let sc = BigText.scale(for: text, width: r.width - 2, maxRows: maxRows) {
            let rows = BigText.render(text, sx: sc.sx, sy: sc.sy)
            let x = max(0, (r.width - TextWidth.of(rows[0])) / 2)
            for row in rows { buf.put(row, x: x, y: y, role: p.animating ? .money : .big); y += 1 }
        } else {
            buf.put(text, x: max(0, (r.width - TextWidth.of(text)) / 2), y: y, role: .big)
            y += 1
        }
        // The exact figure in plain text right beneath the digits (on the other slides it is in
        // the footer), with the change highlighted just after one.
        if y < r.maxY {
            let exact = exactLine(p, l)
            buf.draw(exact, x: max(1, (r.width - StyledWidth.of(exact)) / 2), y: y, maxX: r.width)
            y += 2
        }
        // The split, deals and businesses.
        let scope = p.mission.flatMap { model.missionIndex[$0] }.map { model.aggregates.missions[$0] }
        let byDir = scope?.byDirection ?? model.aggregates.byDirection
        var split: StyledLine = []
        for d in [Deal.Direction.sell, .buy, .investment, .unspecified] {
            guard let v = byDir[d], v != 0 else { continue }
            if !split.isEmpty { split.append(Span("   ")) }
            split += [Span(Labels.direction(d, l) + " ", .dim), Span(Rupiah.short(v, l), .money)]
        }
        let deals = scope?.dealCount ?? model.aggregates.dealCount
        var counts: StyledLine = [Span("\(deals) " + UIText.t("transaksi", "deals", l), .dim)]
        if let b = businesses(model, p.mission), b > 0 { counts.append(Span(" · \(b) " + UIText.t("pelaku usaha", "businesses", l), .dim)) }
        // One line where it fits, else the counts on a line of their own.
        let oneLine = split + [Span("   ·   ")] + counts
        let lines = StyledWidth.of(oneLine) <= r.width - 2 ? [oneLine] : [split, counts]
        for line in lines where y < r.maxY {
            buf.draw(line, x: max(1, (r.width - StyledWidth.of(line)) / 2), y: y, maxX: r.width)
            y += 1
        }
        y += 1
        // Reported figures of the day.
        if let m {
            let reported = model.dataset.reportedTotals.filter { $0.mission == m.id && $0.localTime != nil }
                .sorted { $0.localTime! < $1.localTime! }
            if !reported.isEmpty, y < r.maxY {
                var line: StyledLine = [Span(UIText.t("Diumumkan: ", "Announced: ", l), .dim)]
                for t in reported {
                    line += [Span((t.timeApproximate ? "~" : "") + t.localTime!.dotted + " ", .dim), Span(Rupiah.short(t.valueRupiah, l) + "   ", .normal)]
                }
                buf.draw(line, x: 2, y: y, maxX: r.width)
                y += 1
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
                buf.put(Bars.bar(b.value, max: maxV, width: max(1, r.width - half - 40)), x: half + 37, y: row, role: .bar)
            }
        }
        let tickerMaxX = r.width >= 120 && !bars.isEmpty ? half : r.width - 1
        // Ticker: the latest deals, newest first; the newest is highlighted just after it arrives.
        let ticker = latest(model, p.mission, limit: max(0, r.maxY - y - 1))
        if !ticker.isEmpty, y < r.maxY {
            buf.put(UIText.t("Terbaru", "Latest", l), x: 2, y: y, role: .title)
            y += 1
            for (i, d) in ticker.enumerated() where y < r.maxY {
                let role: Role = i == 0 && p.highlighted ? .highlight : .normal
                var parts = [Rupiah.short(d.valueRupiah, l), Labels.direction(d.direction, l)]
                if let c = d.commodity { parts.append(model.dataset.commodity(c)?.name(l) ?? c) }
                if let party = d.party ?? d.counterparty { parts.append(party) }
                if p.mission == nil { parts.append(model.missionIndex[d.mission].map { model.partnerNames(model.aggregates.missions[$0]) } ?? d.mission) }
                buf.put("  " + parts.joined(separator: " · "), x: 2, y: y, role: role, maxX: tickerMaxX)
                y += 1
            }
        }
    }

    /// Newest first: deals recorded through the journal, else the scope's itemised lines.
    public static func latest(_ model: DashboardModel, _ mission: String?, limit: Int) -> [Deal] {
        guard limit > 0 else { return [] }
        var out: [Deal] = []
        var seen: Set<String> = []
        for e in model.dataset.dealLog.reversed() where e.kind == .recorded && e.dealIndex < model.dataset.deals.count {
            let d = model.dataset.deals[e.dealIndex]
            guard d.status != .withdrawn, mission == nil || d.mission == mission, seen.insert(d.id).inserted else { continue }
            out.append(d)
            if out.count == limit { return out }
        }
        if out.isEmpty, let mission {
            out = (model.dealsByMission[mission] ?? []).map { model.dataset.deals[Int($0)] }.filter { $0.kind == .itemised && $0.status != .withdrawn }
        } else if out.isEmpty, model.dataset.deals.count < 10_000 {
            // Nothing recorded yet: the named deals of the latest missions (small data sets only;
            // this runs every frame).
            let date = { (d: Deal) in model.missionIndex[d.mission].map { model.aggregates.missions[$0].date } }
            out = model.dataset.deals.filter { $0.kind == .itemised && $0.status != .withdrawn }
                .sorted { (date($0) ?? PartialDate(year: 1900)!) > (date($1) ?? PartialDate(year: 1900)!) }
        }
        return Array(out.prefix(limit))
    }

    public static func businesses(_ model: DashboardModel, _ mission: String?) -> Int? {
        func count(_ m: Mission) -> Int {
            if let t = m.businesses.first(where: { $0.side == .total }) { return t.count }
            let o = m.businesses.first { $0.side == .organiser }?.count ?? 0
            let p = m.businesses.first { $0.side == .partner }?.count ?? 0
            return o + p
        }
        if let mission { return model.dataset.mission(mission).map(count) }
        return model.dataset.missions.reduce(0) { $0 + count($1) }
    }

    public typealias Bar = (label: String, value: Int64, drawn: Bool)

    public static func commodityBars(_ model: DashboardModel, _ mission: String?, _ l: Language) -> [Bar] {
        var totals: [String: Int64] = [:]
        var notSplit: Int64 = 0
        if let mission {
            for i in model.dealsByMission[mission] ?? [] {
                let d = model.dataset.deals[Int(i)]
                guard d.status != .withdrawn else { continue }
                if d.includedIn == nil {
                    if let c = d.commodity { totals[c, default: 0] &+= d.valueRupiah } else { notSplit &+= d.valueRupiah }
                } else if let c = d.commodity {
                    totals[c, default: 0] &+= d.valueRupiah
                    notSplit &-= d.valueRupiah
                }
            }
        } else {
            for t in model.aggregates.byCommodity { totals[t.key] = t.valueRupiah }
            notSplit = model.aggregates.notSplitByCommodityRupiah
        }
        var bars: [Bar] = model.dataset.commodities.compactMap { c in
            guard let v = totals[c.id], v > 0 else { return nil }
            return (c.name(l), v, true)
        }.sorted { $0.value > $1.value }
        if notSplit > 0 { bars.append((Labels.notSplit(l), notSplit, false)) }
        return bars
    }

    public static func provinceBars(_ model: DashboardModel, _ mission: String?, _ l: Language) -> [Bar] {
        if let mission, let m = model.missionIndex[mission].map({ model.aggregates.missions[$0] }) {
            return Deal.Direction.allCases.compactMap { d in m.byDirection[d].flatMap { $0 > 0 ? (Labels.direction(d, l), $0, true) : nil } }
        }
        return model.aggregates.byProvince.map { (model.regionNames[$0.key] ?? $0.key, $0.valueRupiah, true) }
    }

    public static func timelineBars(_ model: DashboardModel, _ m: Mission?, _ p: PresenterState, _ l: Language) -> [Bar] {
        if let m {
            var bars: [Bar] = model.dataset.reportedTotals.filter { $0.mission == m.id }
                .sorted { ($0.localTime?.minutesOfDay ?? 9999) < ($1.localTime?.minutesOfDay ?? 9999) }
                .map { t in ((t.localTime.map { (t.timeApproximate ? "~" : "") + DateText.time($0, m.timeZone, l) } ?? (t.timeNote?.text(l) ?? "")) + " " + Labels.role(t.role, l), t.valueRupiah, true) }
            bars.append((UIText.t("sekarang", "now", l), p.shownTotal, true))
            return bars
        }
        return model.aggregates.byYear.map { ($0.key, $0.valueRupiah, true) }
    }

    public static func barsSlide(_ buf: inout ScreenBuffer, _ title: String, _ bars: [Bar], _ r: Rect, _ l: Language) {
        buf.put(title, x: 2, y: r.y, role: .title)
        let rows = max(0, r.height - 2)
        let labelW = min(30, max(8, bars.map { TextWidth.of($0.label) }.max() ?? 8))
        let valueW = 18
        let barW = max(1, r.width - labelW - valueW - 6)
        let maxV = bars.filter(\.drawn).map(\.value).max() ?? 0
        let step = bars.count > rows ? 1 : max(1, min(2, rows / max(1, bars.count)))
        var y = r.y + 2
        for b in bars.prefix(rows / step) {
            buf.put(TextWidth.fit(b.label, labelW), x: 2, y: y, role: b.drawn ? .normal : .dim)
            buf.put(TextWidth.fit(Rupiah.short(b.value, l), valueW, right: true), x: 3 + labelW, y: y, role: .money)
            if b.drawn {
                buf.put(Bars.bar(b.value, max: maxV, width: barW), x: 5 + labelW + valueW, y: y, role: .bar)
            } else {
                buf.put(UIText.t("(tidak dirinci)", "(not split)", l), x: 5 + labelW + valueW, y: y, role: .dim)
            }
            y += step
        }
    }

    /// `TOTAL  Rp1.053.146.943.500`, and `▲ +Rp1,25 miliar` highlighted just after a change.
    public static func exactLine(_ p: PresenterState, _ l: Language) -> StyledLine {
        var line: StyledLine = [Span("TOTAL  " + Rupiah.exact(p.shownTotal), p.highlighted ? .highlight : .money)]
        if p.highlighted && p.delta != 0 {
            line.append(Span("   " + (p.delta > 0 ? "▲ +" : "▼ ") + Rupiah.short(p.delta, l), .highlight))
        }
        return line
    }

    public static func footer(_ buf: inout ScreenBuffer, _ p: PresenterState, _ l: Language, warnings: Int) {
        let w = buf.width, h = buf.height
        // The exact total on every other slide (the total slide has it beneath its digits).
        if p.slide != .total {
            let line = exactLine(p, l)
            buf.draw(line, x: max(1, (w - StyledWidth.of(line)) / 2), y: h - 3, maxX: w)
        }
        let names = [UIText.t("Total", "Total", l), UIText.t("Komoditas", "Commodities", l), UIText.t("Provinsi", "Provinces", l), UIText.t("Linimasa", "Timeline", l)]
        var dots: StyledLine = []
        for (i, n) in names.enumerated() {
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

