import TradeModel

/// Breaks a styled line that is wider than the screen into several, at spaces, keeping each
/// span's role: nothing at the end of a line (a source tag above all) is ever clipped.
public enum StyledWrap {
    /// Continuation lines are indented by `indent` columns, or two more than the line's own.
    /// `first`: the first row's width when something else sits at its end (at most `width`).
    public static func wrap(_ line: StyledLine, width: Int, indent asked: Int? = nil, first: Int? = nil) -> [StyledLine] {
        let firstWidth = max(1, min(width, first ?? width))
        guard width > 0, StyledWidth.of(line) > firstWidth else { return [line] }
        let lead = line.first.map { $0.text.prefix { $0 == " " }.count } ?? 0
        let indent = String(repeating: " ", count: min(asked ?? (lead + 2), width / 2))
        // Words keep the space before them, so joining them back restores the text.
        var words: [(String, Role)] = []
        for span in line {
            var current = ""
            for ch in span.text {
                if ch == " " && !current.isEmpty && current.last != " " {
                    words.append((current, span.role))
                    current = ""
                }
                current.append(ch)
            }
            if !current.isEmpty { words.append((current, span.role)) }
        }
        var out: [StyledLine] = []
        var row: StyledLine = []
        var used = 0
        func push(_ text: String, _ role: Role) {
            if let last = row.last, last.role == role { row[row.count - 1].text += text } else { row.append(Span(text, role)) }
            used += TextWidth.of(text)
        }
        func limit() -> Int { out.isEmpty ? firstWidth : width }
        func breakRow() {
            if var last = row.popLast() {
                while last.text.hasSuffix(" ") { last.text.removeLast() }
                if !last.text.isEmpty { row.append(last) }
            }
            out.append(row)
            row = [Span(indent, .normal)]
            used = indent.count
        }
        for (word, role) in words {
            let fresh = out.isEmpty ? false : used == indent.count
            var text = fresh ? String(word.drop { $0 == " " }) : word
            if used + TextWidth.of(text) > limit() && used > (out.isEmpty ? lead : indent.count) {
                breakRow()
                text = String(word.drop { $0 == " " })
            }
            // A word wider than a whole line is cut into pieces that fit.
            while used + TextWidth.of(text) > limit() {
                let room = max(1, limit() - used)
                let piece = TextWidth.prefix(text, room)
                guard !piece.isEmpty else { break }
                push(piece, role)
                text = String(text.dropFirst(piece.count))
                breakRow()
            }
            if !text.isEmpty { push(text, role) }
        }
        if !row.isEmpty && !(row.count == 1 && row[0].text == indent && !out.isEmpty) { out.append(row) }
        return out
    }
}
