import TradeModel

extension DetailBuilder {
    public mutating func agreement(_ a: Agreement) {
        out.append([Span(a.title, .title)])
        out.append([Span(a.kind == .multiProvince ? t("Kesepakatan antarprovinsi", "Multi-province agreement") : t("Kerja sama provinsi kembar", "Sister province"), .dim)])
        var place = DateText.long(a.date, lang)
        if let c = a.city { place += " · " + c }
        if let v = a.venue { place += " · " + v }
        out.append([Span(place), cite(a.source)])
        for alt in a.dateAlternatives {
            out.append([Span("  ≠ " + t("tanggal lain: ", "other date: ") + DateText.long(alt.date, lang), .conflict), cite(alt.source)])
            if let n = alt.note { para("    " + n.text(lang), role: .dim, indent: 4) }
        }
        section(t("Pihak", "Parties"))
        regions(a.parties)
        for sgn in a.signatories { out.append([Span("  ✍ " + sgn, .dim)]) }
        if let p = a.potential {
            section(t("Potensi", "Potential"))
            out.append([Span("  " + Rupiah.exact(p.valueRupiah, lang) + " (" + Rupiah.short(p.valueRupiah, lang) + ")", .money), cite(p.source)])
            out.append([Span("  " + t("perkiraan potensi, tidak dijumlahkan ke total transaksi", "an estimated potential, never added to transaction totals"), .warning)])
            if let n = p.note { para("  " + n.text(lang), role: .dim, indent: 2) }
            if let f = a.firstStageAnnual {
                out.append([Span("  " + t("Tahap pertama: ", "First stage: ") + Rupiah.short(f.valueRupiah, lang) + t(" per tahun", " a year")), cite(f.source)])
            }
        }
        if !a.sectors.isEmpty {
            section(t("Sektor", "Sectors") + UIText.asPublishedInIndonesian(lang) + (a.sectors.count > 1 ? t(" — sumber berbeda", " — sources differ") : ""))
            for (i, list) in a.sectors.enumerated() {
                let c = cite(list.source)
                para((i > 0 ? "≠ " : "• ") + list.sectors.joined(separator: ", "), role: i > 0 ? .conflict : .normal, tail: c)
            }
        }
        if !a.initiatives.isEmpty {
            section(t("Inisiatif", "Initiatives"))
            for n in a.initiatives { note(n, bullet: "• ", role: .normal) }
        }
        if !a.programmes.isEmpty {
            section(t("Program", "Programmes"))
            for p in a.programmes {
                let c = cite(p.source)
                out += StyledWrap.wrap([Span("  " + DateText.medium(p.date, lang) + " — " + p.title.text(lang)), c], width: width, indent: 4)
                for it in p.items { para("    · " + it.text(lang), role: .dim, indent: 6) }
            }
        }
        if !a.legalBasis.isEmpty {
            section(t("Dasar hukum", "Legal basis") + (a.legalBasis.count > 1 ? t(" — sumber berbeda", " — sources differ") : ""))
            for (i, n) in a.legalBasis.enumerated() { note(n, bullet: i > 0 ? "≠ " : "• ", role: i > 0 ? .conflict : .normal) }
        }
        let parties = Set(a.parties)
        let obstacles = model.dataset.obstacles.filter { o in o.source == a.source || o.region.map(parties.contains) == true
            || model.dataset.actions.contains { $0.mission == a.id && $0.source == o.source } }
        if !obstacles.isEmpty {
            section(t("Kendala", "Obstacles"))
            for o in obstacles { obstacle(o) }
        }
    }

    /// A sourced sentence with how it was obtained.
    mutating func note(_ n: SourcedNote, bullet: String, role: Role) {
        let c = cite(n.source)
        out += StyledWrap.wrap([Span(bullet + n.text.text(lang), role), c] + mark(n.basis), width: width, indent: 2)
        reason(n.basis, indent: 2)
    }
}
