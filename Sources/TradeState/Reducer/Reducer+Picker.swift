import TradeModel

/// The picker over the Checklists panel (owner `w`, mission `m`), the Missions panel (year `y`)
/// and the deal form (its mission): typing narrows, ↑/↓ move, Enter takes the choice, Esc leaves everything as it was.
extension Reducer {
    static func openPicker(_ s: inout AppState, _ purpose: Picker.Purpose, _ model: DashboardModel, current: String?, typed: Character? = nil) {
        var p: Picker = switch purpose {
        case .ownerFilter: .owners(model, s)
        case .missionFilter: .actionMissions(model, s)
        case .yearFilter: .years(model, current: current.flatMap { Int($0) }, s.lang)
        case .dealMission: .dealMissions(model, current: current, s.lang)
        }
        if let typed {
            p.query.apply(.insert(typed))
            p.refilter()
        }
        p.scroll(rows: p.listRows(bodyHeight: Layout(width: s.width, height: s.height).body.height))
        s.picker = p
    }

    static func pickerCommand(_ s: inout AppState, _ cmd: Command, _ key: Key?, _ model: DashboardModel) -> [Effect] {
        guard var p = s.picker else { return [] }
        let rows = p.listRows(bodyHeight: Layout(width: s.width, height: s.height).body.height)
        switch cmd {
        case .quit: return run(&s, cmd, model)
        case .up: p.move(-1, rows: rows)
        case .down: p.move(1, rows: rows)
        case .pageUp: p.move(-rows, rows: rows)
        case .pageDown: p.move(rows, rows: rows)
        case .cancelPick:
            s.picker = nil
            return []
        case .pick:
            guard let c = p.chosen else { return [] }
            s.picker = nil
            picked(&s, c.id, p.purpose, model)
            return []
        default:
            guard let edit = textEdit(cmd, key) else { return [] }
            let before = p.query.text
            p.query.apply(edit, maxLength: Prompt.maxLength)
            if p.query.text != before { p.refilter() }
        }
        s.picker = p
        return []
    }

    /// Applies a choice: a filter (nil clears it), or the deal form's mission (and on to the next field).
    static func picked(_ s: inout AppState, _ id: String?, _ purpose: Picker.Purpose, _ model: DashboardModel) {
        switch purpose {
        case .ownerFilter:
            s.checklistOwner = id
            refresh(.checklists, &s, model)
        case .missionFilter:
            s.checklistMission = id
            refresh(.checklists, &s, model)
        case .yearFilter:
            s.yearFilter = id.flatMap { Int($0) }
            refresh(.missions, &s, model)
        case .dealMission:
            guard var f = s.form, let i = f.index("mission"), case .choice(let ids, let labels, _) = f.fields[i].kind,
                  let id, let j = ids.firstIndex(of: id) else { return }
            f.fields[i].kind = .choice(ids, labels: labels, index: j)
            f.focus = min(i + 1, f.fields.count - 1)
            f.error = nil
            s.form = f
        }
    }
}
