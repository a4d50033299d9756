import TradeModel

/// What a terminal that cannot show UTF-8 (`LANG=C`, common over `ssh -t`) draws instead of each
/// glyph: one ASCII column per column, and no state that rests on a glyph left blank — a ticked
/// box is `[x]`, the cursor `>`, a bar `#`, an inference `~`, another source's figure `/`. Text
/// cut for room ends in `>` (`Cell.ascii`: a cut cell), as an editor marks a line that goes on
/// past the edge — never `.`, which would read as a sentence's end or the `·` between parts; an
/// ellipsis the text itself holds ("Memuat data…") is `.`.
public enum ASCIIFallback {
    static let table: [Character: String] = [
        "✓": "x", "✗": "X", "▶": ">", "▷": ">", "◀": "<", "▲": "^", "▼": "v", "●": "*", "○": "o", "◇": "*",
        "—": "-", "–": "-", "−": "-", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "❚": "|", "·": ".", "•": "*", "…": ".",
        "≠": "/", "≈": "~", "∑": "+", "Σ": "+", "⊂": "c", "×": "x", "→": ">", "←": "<", "↑": "^", "↓": "v",
        "↶": "<", "↷": ">", "⟳": "@", "⚠": "!", "✎": "*", "✍": "*", "⏳": "~", "⌫": "<",
        "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "|", "▎": "|", "▏": "|", "░": ".",
        "▀": "\"", "▄": "_", "▁": "_", "▂": "_", "▃": "_", "▅": "#", "▆": "#", "▇": "#",
        "┴": "+",
        "é": "e", "è": "e", "ê": "e", "ë": "e", "á": "a", "à": "a", "â": "a", "ä": "a", "í": "i", "ì": "i",
        "ó": "o", "ò": "o", "ô": "o", "ö": "o", "ú": "u", "ù": "u", "ü": "u", "ñ": "n", "ç": "c",
    ]

    /// The ASCII text for one cell's character: as many columns as the character takes.
    public static func text(_ c: Character) -> String {
        if c.isASCII { return String(c) }
        if let t = table[c] { return t }
        return String(repeating: "?", count: max(1, TextWidth.of(c)))
    }
}
