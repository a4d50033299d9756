import TradeModel
import TradeState

extension ScreenBuffer {
    /// Draws a line of spans from `x`, clipped at `maxX`. Where the spans left to draw begin in the
    /// last column or past it, the last column says the cut ("…"), as `put` does within a span.
    @discardableResult
    public mutating func draw(_ line: StyledLine, x: Int, y: Int, maxX: Int) -> Int {
        var cx = x
        let limit = min(width, maxX)
        for (i, span) in line.enumerated() {
            if cx > x, cx >= limit - 1, limit - x >= 2 {
                let rest = line[i...].map(\.text).joined()
                if TextWidth.of(rest) > limit - cx, rest.contains(where: { $0 != " " }) { return putCut(x: limit - 1, y: y, role: span.role) }
            }
            cx = put(span.text, x: cx, y: y, role: span.role, maxX: maxX)
        }
        return cx
    }

    /// The "…" of a cut at (x, y) (`Cell.cut`); the column after it.
    @discardableResult
    mutating func putCut(x: Int, y: Int, role: Role) -> Int {
        let end = put("…", x: x, y: y, role: role)
        if end > x { markCut(x, y) }
        return end
    }
}
