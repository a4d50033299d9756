import TradeModel
import TradeState

/// The whole screen: header, tabs, the focused panel, the hint bar, and help on top.
public enum FrameView {
    public static func render(_ s: AppState, _ model: DashboardModel, keys: KeyMap = .standard) -> ScreenBuffer {
        if s.presenter != nil { return PresenterView.render(s, model) }
        var buf = ScreenBuffer(width: s.width, height: s.height)
        let layout = Layout(width: s.width, height: s.height)
        if layout.tooSmall {
            tooSmall(&buf, s.lang)
            return buf
        }
        header(&buf, s, model, layout)
        tabs(&buf, s, model, layout)
        if s.showHelp && s.helpShowsWarnings {
            let all = WarningsContent.lines(s, model)
            for i in 0..<layout.body.height where s.helpScroll + i < all.count {
                buf.draw(all[s.helpScroll + i], x: layout.body.x + 2, y: layout.body.y + i, maxX: layout.body.x + layout.body.width)
            }
        } else if s.showHelp {
            HelpView.render(s, keys: keys, into: &buf, layout.body)
        } else {
            switch (s.panel, s.detail) {
            case (.missions, nil): MissionsView.render(s, model, into: &buf, layout)
            case (.commodities, nil): CommoditiesView.render(s, model, into: &buf, layout)
            case (.commodities, .deals?), (.missions, .missionDeals?): DealsView.render(s, model, into: &buf, layout)
            case (.checklists, nil): ChecklistsView.render(s, model, into: &buf, layout)
            default: DetailView.render(s, model, into: &buf, layout.body)
            }
        }
        Overlay.render(s, model, into: &buf, layout)
        prompt(&buf, s, layout)
        bottom(&buf, s, model, keys, layout)
        return buf
    }

    public static func tooSmall(_ buf: inout ScreenBuffer, _ l: Language) {
        let msg = UIText.t("Terminal terlalu kecil: perlu minimal \(Layout.minWidth)×\(Layout.minHeight) (sekarang \(buf.width)×\(buf.height))",
                           "Terminal too small: needs at least \(Layout.minWidth)×\(Layout.minHeight) (now \(buf.width)×\(buf.height))", l)
        // Word-wrap the message into whatever space there is.
        var lines: [String] = []
        var line = ""
        for word in msg.split(separator: " ") {
            if !line.isEmpty && TextWidth.of(line) + 1 + TextWidth.of(String(word)) > buf.width { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        let top = max(0, (buf.height - lines.count) / 2)
        for (i, l) in lines.enumerated() where top + i < buf.height {
            buf.put(l, x: max(0, (buf.width - TextWidth.of(l)) / 2), y: top + i, role: .warning)
        }
    }

    /// Keeps the end of a path (the file name matters most): `…/trade-tui/x.journal.jsonl`.
    public static func clipLeft(_ s: String, _ width: Int) -> String {
        guard width > 1 else { return "" }
        if TextWidth.of(s) <= width { return s }
        var out = ""
        var used = 1
        for c in s.reversed() {
            let w = TextWidth.of(c)
            if used + w > width { break }
            out.insert(c, at: out.startIndex)
            used += w
        }
        return "…" + out
    }

    /// The question after a conflict, just above the hints (a note, owner or due date is typed
    /// in a box over the body: `PromptView`).
    public static func prompt(_ buf: inout ScreenBuffer, _ s: AppState, _ layout: Layout) {
        guard s.conflict != nil else { return }
        let y = layout.hints.y - 1
        buf.fill(Rect(x: 0, y: y, width: s.width, height: 1), role: .highlight)
        buf.put(UIText.t(" ⚠ Belum diterapkan: a = terapkan tetap · Esc = biarkan punya mereka",
                         " ⚠ Not applied: a = apply mine anyway · Esc = keep theirs", s.lang), x: 0, y: y, role: .highlight)
    }

    public static func hints(_ buf: inout ScreenBuffer, _ s: AppState, _ keys: KeyMap, _ layout: Layout) {
        buf.fill(layout.hints, role: .hint)
        var x = 1
        let y = layout.hints.y
        let all = keys.active(in: s.context).filter(\.hint)
        // `? help  q quit` always end the bar where they apply; then, in a list, the keys it is used
        // for most (`hintFirst`), with their short help when their whole help leaves no room for
        // all of them; the other hints follow in the table's order, and the last of them give way.
        // (In a detail the table's order alone: the way back keeps its place.)
        let isTail = { (b: KeyBinding) in b.command == .help || b.command == .quit }
        let tail = all.filter { $0.command == .help } + all.filter { $0.command == .quit }
        let inList = !all.contains { $0.command == .back }
        let first = all.indices.filter { inList && !isTail(all[$0]) && all[$0].hintFirst != nil }
        func help(_ b: KeyBinding, short: Bool) -> String { short && inList && b.hintFirst != nil ? b.shortHelp(s.lang) : b.help(s.lang) }
        func need(_ b: KeyBinding, short: Bool) -> Int { TextWidth.of(b.label(s.lang)) + 1 + TextWidth.of(help(b, short: short)) + 2 }
        let room = s.width - x
        var used = tail.reduce(0) { $0 + need($1, short: false) }
        let short = used + first.reduce(0) { $0 + need(all[$1], short: false) } > room
        var shown: Set<Int> = []
        for i in first where used + need(all[i], short: short) <= room {
            used += need(all[i], short: short)
            shown.insert(i)
        }
        for i in all.indices where !isTail(all[i]) && !first.contains(i) {
            if used + need(all[i], short: false) > room { break }
            used += need(all[i], short: false)
            shown.insert(i)
        }
        for b in all.indices.filter(shown.contains).map({ all[$0] }) + tail {
            if x + need(b, short: short) > s.width { break }
            x = buf.put(b.label(s.lang), x: x, y: y, role: .hintKey)
            x = buf.put(" " + help(b, short: short) + "  ", x: x, y: y, role: .hint)
        }
    }
}
