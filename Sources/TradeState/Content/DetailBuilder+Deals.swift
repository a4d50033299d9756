import TradeModel

extension DetailBuilder {
    /// The mission's lines by kind, each with its source, how it was obtained, its note, and any
    /// figure another source prints for it (≠).
    public mutating func dealLines(_ m: Mission) {
        let ds = model.dataset
        let idx = model.dealsByMission[m.id] ?? []
        guard !idx.isEmpty else { return }
        section(t("Baris transaksi", "Deal lines"))
        for kind in Deal.Kind.allCases {
            let lines = idx.map { ds.deals[Int($0)] }.filter { $0.kind == kind }
            guard !lines.isEmpty else { continue }
            out.append([Span("  " + UIText.dealKind(kind, lang), .title)])
            for d in lines.prefix(200) { deal(d) }
            if lines.count > 200 { out.append([Span("    … " + t("\(lines.count - 200) baris lagi (lihat panel Komoditas)", Labels.count(lines.count - 200, "more line", "more lines") + " (see Commodities)"), .dim)]) }
        }
        if idx.contains(where: { ds.deals[Int($0)].includedIn != nil }) {
            out.append([Span("  ⊂ " + t("termasuk dalam total di atas, tidak dijumlahkan lagi", "already inside the total above, not added again"), .dim)])
        }
    }

    mutating func deal(_ d: Deal) {
        let ds = model.dataset
        var line: StyledLine = [Span("    " + (d.includedIn != nil ? "⊂ " : "  ")),
                                Span(TextWidth.fit(Rupiah.exact(d.valueRupiah, lang), 20, right: true), d.counts ? .money : .dim)]
        if let per = d.period { line.append(Span(" " + per, .money)) }
        line.append(Span(" " + Labels.direction(d.direction, lang), .dim))
        if let c = d.commodity { line.append(Span(" · " + (ds.commodity(c)?.name(lang) ?? c))) }
        if let q = d.quantity { line.append(Span(" · " + QuantityText.shown(q, lang) + (d.unit.map { " " + $0 } ?? ""), .dim)) }
        if let p = d.party ?? d.counterparty ?? d.description { line.append(Span(" · " + p)) }
        if d.status == .withdrawn { line.append(Span(" ✗ " + t("DITARIK", "WITHDRAWN"), .negative)) }
        if d.illustrative { line.append(Span(" ◇ " + Labels.illustrative(lang), .illustrative)) }
        line.append(cite(d.source))
        line += mark(d.basis)
        if d.includedIn != nil && !d.includedInBasis.isStated {
            line.append(Span("  ⊂ " + d.includedInBasis.kind.mark(lang), .provenance))
        }
        out += StyledWrap.wrap(line, width: width, indent: 8)
        // The line's own note first: it may point at the other figures "below" (≠).
        if let n = d.note { para("        " + n.text(lang), role: .dim, indent: 8) }
        for alt in d.conflictsWith {
            var l: StyledLine = [Span("        ≠ " + Rupiah.exact(alt.valueRupiah, lang), .conflict), cite(alt.source)]
            if let n = alt.note { l.append(Span(" " + n.text(lang), .dim)) }
            out += StyledWrap.wrap(l, width: width, indent: 10)
        }
        reason(d.basis, indent: 8)
        if d.includedIn != nil { reason(d.includedInBasis, indent: 8) }
    }
}
