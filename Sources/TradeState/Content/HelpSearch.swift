import TradeModel

/// Finding text in the `?` help: case- and accent-insensitive, as the list filters are. A hit is
/// where it shows — its help line and its columns on that line — so the view highlights exactly it.
public enum HelpSearch {
    public struct Hit: Equatable, Sendable {
        public var line: Int
        public var columns: Range<Int>
    }

    public static func hits(in lines: [StyledLine], _ query: String) -> [Hit] {
        let needle = SearchText.fold(query)
        guard !needle.isEmpty else { return [] }
        var out: [Hit] = []
        for (n, line) in lines.enumerated() {
            let chars = Array(line.map(\.text).joined())
            let folded = chars.map { SearchText.fold(String($0)) }
            var column = 0
            for i in chars.indices {
                var k = 0, j = i, end = column
                // Match the needle from this character on, character by character.
                while k < needle.count, j < chars.count {
                    let f = folded[j]
                    guard f.count <= needle.count - k ? Array(needle[k..<(k + f.count)]) == f
                            : Array(f.prefix(needle.count - k)) == Array(needle[k...]) else { break }
                    k += f.count
                    end += TextWidth.of(chars[j])
                    j += 1
                }
                if k >= needle.count && !folded[i].isEmpty { out.append(Hit(line: n, columns: column..<end)) }
                column += TextWidth.of(chars[i])
            }
        }
        return out
    }

    /// The help lines that hold a hit, in order, each once.
    public static func matchLines(_ hits: [Hit]) -> [Int] {
        var out: [Int] = []
        for h in hits where out.last != h.line { out.append(h.line) }
        return out
    }
}
