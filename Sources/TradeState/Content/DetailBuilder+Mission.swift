import TradeModel

extension DetailBuilder {
    public mutating func mission(_ m: Mission) {
        let ds = model.dataset
        let agg = model.missionIndex[m.id].map { model.aggregates.missions[$0] }
        out.append([Span(m.title, .title)] + (m.illustrative ? [Span("  [" + Labels.illustrative(lang) + "]", .illustrative)] : []))
        var place = DateText.long(m.date, lang)
        if let c = m.city { place += " · " + c }
        if let v = m.venue { place += " · " + v }
        let off = m.timeZone.utcOffsetMinutes / 60
        // The zone cites where it comes from (Keppres 41/1987), through the region it is the zone of.
        let zoneSource = [m.partner, m.organiser].compactMap { ds.region($0) }.first { $0.timeZone == m.timeZone }?.timeZoneSource
        out.append([Span(place), cite(m.source), Span(" · " + m.timeZone.rawValue + " (UTC+\(off))")] + (zoneSource.map { [cite($0)] } ?? []))
        for alt in m.dateAlternatives {
            out.append([Span("  ≠ " + t("tanggal lain: ", "other date: ") + DateText.long(alt.date, lang), .conflict), cite(alt.source)])
            if let n = alt.note { para("    " + n.text(lang), role: .dim, indent: 4) }
        }
        regions([m.organiser, m.partner], separator: " → ")
        if let th = m.theme { para(t("Tema", "Theme") + UIText.asPublishedInIndonesian(lang) + ": “" + th + "”") }
        if let h = m.tradingHours { out.append([Span(t("Jam transaksi: ", "Trading hours: ") + DateText.clockTimes(h, lang))]) }

        if !m.businesses.isEmpty {
            section(t("Pelaku usaha", "Participating businesses"))
            for side in BusinessCount.Side.allCases {
                let claims = m.businesses.filter { $0.side == side }
                guard !claims.isEmpty else { continue }
                var line: StyledLine = [Span("  " + TextWidth.fit(UIText.side(side, lang), 14))]
                for (i, c) in claims.enumerated() {
                    if i > 0 { line.append(Span("  ≠  ", .conflict)) }
                    line.append(Span("\(c.count)", i > 0 ? .conflict : .normal))
                    line.append(cite(c.source))
                }
                out.append(line)
            }
        }
        if let agg { transactions(m, agg) }
        reportedTotals(m)
        dealLines(m)
        if !m.notes.isEmpty {
            section(t("Catatan", "Notes"))
            for n in m.notes { note(n, bullet: "• ", role: .normal) }
        }
        context(region: m.partner, commodities: Set((model.dealsByMission[m.id] ?? []).compactMap { ds.deals[Int($0)].commodity }))
    }

    mutating func transactions(_ m: Mission, _ agg: MissionTotal) {
        let ds = model.dataset
        section(t("Transaksi", "Transactions"))
        // The label column fits the longest direction of the language (`Arah tidak disebut`).
        let col = max(14, (Deal.Direction.allCases.map { TextWidth.of(Labels.direction($0, lang)) }.max() ?? 0) + 1)
        let loi = (model.dealsByMission[m.id] ?? []).map { ds.deals[Int($0)] }.filter { $0.kind == .letterOfIntent && $0.counts }
        if agg.dealCount == 0 && agg.publishedFinalRupiah == nil {
            out.append([Span("  " + TextWidth.fit(t("Angka akhir", "Final"), col)),
                        Span(t("tidak ditemukan dalam sumber", "not found in the sources"), .warning)])
            return
        }
        out.append([Span("  " + TextWidth.fit(t("Total", "Total"), col)), Span(Rupiah.exact(agg.totalValueRupiah, lang), .money),
                    Span("  (" + Rupiah.short(agg.totalValueRupiah, lang) + ", " + t("\(agg.dealCount) baris", Labels.count(agg.dealCount, "line", "lines")) + ")", .dim)])
        if agg.publishedFinalRupiah == nil {
            out.append([Span("  " + TextWidth.fit("", col)), Span(t("jumlah baris data; angka akhir tidak ditemukan dalam sumber",
                                                                   "sum of the data lines; no published final found"), .warning)])
        }
        for l in loi {
            out.append([Span("  " + TextWidth.fit("", col)),
                        Span(t("termasuk surat pernyataan minat (LoI) ", "includes a letter of intent (LoI) ") + Labels.letterOfIntentValue(l.valueRupiah, lang)
                             + t(" — bukan transaksi", " — not a transaction"), .warning), cite(l.source)])
        }
        // A correction or a later deal has moved the total away from what was announced as final.
        if let diff = DealDesk.departureFromFinal(m.id, total: agg.totalValueRupiah, in: ds), let final = agg.publishedFinalRupiah {
            out.append([Span("  " + TextWidth.fit("", col)),
                        Span("≠ " + t("berbeda dari angka akhir yang diumumkan sebesar ", "differs from the published final by ")
                             + Rupiah.exact(diff == .min ? .max : abs(diff), lang) + " (" + t("angka akhir ", "final ") + Rupiah.exact(final, lang) + ")", .conflict)])
        }
        // The split by direction is of transactions: a letter of intent has its own row, no bar.
        var byDirection = agg.byDirection
        for l in loi { byDirection[l.direction]? &-= l.valueRupiah }
        let maxDir = byDirection.values.max() ?? 0
        let barW = max(0, width - 2 - col - 22 - 8)
        func row(_ label: String, _ v: Int64, _ last: Span) {
            out.append([Span("  " + TextWidth.fit(label, col)), Span(TextWidth.fit(Rupiah.exact(v, lang), 21, right: true) + " ", .money),
                        Span(TextWidth.fit(Rupiah.percent(v, of: agg.totalValueRupiah, lang) ?? "", 7, right: true) + " ", .dim), last])
        }
        for d in Deal.Direction.allCases {
            guard let v = byDirection[d], v != 0 else { continue }
            row(Labels.direction(d, lang), v, Span(Bars.bar(v, max: maxDir, width: barW), .bar))
        }
        let letters = loi.reduce(Int64(0)) { $0 &+ $1.valueRupiah }
        if letters > 0 { row("LoI", letters, Span(Labels.notTransactions(lang), .warning)) }
        let bal = agg.balanceRupiah
        if agg.byDirection[.sell] != nil || agg.byDirection[.buy] != nil {
            let org = ds.region(m.organiser)?.shortName ?? m.organiser
            let word = bal >= 0 ? t("surplus ", "surplus for ") + org : t("defisit ", "deficit for ") + org
            out.append([Span("  " + TextWidth.fit(t("Neraca", "Balance"), col)), Span(Rupiah.exact(bal, lang), bal >= 0 ? .positive : .negative),
                        Span("  " + t("(jual − beli): ", "(sell − buy): ") + word, .dim)])
        }
        if let target = m.target {
            let pct = Rupiah.percent(agg.totalValueRupiah, of: target.valueRupiah, lang) ?? "—"
            let reached = agg.totalValueRupiah >= target.valueRupiah
            out.append([Span("  " + TextWidth.fit(t("Target", "Target"), col)), Span(Rupiah.short(target.valueRupiah, lang) + "  "),
                        Span("[" + Bars.progress(Int(min(agg.totalValueRupiah, target.valueRupiah) / max(1, target.valueRupiah / 100)), 100, width: 10) + "] ", .bar),
                        Span(pct + " " + (reached ? "✓ " + t("tercapai", "reached") : t("belum tercapai", "not reached")), reached ? .positive : .warning),
                        cite(target.source)])
        }
    }

