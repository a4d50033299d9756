import TradeModel
import TradeState

/// A picker: a box with the search line on top and the matching choices beneath, each with its
/// details (dim) and count; ▶ and the selection bar on the one Enter takes.
public enum PickerView {
    public static func render(_ p: Picker, _ s: AppState, into buf: inout ScreenBuffer, _ body: Rect) {
        let l = s.lang
        func count(_ c: Picker.Choice) -> String { c.count.map { p.count($0, l) } ?? "" }
        let countWidth = p.choices.map { TextWidth.of(count($0)) }.max() ?? 0
        let natural = p.choices.map { 2 + TextWidth.of($0.label) + ($0.detail.isEmpty ? 0 : 2 + TextWidth.of($0.detail)) + 2 + countWidth }.max() ?? 0
        let inner = Overlay.innerWidth(body, natural: max(50, natural, TextWidth.of(p.title(l)) + 4))
        let rows = p.listRows(bodyHeight: body.height)
        let area = Overlay.box(&buf, body, width: inner + 4, height: rows + 4, title: p.title(l))
        let maxX = area.x + area.width
        // The search line, and how many of how many match.
        let tally = " \(p.matches.count)/\(p.choices.count)"
        let label = UIText.t("Cari: ", "Search: ", l)
        let x = buf.put(label, x: area.x, y: area.y, role: .title, maxX: maxX)
        TextFieldView.draw(p.query, x: x, y: area.y, width: max(1, maxX - x - TextWidth.of(tally) - 1), role: .normal, cursorRole: .selected,
                           focused: true, into: &buf)
        buf.put(tally, x: maxX - TextWidth.of(tally), y: area.y, role: .dim, maxX: maxX)
        for x in area.x - 1..<maxX + 1 { buf.put("─", x: x, y: area.y + 1, role: .border) }
        buf.put("├", x: area.x - 2, y: area.y + 1, role: .border)
        buf.put("┤", x: maxX + 1, y: area.y + 1, role: .border)
        if p.matches.isEmpty {
            buf.put(UIText.t("(tidak ada yang cocok — ⌫ atau ^U untuk mengubah pencarian)", "(nothing matches — ⌫ or ^U to change the search)", l),
                    x: area.x, y: area.y + 2, role: .dim, maxX: maxX)
            return
        }
        var top = p.top
        if p.cursor < top { top = p.cursor }
        if p.cursor >= top + rows { top = p.cursor - rows + 1 }
        top = max(0, min(top, p.matches.count - rows))
        for row in 0..<rows {
            let i = top + row
            guard i < p.matches.count else { break }
            let c = p.choices[p.matches[i]]
            let y = area.y + 2 + row
            let selected = i == p.cursor
            let end = maxX - countWidth - 2
            var cx = buf.put((selected ? "▶ " : "  ") + c.label, x: area.x, y: y, role: c.id == nil ? .title : .normal, maxX: end)
            if !c.detail.isEmpty { cx = buf.put("  " + c.detail, x: cx, y: y, role: .dim, maxX: end) }
            let n = count(c)
            buf.put(n, x: maxX - TextWidth.of(n), y: y, role: .dim, maxX: maxX)
            if selected {
                buf.restyle(Rect(x: area.x - 1, y: y, width: area.width + 2, height: 1), role: .selected)
            }
        }
    }
}
