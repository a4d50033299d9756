import TradeModel
import TradeState

public enum HelpView {

    public static func render(_ s: AppState, keys: KeyMap, into buf: inout ScreenBuffer, _ r: Rect) {
        let all = HelpContent.lines(s, keys: keys)
        for i in 0..<r.height {
            let k = s.helpScroll + i
            guard k < all.count else { break }
            buf.draw(all[k], x: r.x + 2, y: r.y + i, maxX: r.x + r.width)
        }
    }
}
