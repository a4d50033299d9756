import TradeModel
import TradeState

/// The deal and mission forms, drawn over the body: every field, the value read back in words,
/// and what is wrong, as it is typed.
public enum FormView {
    public static func render(_ f: Form, _ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ body: Rect) {
        let l = s.lang
        let width = min(body.width - 2, 90)
        let x0 = max(0, (body.width - width) / 2)
        var lines: [StyledLine] = []
        switch f.kind {
        case .deal(let mission, let correcting):
            let title = model.missionIndex[mission].map { model.aggregates.missions[$0].title } ?? mission
            lines.append([Span((correcting == nil ? UIText.t("Catat transaksi — ", "Record a deal — ", l) : UIText.t("Perbaiki transaksi — ", "Correct a deal — ", l)) + title, .title)])
            if let fin = DealDesk.publishedFinal(mission, in: model.dataset), correcting == nil {
                lines.append([Span(UIText.t("Misi ini sudah punya angka akhir yang diumumkan ", "This mission already has a published final of ", l) + Rupiah.exact(fin, l)
                                   + UIText.t("; transaksi ini menambahnya.", "; this deal adds to it.", l), .warning)])
            }
        case .mission:
            lines.append([Span(UIText.t("Misi baru untuk hari ini (total mulai dari nol)", "A new mission for the day (its total starts from zero)", l), .title)])
        }
        lines.append([])
        for (i, field) in f.fields.enumerated() {
            let focused = i == f.focus
            var line: StyledLine = [Span((focused ? "▶ " : "  ") + TextWidth.fit(UIText.t(field.labelId, field.labelEn, l), 28) + " ", focused ? .title : .dim)]
            switch field.kind {
            case .choice(_, let labels, let idx):
                line.append(Span("◀ " + (idx < labels.count ? labels[idx] : "") + " ▶", focused ? .selected : .normal))
            case .text(let t):
                line.append(Span(t + (focused ? "█" : ""), focused ? .selected : .normal))
            }
            lines.append(line)
        }
        lines.append([])
        switch f.parsedValue {
        case .success(let v)?:
            lines.append([Span("  = " + Rupiah.exact(v, l), .money)])
            lines.append([Span("    " + RupiahInput.words(v, l), .title)])
        case .failure(let e)?:
            if !(f.field("value")?.text.isEmpty ?? true) { lines.append([Span("  ✗ " + e.sentence(l), .negative)]) }
        case nil: break
        }
        if let e = f.error { lines.append([Span("  ✗ " + e, .negative)]) }
        if f.confirming, case .success(let v)? = f.parsedValue {
            lines.append([Span("  " + UIText.t("Nilai besar: ", "A large value: ", l) + RupiahInput.words(v, l) + ". " +
                               UIText.t("Benar? y = simpan, n = kembali", "Is that right? y = record it, n = go back", l), .highlight)])
        }
        let height = min(body.height, lines.count + 2)
        let top = body.y + max(0, (body.height - height) / 2)
        buf.fill(Rect(x: x0, y: top, width: width, height: height), role: .normal)
        for (i, line) in lines.prefix(height - 2).enumerated() {
            buf.draw(line, x: x0 + 2, y: top + 1 + i, maxX: x0 + width - 1)
        }
        for x in x0..<(x0 + width) {
            buf.put("─", x: x, y: top, role: .border)
            buf.put("─", x: x, y: top + height - 1, role: .border)
        }
    }
}
