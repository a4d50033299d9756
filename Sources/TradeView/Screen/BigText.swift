import TradeState

/// Large digits for the projector, drawn with half-block characters from a 5×7 font so the total
/// reads from the back of a hall. Pure: returns lines of text.
public enum BigText {
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
    public static func pixelWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + (font[$1]?.first?.count ?? 3) + 1 } - (text.isEmpty ? 0 : 1)
    }

    /// The largest scale that fits `width` × `maxRows`: (horizontal, vertical) pixels per font pixel,
    /// where a vertical pixel is half a row. Nil when even 1×1 does not fit.
    public static func scale(for text: String, width: Int, maxRows: Int) -> (sx: Int, sy: Int)? {
        let px = pixelWidth(text)
        for sy in stride(from: 12, through: 1, by: -1) where (7 * sy + 1) / 2 <= maxRows {
            for sx in stride(from: sy, through: max(1, sy / 2), by: -1) where px * sx <= width {
                return (sx, sy)
            }
        }
        return nil
    }

    /// The text rendered at the given scale, as rows of block characters.
    public static func render(_ text: String, sx: Int, sy: Int) -> [String] {
        let glyphs = text.map { font[$0] ?? font[" "]! }
        let pxRows = 7 * sy
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
        let width = pixelWidth(text) * sx
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
