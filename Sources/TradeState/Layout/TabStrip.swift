import TradeModel

/// Where the tabs sit on the tab row: drawn by the frame, hit by mouse clicks.
public enum TabStrip {
    /// Column ranges of the tab labels, for drawing and for mouse clicks.
    public static func ranges(_ s: AppState) -> [(Panel, Range<Int>)] {
        var x = 1
        var out: [(Panel, Range<Int>)] = []
        for p in Panel.allCases {
            let w = TextWidth.of(label(p, s)) + 2
            out.append((p, x..<(x + w)))
            x += w + 1
        }
        return out
    }

    public static func label(_ p: Panel, _ s: AppState) -> String {
        "\(p.rawValue + 1) " + UIText.tab(p, s.lang)
    }
}
