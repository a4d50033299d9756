import TradeModel
import TradeState

public enum ChecklistsView {
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        let l = s.lang
        let w = layout.body.width
        let a = model.aggregates
        let overall = Labels.progress(done: a.checklistDone, total: a.checklistTotal, unknown: a.checklistUnknown, l)
        // The filters show as chips on the filter line, which fits them; the title says the order.
        let title = s.checklistSort == .due ? UIText.t("Tindak lanjut menurut tenggat", "Follow-up actions by due date", l)
            : UIText.t("Rekomendasi dan tindak lanjut", "Recommendations and follow-up actions", l)
        let header: StyledLine = [
            Span(title + " — ", .title),
            Span(overall + " ", .title),
            Span(Bars.progress(a.checklistDone, a.checklistTotal, width: 10), .title),
        ]
        let ds = model.dataset
        let cols = Columns(layout, model, l)
        ListChrome.render(s, .checklists, model, into: &buf, layout, header: header, rowCount: s.checklistRows.count) { row, y, buf in
            switch model.checklist[s.checklistRows[row]] {
            case .recommendation(let ri):
                let r = ds.recommendations[ri]
                let p = a.checklist.first { $0.recommendation == r.id }
                let done = p?.done ?? 0, total = p?.total ?? 0
                var x = buf.put(Bars.progress(done, total, width: 8) + " ", x: 1, y: y, role: .bar)
                x = buf.put("\(done)/\(total) ", x: x, y: y, role: .title)
                // Only the paper's six carry its numbers; any other grouping says it is not the paper's.
                if let n = r.order {
                    x = buf.put("\(n). " + r.title(l), x: x, y: y, role: .title, maxX: w)
                } else {
                    x = buf.put(UIText.t("di luar makalah: ", "not from the paper: ", l) + r.title(l), x: x, y: y, role: .title, maxX: w)
                    x = buf.put("  " + r.basis.kind.mark(l), x: x, y: y, role: .provenance, maxX: w)
                }
                if let o = p?.overdue, o > 0 {
                    buf.put("  ⚠ \(o) " + Labels.overdue(l), x: x, y: y, role: .overdue, maxX: w)
                }
            case .action(let ai):
                ActionRow.draw(ds.actions[ai], model, cols, l, y: y, into: &buf)
            case .heading(let h):
                let title = h == .obstacles ? UIText.t("Kendala yang disebut sumber", "Obstacles the sources name", l)
                    : UIText.t("Indikator", "Indicators", l)
                buf.put(title, x: 1, y: y, role: .title, maxX: w)
            case .obstacle(let i):
                let o = ds.obstacles[i]
                let line: StyledLine = [Span("   • " + (l == .id ? o.textId : o.textEn)), Span(" [" + o.source + "]", .dim)]
                    + (o.basis.isStated ? [] : [Span("  " + o.basis.kind.mark(l), .provenance)])
                buf.draw(line, x: 1, y: y, maxX: w)
            case .indicator(let i):
                let x = ds.indicators[i]
                let line: StyledLine = [Span("   • " + x.subject.text(l) + " (" + DateText.period(x.period, l) + "): "), Span(x.figure(l), .money),
                                        Span(" [" + x.source + "]", .dim)] + (x.basis.isStated ? [] : [Span("  " + x.basis.kind.mark(l), .provenance)])
                buf.draw(line, x: 1, y: y, maxX: w)
            }
        }
    }
}

