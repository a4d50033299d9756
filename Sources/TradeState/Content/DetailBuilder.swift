import TradeModel

/// Builds detail lines, remembering every source cited so the view can end with them.
public struct DetailBuilder {
    public let lang: Language
    /// The zone journal times are shown in (they are stored in UTC).
    public let zone: LocalZone
    public let width: Int
    public let model: DashboardModel
    public var out: [StyledLine] = []
    public var cited: [String] = []

    public init(lang: Language, width: Int, model: DashboardModel, zone: LocalZone = .utc) {
        self.lang = lang
        self.zone = zone
        self.width = width
        self.model = model
    }

    public func t(_ id: String, _ en: String) -> String { UIText.t(id, en, lang) }

    public mutating func cite(_ id: String) -> Span {
        if !cited.contains(id) { cited.append(id) }
        return Span(" [" + id + "]", .dim)
    }

    public mutating func section(_ title: String) {
        if !out.isEmpty { out.append([]) }
        out.append([Span(title, .title)])
    }

    /// Word-wraps `text` to the width, indenting continuation lines.
    public mutating func para(_ text: String, role: Role = .normal, indent: Int = 2, tail: Span? = nil) {
        var line = ""
        var first = true
        let pad = String(repeating: " ", count: indent)
        for word in text.split(separator: " ") {
            if !line.isEmpty && TextWidth.of(line) + 1 + TextWidth.of(String(word)) > width {
                out.append([Span((first ? "" : pad) + line, role)])
                first = false
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        var last: StyledLine = [Span((first ? "" : pad) + line, role)]
        if let tail { last.append(tail) }
        out.append(last)
    }

    public func region(_ id: String) -> String {
        guard let r = model.dataset.region(id) else { return id }
        return r.name + (r.code.map { " (\($0))" } ?? "")
    }

    public mutating func mission(_ m: Mission) {
        let ds = model.dataset
        let agg = model.missionIndex[m.id].map { model.aggregates.missions[$0] }
        out.append([Span(m.title, .title)] + (m.illustrative ? [Span("  [" + Labels.illustrative(lang) + "]", .illustrative)] : []))
        var place = DateText.long(m.date, lang)
        if let c = m.city { place += " · " + c }
        if let v = m.venue { place += " · " + v }
        let off = m.timeZone.utcOffsetMinutes / 60
        out.append([Span(place + " · " + m.timeZone.rawValue + " (UTC+\(off))"), cite(m.source)])
        for alt in m.dateAlternatives {
            out.append([Span("  ≠ " + t("tanggal lain: ", "other date: ") + DateText.long(alt.date, lang), .conflict), cite(alt.source)])
        }
        out.append([Span(region(m.organiser) + " → " + region(m.partner))])
        if let th = m.theme { para(t("Tema: ", "Theme: ") + "“" + th + "”") }
        if let h = m.tradingHours { out.append([Span(t("Jam transaksi: ", "Trading hours: ") + h)]) }

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

        if let agg {
            section(t("Transaksi", "Transactions"))
            // The label column fits the longest direction of the language (`Arah tidak disebut`).
            let col = max(14, (Deal.Direction.allCases.map { TextWidth.of(Labels.direction($0, lang)) }.max() ?? 0) + 1)
            out.append([Span("  " + TextWidth.fit(t("Total", "Total"), col)), Span(Rupiah.exact(agg.totalValueRupiah), .money),
                        Span("  (" + Rupiah.short(agg.totalValueRupiah, lang) + ", \(agg.dealCount) " + t("baris", "lines") + ")", .dim)])
            // A correction or a later deal has moved the total away from what was announced as final.
            if let diff = DealDesk.departureFromFinal(m.id, total: agg.totalValueRupiah, in: ds), let final = agg.publishedFinalRupiah {
                out.append([Span("  " + TextWidth.fit("", col)),
                            Span("≠ " + t("berbeda dari angka final terbitan sebesar ", "differs from the published final by ")
                                 + Rupiah.exact(diff == .min ? .max : abs(diff)) + " (final " + Rupiah.exact(final) + ")", .conflict)])
            }
            let maxDir = agg.byDirection.values.max() ?? 0
            let barW = max(0, width - 2 - col - 22 - 8)
            for d in Deal.Direction.allCases {
                guard let v = agg.byDirection[d], v != 0 else { continue }
                out.append([Span("  " + TextWidth.fit(Labels.direction(d, lang), col)), Span(TextWidth.fit(Rupiah.exact(v), 21, right: true) + " ", .money),
                            Span(TextWidth.fit(Rupiah.percent(v, of: agg.totalValueRupiah, lang) ?? "", 7, right: true) + " ", .dim),
                            Span(Bars.bar(v, max: maxDir, width: barW), .bar)])
            }
            let bal = agg.balanceRupiah
            if agg.byDirection[.sell] != nil || agg.byDirection[.buy] != nil {
                let org = ds.region(m.organiser)?.shortName ?? m.organiser
                let word = bal >= 0 ? t("surplus ", "surplus for ") + org : t("defisit ", "deficit for ") + org
                out.append([Span("  " + TextWidth.fit(t("Neraca", "Balance"), col)), Span(Rupiah.exact(bal), bal >= 0 ? .positive : .negative),
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
        reportedTotals(m)
        dealLines(m)
        if !m.notes.isEmpty {
            section(t("Catatan", "Notes"))
            for n in m.notes { let c = cite(n.source); para("• " + n.text, tail: c) }
        }
    }

    /// The figures announced through the day as a small chart, in the mission's own zone.
    public mutating func reportedTotals(_ m: Mission) {
        let all = model.dataset.reportedTotals.filter { $0.mission == m.id }
        guard !all.isEmpty else { return }
        section(t("Angka yang diumumkan", "Reported figures") + " (" + m.timeZone.rawValue + ")")
        let sorted = all.sorted { ($0.localTime?.minutesOfDay ?? 24 * 60, $0.role == .final ? 0 : 1) < ($1.localTime?.minutesOfDay ?? 24 * 60, $1.role == .final ? 0 : 1) }
        let maxV = all.map(\.valueRupiah).max() ?? 0
        var shown: Set<String> = []
        let barW = max(4, min(24, width - 60))
        for r in sorted where !shown.contains(r.id) {
            shown.insert(r.id)
            let time = r.localTime.map { (r.timeApproximate ? "~" : "") + DateText.time($0, m.timeZone, lang) } ?? (r.timeNote ?? "—")
            var line: StyledLine = [
                Span("  " + TextWidth.fit(time, 12) + " "),
                Span(TextWidth.fit(Bars.bar(r.valueRupiah, max: maxV, width: barW), barW) + " ", r.role == .final ? .bar : .barDim),
                Span(Rupiah.short(r.valueRupiah, lang), r.role == .final ? .money : .normal),
                Span(" " + Labels.role(r.role, lang), .dim),
                cite(r.source),
            ]
            for other in r.conflictsWith {
                guard let o = all.first(where: { $0.id == other }), !shown.contains(o.id) else { continue }
                shown.insert(o.id)
                let ot = o.localTime.map { (o.timeApproximate ? "~" : "") + DateText.time($0, m.timeZone, lang) } ?? (o.timeNote ?? "")
                let part = [Span("  ≠  ", .conflict), Span(Rupiah.short(o.valueRupiah, lang) + " " + ot + " " + Labels.role(o.role, lang), .conflict), cite(o.source)]
                // Side by side when the line has room; otherwise directly beneath, aligned.
                if StyledWidth.of(line) + StyledWidth.of(part) > width {
                    out.append(line)
                    line = [Span(String(repeating: " ", count: 13 + barW))] + part
                } else {
                    line += part
                }
            }
            out.append(line)
        }
    }

    public mutating func dealLines(_ m: Mission) {
        let ds = model.dataset
        let idx = model.dealsByMission[m.id] ?? []
        guard !idx.isEmpty else { return }
        section(t("Baris transaksi", "Deal lines"))
        for kind in Deal.Kind.allCases {
            let lines = idx.map { ds.deals[Int($0)] }.filter { $0.kind == kind }
            guard !lines.isEmpty else { continue }
            out.append([Span("  " + UIText.dealKind(kind, lang), .title)])
            for d in lines.prefix(200) {
                var line: StyledLine = [Span("    " + (d.includedIn != nil ? "⊂ " : "  ")),
                                        Span(TextWidth.fit(Rupiah.exact(d.valueRupiah), 20, right: true), d.counts ? .money : .dim),
                                        Span(" " + Labels.direction(d.direction, lang), .dim)]
                if let c = d.commodity { line.append(Span(" · " + (ds.commodity(c)?.name(lang) ?? c))) }
                if let q = d.quantity { line.append(Span(" · " + QuantityText.shown(q, lang) + " " + (d.unit ?? ""), .dim)) }
                if let p = d.party ?? d.counterparty ?? d.description { line.append(Span(" · " + p)) }
                if let per = d.period { line.append(Span(" (" + per + ")", .dim)) }
                if d.status == .withdrawn { line.append(Span(" ✗ " + t("DITARIK", "WITHDRAWN"), .negative)) }
                if d.illustrative { line.append(Span(" ◇ " + Labels.illustrative(lang), .illustrative)) }
                line.append(cite(d.source))
                out.append(line)
            }
            if lines.count > 200 { out.append([Span("    … \(lines.count - 200) " + t("baris lagi (lihat panel Komoditas)", "more lines (see Commodities)"), .dim)]) }
        }
        if idx.contains(where: { ds.deals[Int($0)].includedIn != nil }) {
            out.append([Span("  ⊂ " + t("termasuk dalam total di atas, tidak dijumlahkan lagi", "already inside the total above, not added again"), .dim)])
        }
    }

    public mutating func agreement(_ a: Agreement) {
        out.append([Span(a.title, .title)])
        out.append([Span(a.kind == .multiProvince ? t("Kesepakatan antarprovinsi", "Multi-province agreement") : t("Kerja sama provinsi kembar", "Sister province"), .dim)])
        var place = DateText.long(a.date, lang)
        if let c = a.city { place += " · " + c }
        if let v = a.venue { place += " · " + v }
        out.append([Span(place), cite(a.source)])
        for alt in a.dateAlternatives {
            out.append([Span("  ≠ " + t("tanggal lain: ", "other date: ") + DateText.long(alt.date, lang), .conflict), cite(alt.source)])
        }
        section(t("Pihak", "Parties"))
        for p in a.parties { out.append([Span("  • " + region(p))]) }
        for sgn in a.signatories { out.append([Span("  ✍ " + sgn, .dim)]) }
        if let p = a.potential {
            section(t("Potensi", "Potential"))
            out.append([Span("  " + Rupiah.exact(p.valueRupiah) + " (" + Rupiah.short(p.valueRupiah, lang) + ")", .money), cite(p.source)])
            out.append([Span("  " + t("perkiraan potensi, tidak dijumlahkan ke total transaksi", "an estimated potential, never added to transaction totals"), .warning)])
            if let f = a.firstStageAnnual {
                out.append([Span("  " + t("Tahap pertama: ", "First stage: ") + Rupiah.short(f.valueRupiah, lang) + t(" per tahun", " a year")), cite(f.source)])
            }
        }
        if !a.sectors.isEmpty {
            section(t("Sektor", "Sectors") + (a.sectors.count > 1 ? t(" — sumber berbeda", " — sources differ") : ""))
            for (i, list) in a.sectors.enumerated() {
                let c = cite(list.source)
                para((i > 0 ? "≠ " : "• ") + list.sectors.joined(separator: ", "), role: i > 0 ? .conflict : .normal, tail: c)
            }
        }
        if !a.initiatives.isEmpty {
            section(t("Inisiatif", "Initiatives"))
            for n in a.initiatives { let c = cite(n.source); para("• " + n.text, tail: c) }
        }
        if !a.programmes.isEmpty {
            section(t("Program", "Programmes"))
            for p in a.programmes {
                let c = cite(p.source)
                out.append([Span("  " + DateText.medium(p.date, lang) + " — " + p.title), c])
                for it in p.items { para("    · " + it, role: .dim, indent: 6) }
            }
        }
        if !a.legalBasis.isEmpty {
            section(t("Dasar hukum", "Legal basis") + (a.legalBasis.count > 1 ? t(" — sumber berbeda", " — sources differ") : ""))
            for (i, n) in a.legalBasis.enumerated() { let c = cite(n.source); para((i > 0 ? "≠ " : "• ") + n.text, role: i > 0 ? .conflict : .normal, tail: c) }
        }
    }

    public mutating func action(_ a: FollowUpAction) {
        let ds = model.dataset
        out.append([Span(a.title(lang), .title)])
        if let r = ds.recommendations.first(where: { $0.id == a.recommendation }) {
            out.append([Span(t("Rekomendasi: ", "Recommendation: ") + "\(r.order). " + r.title(lang), .dim), cite(r.source)])
        }
        section(t("Rincian", "Details"))
        // The label column fits its longest label (`Penanggung jawab`).
        let labels = [t("Status", "Status"), t("Penanggung jawab", "Owner"), t("Tenggat", "Due"), t("Terkait", "Linked to"), t("Sumber", "Source")]
        let col = max(12, (labels.map(TextWidth.of).max() ?? 0) + 2)
        out.append([Span("  " + TextWidth.fit(labels[0], col)), Span(UIText.status(a.status, lang), a.status == .done ? .done : .normal)])
        labelled(labels[1], a.owner, col: col)
        if let due = a.due {
            var line: StyledLine = [Span("  " + TextWidth.fit(labels[2], col)), Span(DateText.long(due, lang))]
            if a.dueInferred { line.append(Span(" (" + t("disimpulkan", "inferred") + ")", .dim)) }
            if model.isOverdue(a) { line.append(Span("  ⚠ " + Labels.overdue(lang), .overdue)) }
            out.append(line)
            if let note = a.dueNote { para(String(repeating: " ", count: col + 2) + note, role: .dim, indent: col + 2) }
        } else {
            out.append([Span("  " + TextWidth.fit(labels[2], col)), Span(t("tidak disebut sumber", "not given in the sources"), .dim)])
        }
        if let mid = a.mission {
            let title = ds.mission(mid)?.title ?? ds.agreements.first { $0.id == mid }?.title ?? mid
            out.append([Span("  " + TextWidth.fit(labels[3], col)), Span(title)])
        }
        out.append([Span("  " + TextWidth.fit(labels[4], col)), cite(a.source)])
        history(a)
    }

    /// `  Label   value`, the value wrapped under itself when it is longer than the line.
    public mutating func labelled(_ label: String, _ value: String, col: Int) {
        let pad = String(repeating: " ", count: col + 2)
        var line = "", first = true
        for word in value.split(separator: " ") {
            if !line.isEmpty && col + 2 + TextWidth.of(line) + 1 + TextWidth.of(String(word)) > width {
                out.append([Span(first ? "  " + TextWidth.fit(label, col) : pad), Span(line)])
                first = false
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        out.append([Span(first ? "  " + TextWidth.fit(label, col) : pad), Span(line)])
    }

    /// Who did what, when (in the local zone), with notes: every journal event for this action, oldest first.
    public mutating func history(_ a: FollowUpAction) {
        section(t("Riwayat", "History"))
        let changes = model.dataset.actionHistory[a.id] ?? []
        if changes.isEmpty {
            out.append([Span("  " + t("belum ada perubahan (Spasi centang, n catatan, o penanggung jawab, d tenggat)",
                                      "no changes yet (Space tick, n note, o owner, d due date)"), .dim)])
        }
        for c in changes {
            let when = DateText.eventTime(c.at, zone, lang)
            var line: StyledLine = [Span("  " + when + "  ", .dim), Span(c.user, .title), Span("  ")]
            switch c.body {
            case .actionStatusSet(_, let st, let prev):
                line.append(Span((st == .done ? "✓ " : "○ ") + UIText.status(st, lang), st == .done ? .done : .normal))
                if let prev { line.append(Span(" (" + t("dari ", "was ") + UIText.status(prev, lang) + ")", .dim)) }
            case .actionNoteAdded(_, let n):
                line.append(Span("✎ " + n))
            case .actionOwnerSet(_, let o, let prev):
                line.append(Span(t("penanggung jawab → ", "owner → ") + o))
                if let prev { line.append(Span(" (" + t("dari ", "was ") + prev + ")", .dim)) }
            case .actionDueSet(_, let d, _):
                line.append(Span(t("tenggat → ", "due → ") + (d.map { DateText.medium($0, lang) } ?? t("tidak ada", "none"))))
            case .dealRecorded, .dealCorrected, .dealWithdrawn, .missionCreated:
                break
            }
            if c.undoes != nil { line.append(Span("  ↶ " + t("dibatalkan", "undo"), .dim)) }
            out.append(line)
        }
    }

    /// Every line of the open detail at `width`: what the view draws and the reducer scrolls over.
    public static func lines(_ s: AppState, _ model: DashboardModel, width: Int) -> [StyledLine] {
        var b = DetailBuilder(lang: s.lang, width: max(10, width - 2), model: model, zone: s.zone)
        switch s.detail {
        case .mission(let id)?:
            if let m = model.dataset.mission(id) { b.mission(m) } else if let a = model.dataset.agreements.first(where: { $0.id == id }) { b.agreement(a) }
        case .action(let id)?:
            if let a = model.dataset.actions.first(where: { $0.id == id }) { b.action(a) }
        default: break
        }
        b.sourcesSection()
        return b.out
    }

    public mutating func sourcesSection() {
        guard !cited.isEmpty else { return }
        section(t("Sumber", "Sources"))
        for id in cited {
            guard let s = model.dataset.source(id) else { out.append([Span("  [" + id + "]", .dim)]); continue }
            var text = "[" + id + "] " + s.publisher + " — " + s.title
            if let d = s.date { text += " (" + DateText.medium(d, lang) + ")" }
            if let u = s.url { text += " " + u }
            para(text, role: .dim, indent: 4)
        }
    }
}

