import TradeModel

extension DetailBuilder {
    /// One deal line: who and what, its value exact and in words, how each claim was obtained
    /// (marks and reasons), the sources it cites, and its history in the journal.
    public mutating func dealDetail(_ d: Deal) {
        let ds = model.dataset
        let commodity = d.commodity.map { ds.commodity($0)?.name(lang) ?? $0 }
        var title: StyledLine = [Span((commodity ?? d.description ?? UIText.dealKind(d.kind, lang)) + " · " + Labels.direction(d.direction, lang) + " · ", .title),
                                 Span(Rupiah.exact(d.valueRupiah, lang), d.counts ? .money : .dim)]
        if d.status == .withdrawn { title.append(Span("  ✗ " + t("DITARIK", "WITHDRAWN"), .negative)) }
        if d.illustrative { title.append(Span("  [" + Labels.illustrative(lang) + "]", .illustrative)) }
        out.append(title)
        if let i = model.missionIndex[d.mission] {
            let m = model.aggregates.missions[i]
            out.append([Span(m.title + " · " + DateText.long(m.date, lang), .dim)])
        } else {
            out.append([Span(t("Misi ", "Mission ") + d.mission + t(" (tidak ada dalam data)", " (not in the data)"), .warning)])
        }

        section(t("Rincian", "Details"))
        let label = { (s: String) in Span("  " + TextWidth.fit(s, 18)) }
        let pad = 20
        idRow(d.id, command: "deal correct")
        let organiser = ds.region(ds.organiser)?.shortName ?? ds.organiser
        out.append([label(t("Arah", "Direction")), Span(Labels.direction(d.direction, lang)),
                    Span("  (" + t("dari sisi ", "as seen from ") + organiser + ")", .dim)])
        if let p = d.party { out.append([label(t("Pihak", "Party")), Span(p)]) }
        if let c = d.counterparty { out.append([label(t("Mitra transaksi", "Counterparty")), Span(c)]) }
        if let commodity {
            var line: StyledLine = [label(t("Komoditas", "Commodity")), Span(commodity)]
            if let p = d.product { line.append(Span(" · " + (ds.products.first { $0.id == p }.map { lang == .id ? $0.nameId : $0.nameEn } ?? p))) }
            out.append(line)
        }
        if let text = d.description { out += StyledWrap.wrap([label(t("Uraian", "Description")), Span(text)], width: width, indent: pad) }
        if let q = d.quantity {
            out.append([label(t("Jumlah", "Quantity")), Span(QuantityText.shown(q, lang) + (d.unit.map { " " + $0 } ?? ""))])
        }
        out.append([label(t("Nilai", "Value")), Span(Rupiah.exact(d.valueRupiah, lang), d.counts ? .money : .dim)] + (d.period.map { [Span(" " + Labels.period($0, lang), .money)] } ?? [])
                   + [cite(d.source)] + mark(d.basis))
        para(String(repeating: " ", count: pad) + RupiahInput.words(d.valueRupiah, lang), role: .dim, indent: pad)
        // As in the mission's lines: the line's own note first (it may point at the ≠ below).
        if let n = d.note { para(String(repeating: " ", count: pad) + n.text(lang), role: .dim, indent: pad) }
        for alt in d.conflictsWith {
            var l: StyledLine = [Span(String(repeating: " ", count: pad) + "≠ " + Rupiah.exact(alt.valueRupiah, lang), .conflict), cite(alt.source)]
            if let n = alt.note { l.append(Span(" " + n.text(lang), .dim)) }
            out += StyledWrap.wrap(l, width: width, indent: pad + 2)
        }
        reason(d.basis, indent: pad)
        out.append([label(t("Jenis", "Kind")), Span(UIText.dealKind(d.kind, lang))])
        out.append([label(t("Status", "Status")), Span(UIText.dealStatus(d.status, lang), d.status == .withdrawn ? .negative : .normal)])
        if let parent = d.includedIn {
            let name = ds.mission(parent)?.title ?? ds.agreements.first { $0.id == parent }?.title ?? parent
            out += StyledWrap.wrap([label(t("Termasuk dalam", "Inside")), Span("⊂ " + name),
                                    Span("  " + t("tidak dijumlahkan lagi", "not added again"), .dim)] + mark(d.includedInBasis), width: width, indent: pad)
            reason(d.includedInBasis, indent: pad)
        }
        out.append([label(t("Sumber", "Source")), bare(cite(d.source))])
        dealHistory(d)
    }

    /// Recorded, corrected, withdrawn: who and when (in the local zone), oldest first by time;
    /// and any change another desk's made first kept from applying (a conflict).
    mutating func dealHistory(_ d: Deal) {
        section(t("Riwayat", "History"))
        let log = DetailBuilder.inTimeOrder(model.dataset.dealLog.indices(ofDeal: d.id).map { model.dataset.dealLog[$0] }, at: \.at)
        if log.first?.kind != .recorded {
            out.append([Span("  " + t("dari data bawaan (berkas fixtures)", "from the bundled data (fixture files)"), .dim)])
        }
        for e in log {
            var line: StyledLine = [Span("  " + DateText.eventTime(e.at, zone, lang) + "  ", .dim), Span(e.user, .title), Span("  ")]
            switch e.kind {
            case .recorded: line.append(Span("+ " + t("dicatat", "recorded")))
            case .corrected: line.append(Span("✎ " + t("diperbaiki", "corrected")))
            case .withdrawn:
                line.append(Span("✗ " + t("ditarik", "withdrawn"), .negative))
                if let r = e.reason { line.append(Span(": " + r)) }
            }
            out += StyledWrap.wrap(line, width: width, indent: 6)
        }
        if log.isEmpty {
            out.append([Span("  " + t("belum ada perubahan (e perbaiki, x tarik)", "no changes yet (e correct, x withdraw)"), .dim)])
        }
        for c in model.dataset.conflicts where c.event.body.itemId == d.id {
            out += StyledWrap.wrap([Span("  " + DateText.eventTime(c.event.at, zone, lang) + "  ", .dim), Span(c.event.user, .title),
                                    Span("  ≠ " + t("perubahan tidak diterapkan: dibuat dari versi lama", "change not applied: made from an older version"), .conflict)],
                                   width: width, indent: 6)
        }
    }
}
