import TradeModel
import TradeState

/// A frame drawn by pure panel functions; the backend diffs two of these and writes what changed.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    public mutating func fill(_ r: Rect, role: Role, ch: Character = " ") {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.x + r.width) {
                cells[y * width + x] = Cell(ch: ch, role: role, continuation: false)
            }
        }
    }

    /// Draws text from data or labels at (x, y), never past `maxX` (exclusive) or the edge.
    /// Unsafe characters are replaced; a wide character that does not fit becomes a space.
    /// Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ s: String, x: Int, y: Int, role: Role, maxX: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, maxX ?? width)
        var cx = x
        var rest = Substring(s)
        for c in s {
            rest = rest.dropFirst()
            if cx >= limit {
                // Text cut at the edge always says so: "…" in the last column, never a silent cut
                // (unless only spaces were left out, or there is room for just one column).
                if cx == limit, limit - max(0, x) >= 2, !(rest.isEmpty && c == " ") && !(String(c) + rest).allSatisfy({ $0 == " " }) {
                    clearWide(at: limit - 1, y)
                    cells[y * width + limit - 1] = Cell(ch: "…", role: role, continuation: false, cut: true)
                }
                break
            }
            let safe: Character = c.unicodeScalars.contains(where: Sanitizer.isUnsafe) ? "\u{FFFD}" : c
            let w = TextWidth.of(safe)
            if w == 0 { continue }
            if cx < 0 { cx += w; continue }
            if w == 2 && cx + 1 >= limit {
                // Half a wide character would not fit: the cut is said in that column.
                cells[y * width + cx] = limit - max(0, x) >= 2 ? Cell(ch: "…", role: role, continuation: false, cut: true)
                    : Cell(ch: " ", role: role, continuation: false)
                cx += 1
                break
            }
            clearWide(at: cx, y)
            cells[y * width + cx] = Cell(ch: safe, role: role, continuation: false)
            if w == 2 {
                clearWide(at: cx + 1, y)
                cells[y * width + cx + 1] = Cell(ch: " ", role: role, continuation: true)
            }
            cx += w
        }
        return cx
    }

    /// Overwriting half of a wide character blanks its other half, so no stray half remains.
    /// Marks the cell at (x, y) as a cut's "…" (`Cell.cut`).
    mutating func markCut(_ x: Int, _ y: Int) {
        guard x >= 0, x < width, y >= 0, y < height, cells[y * width + x].ch == "…" else { return }
        cells[y * width + x].cut = true
    }

    private mutating func clearWide(at x: Int, _ y: Int) {
        let i = y * width + x
        if cells[i].continuation, x > 0 {
            cells[i - 1] = Cell(ch: " ", role: cells[i - 1].role, continuation: false)
        } else if x + 1 < width, cells[i + 1].continuation {
            cells[i + 1] = Cell(ch: " ", role: cells[i + 1].role, continuation: false)
        }
        cells[i].continuation = false
    }

    /// Sets the role of a span without changing its text (for highlighting a selected row).
    public mutating func restyle(_ r: Rect, role: Role) {
        for y in max(0, r.y)..<min(height, r.maxY) {
            for x in max(0, r.x)..<min(width, r.x + r.width) { cells[y * width + x].role = role }
        }
    }

    /// The text of each row, for snapshot tests and debugging.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width where !cells[y * width + x].continuation { s.append(cells[y * width + x].ch) }
            return s
        }
    }
}