    /// The figures announced through the day as a small chart, in the mission's own zone, each
    /// with its source, its note, and any figure another source gives instead (≠).
    public mutating func reportedTotals(_ m: Mission) {
        let all = model.dataset.reportedTotals.filter { $0.mission == m.id }
        guard !all.isEmpty else { return }
        section(t("Angka yang diumumkan", "Reported figures") + " (" + m.timeZone.rawValue + ")")
        let sorted = all.sorted { ($0.localTime?.minutesOfDay ?? 24 * 60, $0.role == .final ? 0 : 1) < ($1.localTime?.minutesOfDay ?? 24 * 60, $1.role == .final ? 0 : 1) }
        let maxV = all.map(\.valueRupiah).max() ?? 0
        let times = sorted.map { r in r.localTime.map { (r.timeApproximate ? "~" : "") + DateText.time($0, m.timeZone, lang) } ?? "—" }
        // Wide enough for the longest time with its zone (`~12.00 WITA`): a zone is never cut.
        let timeW = max(10, times.map { TextWidth.of($0) }.max() ?? 0)
        let barW = max(4, min(24, width - 60 - (timeW - 10)))
        let indent = timeW + 3 + barW
        for (r, time) in zip(sorted, times) {
            var line: StyledLine = [
                Span("  " + TextWidth.fit(time, timeW) + " "),
                Span(TextWidth.fit(Bars.bar(r.valueRupiah, max: maxV, width: barW), barW) + " ", r.role == .final ? .bar : .barDim),
                Span(Rupiah.short(r.valueRupiah, lang), r.role == .final ? .money : .normal),
                Span(" " + Labels.role(r.role, lang), .dim),
                cite(r.source),
            ]
            line += mark(r.basis)
            let others = r.conflictsWith.compactMap { id in all.first { $0.id == id } }
            if !others.isEmpty {
                line.append(Span("  ≠ " + others.map { Rupiah.short($0.valueRupiah, lang) + " [" + $0.source + "]" }.joined(separator: ", "), .conflict))
            }
            out += StyledWrap.wrap(line, width: width, indent: indent)
            let pad = String(repeating: " ", count: indent)
            if let tn = r.timeNote { para(pad + t("waktu: ", "time: ") + tn.text(lang), role: .dim, indent: indent) }
            if let n = r.note { para(pad + n.text(lang), role: .dim, indent: indent) }
            reason(r.basis, indent: indent)
        }
    }

    /// Obstacles and indicators about the mission's partner or its commodities.
    mutating func context(region: String, commodities: Set<String>) {
        let ds = model.dataset
        let obstacles = ds.obstacles.filter { o in o.region == region || o.commodity.map(commodities.contains) == true }
        if !obstacles.isEmpty {
            section(t("Kendala", "Obstacles"))
            for o in obstacles { obstacle(o) }
        }
        let indicators = ds.indicators.filter { $0.region == region }
        if !indicators.isEmpty {
            section(t("Indikator", "Indicators"))
            for i in indicators { indicator(i) }
        }
    }

    public mutating func obstacle(_ o: Obstacle) {
        let c = cite(o.source)
        out += StyledWrap.wrap([Span("  • " + (lang == .id ? o.textId : o.textEn)), c] + mark(o.basis), width: width, indent: 4)
        reason(o.basis, indent: 4)
    }

    public mutating func indicator(_ i: Indicator) {
        let figure = i.figure(lang)
        let c = cite(i.source)
        out += StyledWrap.wrap([Span("  • " + i.subject.text(lang) + " (" + DateText.period(i.period, lang) + "): "), Span(figure, .money), c] + mark(i.basis),
                               width: width, indent: 4)
        if let n = i.note { para("    " + n.text(lang), role: .dim, indent: 4) }
        reason(i.basis, indent: 4)
    }
}
