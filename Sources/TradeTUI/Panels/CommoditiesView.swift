import TradeModel

enum CommodityRows {
    /// Commodities by value (largest first, zeros after in fixture order), each followed by its
    /// breakdown in the direction and province views; the value not split by commodity comes last,
    /// apart, never as a bar.
    static func build(_ model: DashboardModel, view: CommodityView, query: String, lang: Language) -> [CommodityRow] {
        let a = model.aggregates
        let needle = SearchText.fold(query)
        let order = a.byCommodity.enumerated().sorted { ($0.element.valueRupiah, -$0.offset) > ($1.element.valueRupiah, -$1.offset) }
        func matches(_ text: String) -> Bool {
            let hay = SearchText.fold(text)
            return hay.withUnsafeBufferPointer { SearchText.contains($0, 0..<hay.count, needle) }
        }
        var rows: [CommodityRow] = []
        for (_, t) in order {
            if let c = model.dataset.commodity(t.key), !matches(c.id + " " + c.nameId + " " + c.nameEn) { continue }
            rows.append(CommodityRow(commodity: t.key, kind: .commodity, value: t.valueRupiah))
            switch view {
            case .total: break
            case .direction:
                for d in Deal.Direction.allCases {
                    if let v = a.commodityByDirection[t.key]?[d], v != 0 { rows.append(CommodityRow(commodity: t.key, kind: .direction(d), value: v)) }
                }
            case .province:
                let byProv = (a.commodityByProvince[t.key] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                for (p, v) in byProv where v != 0 { rows.append(CommodityRow(commodity: t.key, kind: .province(p), value: v)) }
            }
        }
        if matches(Labels.notSplit(.id) + " " + Labels.notSplit(.en)) {
            rows.append(CommodityRow(commodity: "", kind: .commodity, value: a.notSplitByCommodityRupiah))
        }
        return rows
    }
}

enum CommoditiesView {
    static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        let l = s.lang
        let w = layout.body.width
        let nameW = layout.compact ? 14 : 26
        let valueW = layout.compact ? 15 : 20
        let pctW = 7
        let barW = max(0, w - 2 - nameW - valueW - pctW - 3)
        let maxValue = s.commodityRows.filter { !$0.commodity.isEmpty }.map(\.value).max() ?? 0
        let total = model.aggregates.totalValueRupiah
        let header: StyledLine = [
            Span(TextWidth.fit(UIText.t("Komoditas", "Commodity", l) + " (" + UIText.view(s.commodityView, l) + ")", nameW) + " ", .title),
            Span(TextWidth.fit(UIText.t("Nilai", "Value", l), valueW, right: true) + " ", .title),
            Span(TextWidth.fit(UIText.t("Pangsa", "Share", l), pctW, right: true) + " ", .title),
        ]
        ListChrome.render(s, .commodities, into: &buf, layout, header: header, rowCount: s.commodityRows.count) { row, y, buf in
            let r = s.commodityRows[row]
            let name: String
            var role = Role.normal
            switch r.kind {
            case .commodity:
                name = r.commodity.isEmpty ? Labels.notSplit(l) : (model.dataset.commodity(r.commodity)?.name(l) ?? r.commodity)
                if r.commodity.isEmpty { role = .dim }
            case .direction(let d): name = "  · " + Labels.direction(d, l); role = .dim
            case .province(let p): name = "  · " + (model.regionNames[p] ?? p); role = .dim
            }
            var x = buf.put(TextWidth.fit(name, nameW) + " ", x: 1, y: y, role: role)
            x = buf.put(TextWidth.fit(layout.compact ? Rupiah.short(r.value, l) : Rupiah.exact(r.value), valueW, right: true) + " ", x: x, y: y, role: .money)
            let pct = Rupiah.percent(r.value, of: total, l) ?? "—"
            x = buf.put(TextWidth.fit(pct, pctW, right: true) + " ", x: x, y: y, role: .dim)
            if r.commodity.isEmpty {
                buf.put(UIText.t("(sumber tidak merinci per komoditas; tidak digambar sebagai batang)",
                                 "(sources give no commodity split; not drawn as a bar)", l), x: x, y: y, role: .dim, maxX: w)
            } else {
                let bar = Bars.bar(r.value, max: maxValue, width: barW)
                buf.put(bar, x: x, y: y, role: r.kind == .commodity ? .bar : .barDim, maxX: w)
                if r.value == 0 { buf.put("0", x: x, y: y, role: .dim) }
            }
        }
    }
}

