import TradeModel
import TradeState

/// Forms, prompts and pickers are drawn as boxes over the body: every cell inside and the border
/// drawn, so nothing behind shows through, and the panel behind dimmed with its selection hidden,
/// so the eye goes to the box that has the keyboard.
public enum Overlay {
    /// Draws whatever is open over the body: the form, the prompt, and a picker on top of both.
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ layout: Layout) {
        guard s.form != nil || s.prompt != nil || s.picker != nil else { return }
        dimBehind(&buf, layout.body)
        if let f = s.form { FormView.render(f, s, model, into: &buf, layout.body) }
        if let p = s.prompt { PromptView.render(p, s, model, into: &buf, layout.body) }
        if let p = s.picker {
            // Over a form, the form recedes too.
            if s.form != nil || s.prompt != nil { dimBehind(&buf, layout.body) }
            PickerView.render(p, s, into: &buf, layout.body)
        }
    }

    /// The panel behind stays readable but recedes, and its selection (the bar and ▶ in column 0)
    /// is not drawn beside the box.
    static func dimBehind(_ buf: inout ScreenBuffer, _ body: Rect) {
        buf.restyle(body, role: .dim)
        for y in body.y..<min(buf.height, body.maxY) where body.x < buf.width {
            if ["▶", "▷"].contains(buf[body.x, y].ch) { buf.put(" ", x: body.x, y: y, role: .dim) }
        }
    }

    /// A box of `width`×`height` centred in `body` (never larger; the whole width up to 100
    /// columns, so no sliver of the list shows at its sides): border, title in the top border,
    /// every inner cell cleared. Returns the inner rectangle, one column of padding inside.
    @discardableResult
    static func box(_ buf: inout ScreenBuffer, _ body: Rect, width: Int, height: Int, title: String) -> Rect {
        let w = body.width <= 100 ? body.width : max(4, min(width, body.width)), h = max(3, min(height, body.height))
        let x0 = body.x + (body.width - w) / 2, y0 = body.y + (body.height - h) / 2
        buf.fill(Rect(x: x0, y: y0, width: w, height: h), role: .normal)
        for x in x0 + 1..<x0 + w - 1 {
            buf.put("─", x: x, y: y0, role: .border)
            buf.put("─", x: x, y: y0 + h - 1, role: .border)
        }
        for y in y0 + 1..<y0 + h - 1 {
            buf.put("│", x: x0, y: y, role: .border)
            buf.put("│", x: x0 + w - 1, y: y, role: .border)
        }
        buf.put("┌", x: x0, y: y0, role: .border)
        buf.put("┐", x: x0 + w - 1, y: y0, role: .border)
        buf.put("└", x: x0, y: y0 + h - 1, role: .border)
        buf.put("┘", x: x0 + w - 1, y: y0 + h - 1, role: .border)
        if !title.isEmpty, w > 6 { buf.put(" " + title + " ", x: x0 + 2, y: y0, role: .title, maxX: x0 + w - 2) }
        return Rect(x: x0 + 2, y: y0 + 1, width: max(0, w - 4), height: max(0, h - 2))
    }

    /// The columns inside a box whose content would take `natural` (at least 10): as `box` will
    /// draw it, so text wrapped to it fits.
    static func innerWidth(_ body: Rect, natural: Int) -> Int {
        max(10, body.width <= 100 ? body.width - 4 : min(natural, body.width - 8, 116))
    }
}

/// A `TextField` drawn in a row: the text scrolls so the cursor stays in view, the cursor is a
/// reverse cell on the character it stands on (or after the end), and pre-filled text shows
/// selected until it is typed over or kept.
public enum TextFieldView {
    public static func draw(_ f: TextField, x: Int, y: Int, width: Int, role: Role, cursorRole: Role, focused: Bool,
                            into buf: inout ScreenBuffer) {
        guard width > 0 else { return }
        let maxX = x + width
        guard focused else {
            buf.put(f.text, x: x, y: y, role: role, maxX: maxX)
            return
        }
        if f.selected {
            let end = buf.put(TextWidth.clip(f.text, width - 1), x: x, y: y, role: cursorRole, maxX: maxX)
            buf.put(" ", x: end, y: y, role: cursorRole, maxX: maxX)
            return
        }
        let after = f.fromCursor
        let under = after.first.map(String.init) ?? " "
        // What comes before the cursor: all of it, or its end after "…".
        var before = f.beforeCursor
        let room = width - TextWidth.of(under)
        if TextWidth.of(before) > room { before = tail(before, room) }
        var cx = buf.put(before, x: x, y: y, role: role, maxX: maxX)
        cx = buf.put(under, x: cx, y: y, role: cursorRole, maxX: maxX)
        buf.put(String(after.dropFirst()), x: cx, y: y, role: role, maxX: maxX)
    }

    /// The end of `s` in `width` columns, after "…" when its start is left out.
    static func tail(_ s: String, _ width: Int) -> String { FrameView.clipLeft(s, width) }
}
