import TradeModel
import TradeState

public enum DealsView {
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
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
        var header: StyledLine = [Span("◀ " + name + " — ", .title)]
        // The order, unless it is the data's own.
        if s.dealSort != .recorded || s.dealSortDescending {
            header.append(Span(UIText.t("urut ", "by ", l) + UIText.dealSort(s.dealSort, l) + (s.dealSortDescending ? "↓" : "↑") + " — ", .title))
        }
        header.append(Span(UIText.t("Misi · Arah · Jenis · Pihak", "Mission · Direction · Kind · Party", l), .title))
        let valueW = layout.compact ? 14 : 20
        ListChrome.render(s, id, model, into: &buf, layout, header: header, rowCount: rows.count) { row, y, buf in
            let d = model.dataset.deals[Int(rows[row])]
            let m = model.missionIndex[d.mission].map { model.aggregates.missions[$0] }
            var x = buf.put(TextWidth.fit(layout.compact ? Rupiah.short(d.valueRupiah, l) : Rupiah.exact(d.valueRupiah, l), valueW, right: true) + " ",
                            x: 1, y: y, role: d.counts ? .money : .dim)
            var marks = ""
            if d.includedIn != nil { marks += "⊂" }
            if d.status == .withdrawn { marks += "✗" }
            if d.illustrative { marks += "◇" }
            x = buf.put(TextWidth.fit(marks, 2) + " ", x: x, y: y, role: .warning)
            var rest: StyledLine = d.period.map { [Span($0 + " · ", .money)] } ?? []
            rest += [
                Span((m.map { DateText.medium($0.date, l) + " " + model.partnerNames($0) } ?? d.mission) + " · ", .normal),
                Span(Labels.direction(d.direction, l) + " · ", .dim),
                Span(UIText.dealKind(d.kind, l), .dim),
            ]
            if let c = d.commodity, id == .missionDeals { rest.append(Span(" · " + (model.dataset.commodity(c)?.name(l) ?? c))) }
            if d.status == .withdrawn { rest.append(Span(" · " + UIText.t("DITARIK", "WITHDRAWN", l), .negative)) }
            if let p = d.party ?? d.counterparty ?? d.description { rest.append(Span(" · " + p)) }
            // Another source prints a different figure for this line.
            if !d.conflictsWith.isEmpty {
                rest.append(Span("  ≠ " + d.conflictsWith.map { Rupiah.short($0.valueRupiah, l) + " [" + $0.source + "]" }.joined(separator: ", "), .conflict))
            }
            // How the line was obtained, and whether a source places it inside the total it points to.
            if !d.basis.isStated { rest.append(Span("  " + d.basis.kind.mark(l), .provenance)) }
            if d.includedIn != nil && !d.includedInBasis.isStated { rest.append(Span("  ⊂ " + d.includedInBasis.kind.mark(l), .provenance)) }
            buf.draw(rest, x: x, y: y, maxX: w)
        }
    }
}
