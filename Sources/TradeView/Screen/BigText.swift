import TradeState

/// Large digits for the projector, drawn with half-block characters from a 5×7 font (scaled up
/// where there is room) or a 3×5 one where rows are few, so figures read from the back of a hall.
/// Pure: returns lines of text.
public enum BigText {
    /// How a text is drawn: the font and its scale (horizontal, vertical) in font pixels, where a
    /// vertical pixel is half a row.
    public struct Fit: Equatable, Sendable {
        public var small: Bool
        public var sx: Int
        public var sy: Int
        /// Rows the text takes.
        public var rows: Int { ((small ? 5 : 7) * sy + 1) / 2 }
    }

    /// The largest drawing of `text` no wider than `width` and no taller than `maxRows`: the 5×7
    /// font scaled as far as it fits (`maxScale` at most), else the 3×5 font; nil when neither fits.
    public static func fit(_ text: String, width: Int, maxRows: Int, maxScale: Int = 12) -> Fit? {
        if let s = scale(for: text, width: width, maxRows: maxRows, maxScale: maxScale) { return Fit(small: false, sx: s.sx, sy: s.sy) }
        if 3 <= maxRows, pixelWidth(text, small: true) <= width { return Fit(small: true, sx: 1, sy: 1) }
        return nil
    }

    /// The text drawn as `fit` says.
    public static func render(_ text: String, _ fit: Fit) -> [String] {
        render(text, sx: fit.sx, sy: fit.sy, font: fit.small ? smallFont : font)
    }

    /// Columns `text` takes as `fit` draws it.
    public static func width(_ text: String, _ fit: Fit) -> Int { pixelWidth(text, small: fit.small) * fit.sx }

    /// A 3×5 font (a 5-wide M) for three rows of text.
    public static let smallFont: [Character: [String]] = [
        "0": ["###", "#.#", "#.#", "#.#", "###"],
        "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["###", "..#", "###", "#..", "###"],
        "3": ["###", "..#", ".##", "..#", "###"],
        "4": ["#.#", "#.#", "###", "..#", "..#"],
        "5": ["###", "#..", "###", "..#", "###"],
        "6": ["###", "#..", "###", "#.#", "###"],
        "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"],
        "9": ["###", "#.#", "###", "..#", "###"],
        "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "p": ["...", "##.", "#.#", "##.", "#.."],
        "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"],
        "B": ["##.", "#.#", "##.", "#.#", "##."],
        "j": [".#", "..", ".#", ".#", "#."],
        "t": [".#.", "###", ".#.", ".#.", "..#"],
        ",": ["..", "..", "..", ".#", "#."],
        ".": [".", ".", ".", ".", "#"],
        " ": ["..", "..", "..", "..", ".."],
        "-": ["...", "...", "###", "...", "..."],
        "+": ["...", ".#.", "###", ".#.", "..."],
    ]

    public static let font: [Character: [String]] = [
        "0": [".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."],
        "1": ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."],
        "2": [".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"],
        "3": ["####.", "....#", "....#", ".###.", "....#", "....#", "####."],
        "4": ["...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."],
        "5": ["#####", "#....", "####.", "....#", "....#", "#...#", ".###."],
        "6": [".###.", "#....", "#....", "####.", "#...#", "#...#", ".###."],
        "7": ["#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."],
        "8": [".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."],
        "9": [".###.", "#...#", "#...#", ".####", "....#", "....#", ".###."],
        "R": ["####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"],
        "p": [".....", ".....", "####.", "#...#", "####.", "#....", "#...."],
        "T": ["#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."],
        "M": ["#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"],
        "B": ["####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."],
        "j": ["...#.", ".....", "..##.", "...#.", "...#.", "#..#.", ".##.."],
        "t": [".#...", ".#...", "####.", ".#...", ".#...", ".#..#", "..##."],
        ",": ["..", "..", "..", "..", "..", ".#", "#."],
        ".": ["..", "..", "..", "..", "..", "..", "#."],
        " ": ["...", "...", "...", "...", "...", "...", "..."],
        "-": [".....", ".....", ".....", "####.", ".....", ".....", "....."],
        "+": [".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."],
    ]

    /// Font pixels wide for `text`, one blank pixel column between glyphs.
    public static func pixelWidth(_ text: String, small: Bool = false) -> Int {
        let f = small ? smallFont : font
        return text.reduce(0) { $0 + (f[$1]?.first?.count ?? 3) + 1 } - (text.isEmpty ? 0 : 1)
    }

    /// The largest scale of the 5×7 font that fits `width` × `maxRows`: (horizontal, vertical)
    /// pixels per font pixel, where a vertical pixel is half a row. Nil when even 1×1 does not fit.
    public static func scale(for text: String, width: Int, maxRows: Int, maxScale: Int = 12) -> (sx: Int, sy: Int)? {
        let px = pixelWidth(text)
        for sy in stride(from: max(1, maxScale), through: 1, by: -1) where (7 * sy + 1) / 2 <= maxRows {
            for sx in stride(from: sy, through: max(1, sy / 2), by: -1) where px * sx <= width {
                return (sx, sy)
            }
        }
        return nil
    }

    /// The text rendered at the given scale, as rows of block characters.
    public static func render(_ text: String, sx: Int, sy: Int, font: [Character: [String]] = font) -> [String] {
        let glyphs = text.map { font[$0] ?? font[" "]! }
        let pxRows = (glyphs.first?.count ?? 7) * sy
        func on(_ x: Int, _ y: Int) -> Bool {
            // Which glyph column, then which font pixel.
            var gx = x / sx
            for g in glyphs {
                let w = g[0].count
                if gx < w { return Array(g[y / sy])[gx] == "#" }
                gx -= w
                if gx == 0 { return false } // the gap column
                gx -= 1
            }
            return false
        }
        let width = (text.reduce(0) { $0 + (font[$1]?.first?.count ?? 3) + 1 } - (text.isEmpty ? 0 : 1)) * sx
        var rows: [String] = []
        for r in stride(from: 0, to: pxRows, by: 2) {
            var line = ""
            for x in 0..<width {
                let top = on(x, r)
                let bottom = r + 1 < pxRows ? on(x, r + 1) : false
                line.append(top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ")
            }
            rows.append(line)
        }
        return rows
    }
}
