import TradeModel
import TradeState

extension ChecklistsView {
    /// The columns of an action row at one width, the same for every row so that they line up,
    /// an overdue row too.
    struct Columns {
        let width: Int
        /// 0 where compact.
        let owner: Int
        let due: Int
        /// "⚠ terlambat" in a column of its own where wide; where compact a "⚠" column; else
        /// (0) the ⚠ goes before the due date, inside its column.
        let late: Int
        /// The action's id, for `trade-tui action ID`, where wide.
        let id: Int

        init(_ layout: Layout, _ model: DashboardModel, _ l: Language) {
            width = layout.body.width
            owner = layout.compact ? 0 : min(28, width / 4)
            due = layout.compact ? 0 : 14
            let wide = width >= 140
            late = layout.compact ? 2 : wide ? TextWidth.of("⚠ " + Labels.overdue(l)) + 1 : 0
            id = wide ? min(30, (model.dataset.actions.map { TextWidth.of($0.id) }.max() ?? 0) + 1) : 0
        }
    }

    enum ActionRow {
        static func draw(_ act: FollowUpAction, _ model: DashboardModel, _ c: Columns, _ l: Language, y: Int, into buf: inout ScreenBuffer) {
            let overdue = model.isOverdue(act)
            let role: Role = act.status == .done ? .done : .normal
            let box = UIText.statusBox(act.status)
            // ✎ before the box: the action has notes (its history shows them).
            let noted = model.dataset.actionHistory[act.id]?.contains { $0.body.isNote } ?? false
            var x = buf.put("  ", x: 1, y: y, role: role)
            x = noted ? buf.put("✎", x: x, y: y, role: .dim) : buf.put(" ", x: x, y: y, role: role)
            x = buf.put(box + " ", x: x, y: y, role: role)
            let titleW = max(4, c.width - x - c.owner - c.due - c.late - c.id - 1)
            x = buf.put(TextWidth.fit(act.title(l), titleW) + " ", x: x, y: y, role: role)
            if c.owner > 0 {
                // An owner no source names is marked, glyph first so it survives the cut.
                let owner = (act.ownerBasis.isStated ? "" : act.ownerBasis.kind.glyph + " ") + act.owner
                x = buf.put(TextWidth.fit(owner, c.owner - 1) + " ", x: x, y: y, role: act.ownerBasis.isStated ? .dim : .provenance)
            }
            if c.due > 0 {
                var due = act.due.map { (act.dueBasis.isStated ? "" : "≈") + DateText.medium($0, l) } ?? "—"
                if overdue && c.late == 0 { due = "⚠ " + due }
                x = buf.put(TextWidth.fit(due, c.due - 1) + " ", x: x, y: y, role: overdue ? .overdue : .dim)
            }
            if c.late > 0 {
                if overdue { buf.put(c.due == 0 ? "⚠" : "⚠ " + Labels.overdue(l), x: x, y: y, role: .overdue, maxX: x + c.late) }
                x += c.late
            }
            if c.id > 0 { buf.put(act.id, x: x, y: y, role: .dim, maxX: c.width) }
        }
    }
}