enum DealsView {
    static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        let l = s.lang
        let id: ListID
        let rows: [Int32]
        let name: String
        switch s.detail {
        case .deals(let c)?:
            id = .deals
            rows = s.dealRows
            name = c.isEmpty ? Labels.notSplit(l) : (model.dataset.commodity(c)?.name(l) ?? c)
        case .missionDeals(let m)?:
            id = .missionDeals
            rows = s.missionDealRows
            name = model.missionIndex[m].map { model.aggregates.missions[$0].title } ?? m
        default: return
        }
        let w = layout.body.width
        let header: StyledLine = [
            Span("◀ " + name + " — ", .title),
            Span(UIText.t("Misi · Arah · Jenis · Pihak", "Mission · Direction · Kind · Party", l), .title),
        ]
        let valueW = layout.compact ? 14 : 20
        ListChrome.render(s, id, into: &buf, layout, header: header, rowCount: rows.count) { row, y, buf in
            let d = model.dataset.deals[Int(rows[row])]
            let m = model.missionIndex[d.mission].map { model.aggregates.missions[$0] }
            var x = buf.put(TextWidth.fit(layout.compact ? Rupiah.short(d.valueRupiah, l) : Rupiah.exact(d.valueRupiah), valueW, right: true) + " ",
                            x: 1, y: y, role: d.counts ? .money : .dim)
            var marks = ""
            if d.includedIn != nil { marks += "⊂" }
            if d.status == .withdrawn { marks += "✗" }
            if d.illustrative { marks += "◇" }
            x = buf.put(TextWidth.fit(marks, 2) + " ", x: x, y: y, role: .warning)
            var rest: StyledLine = [
                Span((m.map { DateText.medium($0.date, l) + " " + model.partnerNames($0) } ?? d.mission) + " · ", .normal),
                Span(Labels.direction(d.direction, l) + " · ", .dim),
                Span(UIText.dealKind(d.kind, l), .dim),
            ]
            if let c = d.commodity, id == .missionDeals { rest.append(Span(" · " + (model.dataset.commodity(c)?.name(l) ?? c))) }
            if d.status == .withdrawn { rest.append(Span(" · " + UIText.t("DITARIK", "WITHDRAWN", l), .negative)) }
            if let p = d.party ?? d.counterparty ?? d.description { rest.append(Span(" · " + p)) }
            buf.draw(rest, x: x, y: y, maxX: w)
        }
    }
}

/// The deal and mission forms, drawn over the body: every field, the value read back in words,
/// and what is wrong, as it is typed.
enum FormView {
    static func render(_ f: Form, _ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ body: Rect) {
        let l = s.lang
        let width = min(body.width - 2, 90)
        let x0 = max(0, (body.width - width) / 2)
        var lines: [StyledLine] = []
        switch f.kind {
        case .deal(let mission, let correcting):
            let title = model.missionIndex[mission].map { model.aggregates.missions[$0].title } ?? mission
            lines.append([Span((correcting == nil ? UIText.t("Catat transaksi — ", "Record a deal — ", l) : UIText.t("Perbaiki transaksi — ", "Correct a deal — ", l)) + title, .title)])
            if let fin = DealDesk.publishedFinal(mission, in: model.dataset), correcting == nil {
                lines.append([Span(UIText.t("Misi ini sudah punya angka final terbitan ", "This mission already has a published final of ", l) + Rupiah.exact(fin)
                                   + UIText.t("; transaksi ini menambahnya.", "; this deal adds to it.", l), .warning)])
            }
        case .mission:
            lines.append([Span(UIText.t("Misi baru untuk hari ini (total mulai dari nol)", "A new mission for the day (its total starts from zero)", l), .title)])
        }
        lines.append([])
        for (i, field) in f.fields.enumerated() {
            let focused = i == f.focus
            var line: StyledLine = [Span((focused ? "▶ " : "  ") + TextWidth.fit(UIText.t(field.labelId, field.labelEn, l), 28) + " ", focused ? .title : .dim)]
            switch field.kind {
            case .choice(_, let labels, let idx):
                line.append(Span("◀ " + (idx < labels.count ? labels[idx] : "") + " ▶", focused ? .selected : .normal))
            case .text(let t):
                line.append(Span(t + (focused ? "█" : ""), focused ? .selected : .normal))
            }
            lines.append(line)
        }
        lines.append([])
        switch f.parsedValue {
        case .success(let v)?:
            lines.append([Span("  = " + Rupiah.exact(v), .money)])
            lines.append([Span("    " + RupiahInput.words(v, l), .title)])
        case .failure(let e)?:
            if !(f.field("value")?.text.isEmpty ?? true) { lines.append([Span("  ✗ " + e.sentence(l), .negative)]) }
        case nil: break
        }
        if let e = f.error { lines.append([Span("  ✗ " + e, .negative)]) }
        if f.confirming, case .success(let v)? = f.parsedValue {
            lines.append([Span("  " + UIText.t("Nilai besar: ", "A large value: ", l) + RupiahInput.words(v, l) + ". " +
                               UIText.t("Benar? y = simpan, n = kembali", "Is that right? y = record it, n = go back", l), .highlight)])
        }
        let height = min(body.height, lines.count + 2)
        let top = body.y + max(0, (body.height - height) / 2)
        buf.fill(Rect(x: x0, y: top, width: width, height: height), role: .normal)
        for (i, line) in lines.prefix(height - 2).enumerated() {
            buf.draw(line, x: x0 + 2, y: top + 1 + i, maxX: x0 + width - 1)
        }
        for x in x0..<(x0 + width) {
            buf.put("─", x: x, y: top, role: .border)
            buf.put("─", x: x, y: top + height - 1, role: .border)
        }
    }
}
