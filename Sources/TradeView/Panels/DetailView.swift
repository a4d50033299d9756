import TradeModel
import TradeState

/// The scrolling detail of a mission, an agreement or a follow-up action: every figure with its
/// source, conflicting figures side by side.
public enum DetailView {
    public static func render(_ s: AppState, _ model: DashboardModel, into buf: inout ScreenBuffer, _ r: Rect) {
        let all = DetailBuilder.lines(s, model, width: r.width)
        for i in 0..<r.height {
            let k = s.detailScroll + i
            guard k < all.count else { break }
            buf.draw(all[k], x: r.x + 1, y: r.y + i, maxX: r.x + r.width)
        }
        if all.count > r.height {
            let pos = " \(min(all.count, s.detailScroll + r.height))/\(all.count) "
            buf.put(pos, x: r.x + r.width - TextWidth.of(pos), y: r.y, role: .dim)
        }
    }

}

