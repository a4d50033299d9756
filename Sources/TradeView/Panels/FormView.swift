import TradeModel
import TradeState

/// The deal and mission forms, a box over the body: every field, the value read back in words,
/// and what is wrong, as it is typed. Sentences wrap inside the box, never cut.
public enum FormView {
    /// Columns of the label before each field's value ("▶ " + 28 + " ").
    static let labelWidth = 31

    public static func render(_ f: Form, _ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ body: Rect) {
        let l = s.lang
        let fields = f.fields.map { value(f, $0, s, model) }
        // The sentences said about the form wrap inside the box, never cut. The box keeps one
        // width while typing: wide enough at 160 columns for the warning and the question on one
        // line each, the whole width at 80.
        var said: [StyledLine] = []
        if case .deal(_, nil) = f.kind, let m = f.dealMission, let fin = DealDesk.publishedFinal(m, in: model.dataset) {
            said.append([Span(UIText.t("Misi ini sudah punya angka akhir yang diumumkan ", "This mission already has a published final of ", l)
                              + Rupiah.exact(fin, l) + UIText.t("; transaksi ini menambahnya.", "; this deal adds to it.", l), .warning)])
        }
        var after: [(StyledLine, Int)] = []
        // The value is read as typed, the way the interface's language writes figures.
        var live: String?
        switch f.parsedValue(l) {
        case .success(let v)?:
            after.append(([Span("  = " + Rupiah.exact(v, l), .money)], 4))
            after.append(([Span("    " + RupiahInput.words(v, l), .title)], 4))
        case .failure(let e)?:
            if !(f.field("value")?.text.isEmpty ?? true) {
                live = e.sentence(l, reading: l)
                after.append(([Span("  ✗ " + e.sentence(l, reading: l), .negative)], 4))
            }
        case nil: break
        }
        // Enter on a value that does not read says the same sentence: it is shown once.
        if let e = f.error, e != live { after.append(([Span("  ✗ " + e, .negative)], 4)) }
        if f.confirming, case .success(let v)? = f.parsedValue(l) {
            after.append(([Span("  " + UIText.t("Nilai besar: ", "A large value: ", l) + RupiahInput.words(v, l) + ". " +
                                UIText.t("Benar? y = simpan, n = kembali", "Is that right? y = record it, n = go back", l), .highlight)], 2))
        }
        let inner = Overlay.innerWidth(body, natural: max(100, TextWidth.of(title(f, model, l)) + 4))
        var head = said.flatMap { StyledWrap.wrap($0, width: inner, indent: 0) }
        if !head.isEmpty { head.append([]) }
        var tail: [StyledLine] = [[]] + after.flatMap { StyledWrap.wrap($0.0, width: inner, indent: $0.1) }
        if tail == [[]] { tail = [] }
        // Too tall for the body: blank lines go first, then the warning; then the fields scroll
        // so the one being typed in, and what is said about it, stay in view.
        let room = max(1, body.height - 2)
        var lines = head + fields.indices.map { _ in StyledLine() } + tail
        var fieldTop = head.count
        if lines.count > room {
            head.removeAll { $0.isEmpty }
            tail.removeAll { $0.isEmpty }
            if head.count + fields.count + tail.count > room { head = [] }
            lines = head + fields.indices.map { _ in StyledLine() } + tail
            fieldTop = head.count
        }
        let start = lines.count > room ? max(0, min(fieldTop + f.focus, lines.count - room)) : 0
        let shown = min(room, lines.count)
        let area = Overlay.box(&buf, body, width: inner + 4, height: shown + 2, title: title(f, model, l))
        for row in 0..<shown {
            let i = start + row, y = area.y + row
            let k = i - fieldTop
            if k >= 0 && k < fields.count {
                drawField(f, k, fields[k], s, into: &buf, x: area.x, y: y, maxX: area.x + area.width)
            } else {
                buf.draw(lines[i], x: area.x, y: y, maxX: area.x + area.width)
            }
        }
    }

    static func title(_ f: Form, _ model: DashboardModel, _ l: Language) -> String {
        switch f.kind {
        case .deal(_, let correcting):
            let m = f.dealMission ?? ""
            let name = model.missionIndex[m].map { model.aggregates.missions[$0].title } ?? m
            return (correcting == nil ? UIText.t("Catat transaksi — ", "Record a deal — ", l) : UIText.t("Perbaiki transaksi — ", "Correct a deal — ", l)) + name
        case .mission:
            return UIText.t("Misi baru untuk hari ini (total mulai dari nol)", "A new mission for the day (its total starts from zero)", l)
        }
    }

    /// A field's value as shown (text fields are drawn with their cursor by `drawField`).
    static func value(_ f: Form, _ field: Form.Field, _ s: AppState, _ model: DashboardModel) -> StyledLine {
        let l = s.lang
        switch field.kind {
        case .choice(_, let labels, let idx):
            var line: StyledLine = [Span("◀ " + (idx < labels.count ? labels[idx] : "") + " ▶")]
            if field.searchable { line.append(Span(UIText.t("  ketik untuk mencari", "  type to search", l), .dim)) }
            return line
        case .text(let t):
            var line: StyledLine = [Span(t.text + " ")]
            if field.key == "unit" && f.unitWaitsForQuantity {
                line.append(Span(UIText.t(" (dicatat bila Jumlah diisi)", " (recorded with a quantity)", l), .dim))
            }
            return line
        }
    }

    static func drawField(_ f: Form, _ k: Int, _ shown: StyledLine, _ s: AppState, into buf: inout ScreenBuffer, x: Int, y: Int, maxX: Int) {
        let field = f.fields[k]
        let focused = k == f.focus && !f.confirming
        let label = (k == f.focus ? "▶ " : "  ") + TextWidth.fit(UIText.t(field.labelId, field.labelEn, s.lang), labelWidth - 3) + " "
        let vx = buf.put(label, x: x, y: y, role: k == f.focus ? .title : .dim, maxX: maxX)
        switch field.kind {
        case .choice:
            var cx = buf.put(shown[0].text, x: vx, y: y, role: focused ? .selected : .normal, maxX: maxX)
            if focused { for span in shown.dropFirst() { cx = buf.put(span.text, x: cx, y: y, role: span.role, maxX: maxX) } }
        case .text(let t):
            let note = shown.dropFirst().first
            let noteWidth = note.map { TextWidth.of($0.text) } ?? 0
            let width = max(1, maxX - vx - (TextWidth.of(t.text) + 1 + noteWidth <= maxX - vx ? noteWidth : 0))
            TextFieldView.draw(t, x: vx, y: y, width: width, role: .normal, cursorRole: .selected, focused: focused, into: &buf)
            if let note, TextWidth.of(t.text) + 1 + noteWidth <= maxX - vx {
                buf.put(note.text, x: vx + TextWidth.of(t.text) + 1, y: y, role: .dim, maxX: maxX)
            }
        }
    }
}
