import TradeModel
import TradeState

public enum ChecklistsView {
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        let l = s.lang
        let w = layout.body.width
        let a = model.aggregates
        let overall = Labels.progress(done: a.checklistDone, total: a.checklistTotal, unknown: a.checklistUnknown, l)
        var header: StyledLine = [
            Span(UIText.t("Rekomendasi dan tindak lanjut", "Recommendations and follow-up actions", l) + " — ", .title),
            Span(overall + " ", .title),
            Span(Bars.progress(a.checklistDone, a.checklistTotal, width: 10), .title),
        ]
        if s.checklistStatus != .all {
            let word: String = switch s.checklistStatus {
            case .open: UIText.t("belum selesai", "open", l)
            case .done: UIText.t("selesai", "done", l)
            case .overdue: Labels.overdue(l)
            case .all: ""
            }
            header.append(Span("  [" + word + "]", .warning))
        }
        if let o = s.checklistOwner { header.append(Span("  [" + UIText.t("penanggung jawab: ", "owner: ", l) + o + "]", .warning)) }
        if let m = s.checklistMission { header.append(Span("  [" + UIText.t("misi: ", "mission: ", l) + m + "]", .warning)) }
        let ds = model.dataset
        let ownerW = layout.compact ? 0 : min(28, w / 4)
        let dueW = layout.compact ? 0 : 14
        ListChrome.render(s, .checklists, into: &buf, layout, header: header, rowCount: s.checklistRows.count) { row, y, buf in
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
                let act = ds.actions[ai]
                let overdue = model.isOverdue(act)
                let box = switch act.status {
                case .done: "[✓]"
                case .inProgress: "[~]"
                case .open: "[ ]"
                case .unknown: "[?]"
                }
                var x = buf.put("   " + box + " ", x: 1, y: y, role: act.status == .done ? .done : .normal)
                let titleW = max(4, w - x - ownerW - dueW - (overdue ? 14 : 1))
                x = buf.put(TextWidth.fit(act.title(l), titleW) + " ", x: x, y: y, role: act.status == .done ? .done : .normal)
                if ownerW > 0 {
                    // An owner no source names is marked, glyph first so it survives the cut.
                    let owner = (act.ownerBasis.isStated ? "" : act.ownerBasis.kind.glyph + " ") + act.owner
                    x = buf.put(TextWidth.fit(owner, ownerW - 1) + " ", x: x, y: y, role: act.ownerBasis.isStated ? .dim : .provenance)
                }
                if dueW > 0 {
                    let due = act.due.map { (act.dueBasis.isStated ? "" : "≈") + DateText.medium($0, l) } ?? "—"
                    x = buf.put(TextWidth.fit(due, dueW - 1) + " ", x: x, y: y, role: overdue ? .overdue : .dim)
                }
                if overdue { buf.put("⚠ " + Labels.overdue(l), x: x, y: y, role: .overdue, maxX: w) }
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

