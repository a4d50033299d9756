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
        hints(&buf, s, keys, layout)
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

    public static func header(_ buf: inout ScreenBuffer, _ s: AppState, _ model: DashboardModel, _ layout: Layout) {
        buf.fill(layout.header, role: .header)
        let ds = model.dataset
        var x = buf.put(" trade-tui", x: 0, y: 0, role: .header)
        if ds.illustrative { x = buf.put(" [" + Labels.illustrative(s.lang) + "]", x: x, y: 0, role: .illustrative) }
        // The long form where it fits beside the clock, else the longest that fits at all (the
        // total always shows; the clock and the title only where there is room after it).
        // A data problem needs the room more than the long forms do: then the shortest. Else the
        // longest form that leaves the data set's title whole beside the clock, where the layout
        // has room for a title at all.
        let forms = totalForms(model, s.lang)
        let title = s.lang == .id ? ds.title : ds.titleEn
        let besideTitle = layout.compact ? nil : forms.dropLast().first {
            x + 3 + TextWidth.of($0) + 3 + TextWidth.of(title) + 2 + TextWidth.of(s.clock) <= s.width
        }
        let total = s.dataProblem != nil ? forms[forms.count - 1] : besideTitle
            ?? forms.first { TextWidth.of($0) + 16 + TextWidth.of(s.clock) <= s.width }
            ?? forms.dropFirst().dropLast().first { x + 3 + TextWidth.of($0) <= s.width } ?? forms[forms.count - 1]
        x = buf.put(" │ " + TextWidth.clip(total, max(0, s.width - x - 3)), x: x, y: 0, role: .header, maxX: s.width)
        // The clock and the title only where they fit after the total, which always shows.
        let clockX = s.width - TextWidth.of(s.clock) - 1
        let clockFits = clockX > x + 1
        if let p = s.dataProblem {
            // The figures are as of the last good data: say so where the total is, never as current;
            // the time of the last good data matters more than the clock.
            let full = " " + p.sentence(s.lang, zone: s.zone), short = " " + p.short(s.lang, zone: s.zone)
            let end = clockFits ? clockX - 1 : s.width
            let text = x + TextWidth.of(full) <= end ? full : short
            buf.put(text, x: x, y: 0, role: .warning, maxX: s.width)
            if x + TextWidth.of(text) > end { return }
        } else if !layout.compact {
            let end = clockFits ? clockX - 1 : s.width
            let room = end - x - 3
            // Cut with "…", and only where a few letters of it can show.
            if room >= 8 { buf.put(" │ " + TextWidth.clip(s.lang == .id ? ds.title : ds.titleEn, room), x: x, y: 0, role: .header, maxX: end) }
        }
        if clockFits { buf.put(s.clock, x: clockX, y: 0, role: .header) }
    }

    /// The header's total, longest first: the transactions of the missions `TotalsScope` counts
    /// (the same figure and count as `summary`), never an official figure, and letters of intent
    /// apart, since they are not transactions. The last form leaves room for a data problem.
    public static func totalForms(_ model: DashboardModel, _ l: Language) -> [String] {
        let part = model.scope.all
        let n = part.missions
        let sum = Rupiah.short(model.transactionsRupiah, l)
        let loi = part.letterOfIntentRupiah
        guard loi > 0 else {
            return [UIText.t("Jumlah \(n) misi dalam data ini: \(sum) · bukan angka resmi", "\(n) missions in this data set: \(sum) · not an official figure", l),
                    UIText.t("Σ \(n) misi \(sum) (bukan angka resmi)", "Σ \(n) missions \(sum) (not official)", l)]
        }
        let value = Labels.letterOfIntentValue(loi, l)
        let short = PresenterView.bigText(model.transactionsRupiah, l), shortLoI = PresenterView.scaleLetter(value)
        return [UIText.t("Transaksi \(n) misi dalam data ini: \(sum) · bukan angka resmi · \(Labels.plusLetterOfIntent(loi, l))",
                         "Transactions of \(n) missions in this data set: \(sum) · not an official figure · \(Labels.plusLetterOfIntent(loi, l))", l),
                UIText.t("Σ transaksi \(n) misi \(sum) (bukan angka resmi) · LoI \(value) bukan transaksi",
                         "Σ transactions \(n) missions \(sum) (not official) · LoI \(value) not transactions", l),
                UIText.t("Σ \(n) misi \(short) bukan resmi · LoI \(shortLoI) bukan transaksi",
                         "Σ \(n) missions \(short) unofficial · LoI \(shortLoI) not transactions", l),
                UIText.t("Σ transaksi \(n) misi \(short) (bukan resmi)", "Σ transactions \(n) missions \(short) (not official)", l)]
    }

    public static func tabs(_ buf: inout ScreenBuffer, _ s: AppState, _ model: DashboardModel, _ layout: Layout) {
        buf.fill(layout.tabs, role: .tab)
        for (p, r) in TabStrip.ranges(s) {
            let active = p == s.panel
            let label = active ? "[" + TabStrip.label(p, s) + "]" : " " + TabStrip.label(p, s) + " "
            buf.put(label, x: r.lowerBound, y: layout.tabs.y, role: active ? .tabActive : .tab)
        }
        // Right side: the last change's outcome, else where changes go and as whom.
        let left = (TabStrip.ranges(s).last?.1.upperBound ?? 0) + 2
        var right: [Span] = []
        if let waited = s.waitingForJournal {
            // Keys still work; what was just changed is not saved yet, and the screen says so.
            right = [Span(UIText.t("⏳ menunggu jurnal (\(waited) d) — belum tersimpan", "⏳ waiting for the journal (\(waited) s) — not saved yet", s.lang), .warning)]
        } else if let st = s.status {
            right = [Span(st.text, st.isError ? .negative : .done)]
        } else if model.unshared > 0 {
            // Never claimed shared before the server has it.
            right = [Span(UIText.t("⚠ \(model.unshared) disimpan di laptop ini, belum dibagikan", "⚠ \(model.unshared) saved on this laptop, not yet shared",
                                   s.lang), .warning)]
        } else {
            if !model.warnings.isEmpty {
                right.append(Span("⚠ \(model.warnings.count) " + UIText.t("peringatan (!)", "warnings (!)", s.lang) + "  ", .warning))
            }
            let who = "✎ " + s.user + " → "
            let room = max(0, s.width - left - 1 - right.reduce(0) { $0 + TextWidth.of($1.text) } - TextWidth.of(who))
            right.append(Span(who + clipLeft(model.journalPath, room), .dim))
        }
        let width = right.reduce(0) { $0 + TextWidth.of($1.text) }
        let x = max(left, s.width - width - 1)
        buf.draw(right, x: x, y: layout.tabs.y, maxX: s.width)
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
        for b in keys.active(in: s.context) where b.hint {
            let need = TextWidth.of(b.label(s.lang)) + 1 + TextWidth.of(b.help(s.lang)) + 2
            if x + need > s.width { break }
            x = buf.put(b.label(s.lang), x: x, y: y, role: .hintKey)
            x = buf.put(" " + b.help(s.lang) + "  ", x: x, y: y, role: .hint)
        }
    }
}
