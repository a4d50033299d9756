import TradeModel
import TradeState

extension ScreenBuffer {
    /// Draws a line of spans from `x`, clipped at `maxX`.
    @discardableResult
    public mutating func draw(_ line: StyledLine, x: Int, y: Int, maxX: Int) -> Int {
        var cx = x
        for span in line { cx = put(span.text, x: cx, y: y, role: span.role, maxX: maxX) }
        return cx
    }
}
