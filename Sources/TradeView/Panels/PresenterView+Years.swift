import TradeModel
import TradeState

/// The data set's fourth slide: its years as columns as tall as the screen allows, each with its
/// figure above it (in the longest form that fits the column, never cut) and its year beneath; what
/// is not a transaction (letters of intent) is said apart, beneath.
extension PresenterView {
    static func yearsSlide(_ buf: inout ScreenBuffer, _ title: SlideTitle, _ bars: [Bar], _ r: Rect, _ l: Language) {
        let w = r.width
        let years = bars.filter(\.drawn)
        let apart = bars.filter { !$0.drawn }
        let heading = title.lines(w - 4, rows: r.height >= 16 ? 2 : 1)
        let notes = apart.flatMap { b in
            StyledWrap.wrap([Span("+ " + b.label + " ", .dim), Span(Rupiah.short(b.value, l, places: b.places), .money),
                             Span(b.note.map { " " + $0 } ?? "", .dim)], width: w - 4, indent: 2)
        }
        let slot = years.isEmpty ? 0 : (w - 4) / years.count
        let plotRows = r.height - heading.count - 1 - 2 - (notes.isEmpty ? 0 : notes.count + 1)
        guard plotRows >= 3, slot >= 5 else { return heroSlide(&buf, title, bars, r, l) }
        var y = r.y
        for t in heading { buf.put(t, x: 2, y: y, role: .title, maxX: w - 1); y += 1 }
        let top = y + 2, bottom = top + plotRows - 1
        // Every year at Rp0 (all its lines letters of intent, say) draws empty columns, never divides by zero.
        let maxV = max(1, years.map(\.value).max() ?? 1)
        let colW = max(1, min(slot - 2, 12))
        for (i, b) in years.enumerated() {
            let x = 2 + i * slot + (slot - colW) / 2
            let e = max(0, Int((Int128(b.value) * Int128(plotRows * 8) + Int128(maxV / 2)) / Int128(maxV)))
            for k in 0..<(e / 8) { buf.put(String(repeating: "█", count: colW), x: x, y: bottom - k, role: .bar) }
            if e % 8 > 0 { buf.put(String(repeating: columnEighths[e % 8 - 1], count: colW), x: x, y: bottom - e / 8, role: .bar) }
            let centre = x + colW / 2
            // The figure right above its column, the year beneath it.
            if let v = firstFit(figureForms(b.value, l, places: b.places), slot - 1) {
                let vy = bottom - max(0, (e - 1) / 8) - 1
                buf.put(v, x: max(2, centre - TextWidth.of(v) / 2), y: max(top - 1, vy), role: .money)
            }
            buf.put(wordFit(b.label, slot - 1), x: max(2, centre - TextWidth.of(b.label) / 2), y: bottom + 1, role: .title)
        }
        var ny = bottom + 3
        for line in notes where ny < r.maxY {
            buf.draw(line, x: 2, y: ny, maxX: w - 1)
            ny += 1
        }
    }
}
