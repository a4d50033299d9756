import TradeModel

/// Bars drawn with block characters: readable without colour, eighth-cell resolution.
public enum Bars {
    public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// A bar of `value / max` over `width` columns; a non-zero value shows at least a sliver.
    public static func bar(_ value: Int64, max: Int64, width: Int) -> String {
        guard width > 0, max > 0, value > 0 else { return "" }
        let units = Int((Int128(value) * Int128(width * 8) + Int128(max) / 2) / Int128(max))
        let full = min(width, units / 8)
        var s = String(repeating: "█", count: full)
        let rest = units % 8
        if full < width && rest > 0 { s.append(eighths[rest - 1]) }
        if s.isEmpty { s = "▏" }
        return s
    }

    /// A progress bar `[██████░░░░]` of `done / total`.
    public static func progress(_ done: Int, _ total: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = total > 0 ? (done * width + total / 2) / total : 0
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
