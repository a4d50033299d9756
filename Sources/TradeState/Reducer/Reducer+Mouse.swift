import TradeModel

/// The mouse does what keys do, where the pointer is: a tab focuses its panel, a row is selected,
/// a click on the selected row is Enter, the wheel scrolls the list, detail or help under it.
extension Reducer {
    /// Rows the wheel moves per notch.
    static let wheelStep = 3

    static func mouse(_ s: inout AppState, _ m: MouseEvent, _ model: DashboardModel, keys: KeyMap = .standard) {
        // The projector is read-only and driven by a clicker: a click there changes nothing.
        if s.presenter != nil { return }
        // A question, a form or a line being typed has the keyboard; nothing under it moves.
        if s.askingToQuit || s.conflict != nil || s.form != nil || s.prompt != nil || s.picker != nil { return }
        let layout = Layout(width: s.width, height: s.height)
        if layout.tooSmall { return }
        switch m {
        case .click(let x, let y):
            // Help (or the warnings) is on top: a click anywhere closes it, as Esc does.
            if s.showHelp { s.showHelp = false; return }
            if y == layout.tabs.y {
                for (panel, range) in TabStrip.ranges(s) where range.contains(x) {
                    _ = run(&s, [.showMissions, .showCommodities, .showChecklists][panel.rawValue], model)
                }
                return
            }
            guard let id = s.listID, let l = s.lists[id] else { return }
            let page = layout.listRows(filterShown: s.filterShown(id))
            let row = l.top + (y - layout.listTop)
            guard y >= layout.listTop, y < layout.listTop + page, row < s.rowCount(id) else { return }
            if l.cursor == row && l.gone == nil {
                // The selected row: what Enter does here (open it, or keep the filter being typed).
                if let cmd = keys.command(for: .enter, in: s.context) { _ = run(&s, cmd, model) }
            } else {
                var moved = l
                moved.cursor = row
                choose(id, moved, &s, model, page: page)
            }
        case .wheelUp(_, let y), .wheelDown(_, let y):
            // Only over the body: the header, the tab row and the hints do not scroll.
            guard y >= layout.body.y, y < layout.body.maxY else { return }
            let up = if case .wheelUp = m { true } else { false }
            for _ in 0..<wheelStep { move(&s, up ? .up : .down, model, layout) }
        }
    }
}
