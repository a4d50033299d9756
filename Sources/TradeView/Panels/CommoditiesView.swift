import TradeModel
import TradeState

public enum CommoditiesView {
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        let l = s.lang
        let w = layout.body.width
        let nameW = layout.compact ? 14 : 26
        // Wide enough for the widest exact figure (a million deals sum to Rp10^15 and more): a
        // rupiah figure is never cut; the bar gives up the room.
        let widest = layout.compact ? 0 : s.commodityRows.lazy.map { TextWidth.of(Rupiah.exact($0.value, l)) }.max() ?? 0
        let valueW = layout.compact ? 15 : max(20, min(widest, w / 4))
        let pctW = 7
        let markW = layout.compact ? 2 : 16
        let barW = max(0, w - 2 - nameW - valueW - pctW - 3 - markW)
        // Shares of the transactions: letters of intent are not among them (their own row, no share).
        let total = model.transactionsRupiah
        // A bar is the row's share of all transactions, as the percentage beside it says: 1,6 %
        // is a sliver, never a full-width bar scaled to the largest commodity.
        let maxValue = total
        // The order's arrow on the column it sorts by (the share sorts as the value does).
        let arrow = s.commoditySortDescending ? "↓" : "↑"
        let byName = s.commoditySort == .name ? arrow : "", byValue = s.commoditySort == .value ? arrow : ""
        let header: StyledLine = [
            Span(TextWidth.fit(UIText.t("Komoditas", "Commodity", l) + byName + " (" + UIText.view(s.commodityView, l) + ")", nameW) + " ", .title),
            Span(TextWidth.fit(UIText.t("Nilai", "Value", l) + byValue, valueW, right: true) + " ", .title),
            Span(TextWidth.fit(UIText.t("Pangsa", "Share", l) + byValue, pctW, right: true) + " ", .title),
        ]
        ListChrome.render(s, .commodities, model, into: &buf, layout, header: header, rowCount: s.commodityRows.count) { row, y, buf in
            let r = s.commodityRows[row]
            let name: String
            var role = Role.normal
            switch r.kind {
            case .commodity:
                name = r.commodity.isEmpty ? Labels.notSplit(l) : (model.dataset.commodity(r.commodity)?.name(l) ?? r.commodity)
                if r.commodity.isEmpty { role = .dim }
            case .direction(let d): name = "  · " + Labels.direction(d, l); role = .dim
            case .province(let p): name = "  · " + (model.regionNames[p] ?? p); role = .dim
            case .letterOfIntent: name = "LoI"; role = .dim
            }
            // Named in the sources without a value (no line in the data): no Rp0, no 0,0 %.
            let unvalued = r.kind == .commodity && !r.commodity.isEmpty && r.value == 0
                && !(model.dealsByCommodity[r.commodity] ?? []).contains { model.dataset.deals[Int($0)].status != .withdrawn }
            var x = buf.put(TextWidth.fit(name, nameW) + " ", x: 1, y: y, role: role)
            let value = unvalued ? "—" : layout.compact ? Rupiah.short(r.value, l) : Rupiah.exact(r.value, l)
            x = buf.put(TextWidth.fit(value, valueW, right: true) + " ", x: x, y: y, role: unvalued ? .dim : .money)
            // A zero share is a dash, as no bar is drawn for it: never "0" or "0,0%".
            let pct = r.kind == .letterOfIntent || unvalued || r.value == 0 ? "—" : Rupiah.percent(r.value, of: total, l) ?? "—"
            x = buf.put(TextWidth.fit(pct, pctW, right: true) + " ", x: x, y: y, role: .dim)
            if r.kind == .letterOfIntent {
                buf.put(UIText.t("surat pernyataan minat (LoI): bukan transaksi, di luar total transaksi",
                                 "letters of intent (LoI): not transactions, kept out of the transaction total", l),
                        x: x, y: y, role: .warning, maxX: w)
            } else if unvalued {
                let long = UIText.t("tidak bernilai dalam sumber", "no value in the sources", l)
                buf.put(x + TextWidth.of(long) <= w ? long : UIText.t("tanpa nilai", "no value", l), x: x, y: y, role: .dim, maxX: w)
            } else if r.commodity.isEmpty {
                buf.put(UIText.t("(sumber tidak merinci per komoditas; tidak digambar sebagai batang)",
                                 "(sources give no commodity split; not drawn as a bar)", l), x: x, y: y, role: .dim, maxX: w)
            } else {
                let bar = Bars.bar(r.value, max: maxValue, width: barW)
                buf.put(bar, x: x, y: y, role: r.kind == .commodity ? .bar : .barDim, maxX: w)
                if r.kind == .commodity && model.commoditiesWithInferences.contains(r.commodity) {
                    let mark = layout.compact ? Provenance.Kind.inferred.glyph : Provenance.Kind.inferred.mark(l)
                    buf.put(" " + mark, x: x + TextWidth.of(bar), y: y, role: .provenance, maxX: w)
                }
            }
        }
    }
}

