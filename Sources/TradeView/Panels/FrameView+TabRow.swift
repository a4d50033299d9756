import TradeModel
import TradeState

/// The tab row: the tabs, and on the right the last change's outcome, else where changes go and
/// as whom. A message too long for the room shows its short form there (the count, who, when,
/// what or why first; "…" when cut), and whole on the bottom lines until the next key.
extension FrameView {
    public static func tabs(_ buf: inout ScreenBuffer, _ s: AppState, _ model: DashboardModel, _ layout: Layout) {
        buf.fill(layout.tabs, role: .tab)
        for (p, r) in TabStrip.ranges(s) {
            let active = p == s.panel
            let label = active ? "[" + TabStrip.label(p, s) + "]" : " " + TabStrip.label(p, s) + " "
            buf.put(label, x: r.lowerBound, y: layout.tabs.y, role: active ? .tabActive : .tab)
        }
        let room = tabRoom(s)
        var right: [Span]
        if let note = tabNote(s, model) {
            let text = TextWidth.of(note.full) <= room ? note.full : TextWidth.clip(note.short, room)
            right = [Span(text, note.role)]
        } else {
            right = []
            if !model.warnings.isEmpty {
                let n = model.warnings.count
                right.append(Span("⚠ " + UIText.t("\(n) peringatan (!)", Labels.count(n, "warning", "warnings") + " (!)", s.lang) + "  ", .warning))
            }
            let who = "✎ " + s.user + " → "
            let rest = max(0, room - right.reduce(0) { $0 + TextWidth.of($1.text) } - TextWidth.of(who))
            right.append(Span(who + clipLeft(model.journalPath, rest), .dim))
        }
        let width = right.reduce(0) { $0 + TextWidth.of($1.text) }
        let x = max(tabRoomStart(s), s.width - width - 1)
        buf.draw(right, x: x, y: layout.tabs.y, maxX: s.width)
    }

    /// What the right of the tab row says about changes, whole and short (nil: nothing to say).
    static func tabNote(_ s: AppState, _ model: DashboardModel) -> (full: String, short: String, role: Role)? {
        let l = s.lang
        if let waited = s.waitingForJournal {
            // Keys still work; what was just changed is not saved yet, and the screen says so.
            return (UIText.t("⏳ menunggu jurnal (\(waited) dtk) — belum tersimpan", "⏳ waiting for the journal (\(waited) s) — not saved yet", l),
                    UIText.t("⏳ belum tersimpan (\(waited) dtk)", "⏳ not saved yet (\(waited) s)", l), .warning)
        }
        if let st = s.status { return (st.text, st.tab ?? st.short ?? st.text, st.isError ? .negative : .done) }
        if model.unshared > 0 {
            // Never claimed shared before the server has it.
            let n = model.unshared
            return (UIText.t("⚠ \(n) disimpan di laptop ini, belum dibagikan", "⚠ \(n) saved on this laptop, not yet shared", l),
                    UIText.t("⚠ \(n) belum dibagikan", "⚠ \(n) not yet shared", l), .warning)
        }
        return nil
    }

    /// Where the right side of the tab row may start, and its width.
    static func tabRoomStart(_ s: AppState) -> Int { (TabStrip.ranges(s).last?.1.upperBound ?? 0) + 2 }
    static func tabRoom(_ s: AppState) -> Int { max(0, s.width - tabRoomStart(s) - 1) }

    /// The bottom of the frame: the question before quitting above the hints; else a message the
    /// tab row could not show whole, in the hints' place (and the line above, where no prompt is).
    static func bottom(_ buf: inout ScreenBuffer, _ s: AppState, _ model: DashboardModel, _ keys: KeyMap, _ layout: Layout) {
        // The question, and after `y` while the last change is on its way, that the desk saves it
        // and then quits (the question must not stay on screen as if unanswered).
        if s.askingToQuit || (s.quitting && QuitQuestion.pending(s)) {
            let text = s.askingToQuit ? QuitQuestion.text(s, model) : QuitQuestion.saving(s)
            let lines = wrap(text, width: max(1, s.width - 2), lines: 2)
            for (i, line) in lines.enumerated() {
                let y = layout.hints.y - lines.count + i
                guard y > layout.tabs.y else { continue }
                buf.fill(Rect(x: 0, y: y, width: s.width, height: 1), role: .highlight)
                buf.put(line, x: 1, y: y, role: .highlight)
            }
            hints(&buf, s, keys, layout)
            return
        }
        let lines = messageLines(s, layout, lines: s.conflict != nil || s.prompt != nil ? 1 : 2)
        guard let st = s.status, !lines.isEmpty else { return hints(&buf, s, keys, layout) }
        for (i, line) in lines.enumerated() {
            let y = layout.hints.y - lines.count + 1 + i
            buf.fill(Rect(x: 0, y: y, width: s.width, height: 1), role: .hint)
            buf.put(line, x: 1, y: y, role: st.isError ? .negative : .done)
        }
    }

    /// The status message whole, on up to `lines` lines, when the tab row could not show it whole
    /// (empty otherwise). Beneath a conflict's question, where its one line would cut the long
    /// form, the short one: who, when and what in fewer words.
    public static func messageLines(_ s: AppState, _ layout: Layout, lines: Int = 2) -> [String] {
        guard let st = s.status, s.waitingForJournal == nil, TextWidth.of(st.text) > tabRoom(s), !layout.tooSmall else { return [] }
        let width = max(1, s.width - 2)
        if s.conflict != nil, let short = st.short, wrap(st.text, width: width, lines: lines + 1).count > lines {
            return wrap(short, width: width, lines: lines)
        }
        return wrap(st.text, width: width, lines: lines)
    }

    /// Words into lines of at most `width` columns; the last line ends in "…" when text is left.
    static func wrap(_ text: String, width: Int, lines most: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var words = text.split(separator: " ").map(String.init)
        while !words.isEmpty {
            let w = words.removeFirst()
            if line.isEmpty && TextWidth.of(w) > width {
                // A word longer than a line: cut across it.
                line = TextWidth.prefix(w, width)
                if line.isEmpty { line = String(w.prefix(1)) }
                words.insert(String(w.dropFirst(line.count)), at: 0)
            } else if line.isEmpty || TextWidth.of(line) + 1 + TextWidth.of(w) <= width {
                line += (line.isEmpty ? "" : " ") + w
                continue
            } else {
                words.insert(w, at: 0)
            }
            lines.append(line)
            line = ""
            if lines.count == most { break }
        }
        if !line.isEmpty && lines.count < most { lines.append(line) }
        if !words.isEmpty, let last = lines.popLast() {
            lines.append(TextWidth.clip(last + " " + words.joined(separator: " "), width))
        }
        return lines
    }
}
