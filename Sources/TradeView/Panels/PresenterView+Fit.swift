import TradeModel
import TradeState

/// How the projector fits text to its room: a figure is shown whole or in a shorter form that is
/// still correct (`Rp225,8 miliar`, `Rp225,8 M`, `Rp226 M`), never cut; words are cut only after a
/// whole word, with "…"; and rows are shared out so that every slide uses the height it has.
extension PresenterView {
    /// The first of `forms` no wider than `width`.
    static func firstFit(_ forms: [String], _ width: Int) -> String? { forms.first { TextWidth.of($0) <= width } }

    /// The first of `forms` no wider than `width`.
    static func firstFit(_ forms: [StyledLine], _ width: Int) -> StyledLine? { forms.first { StyledWidth.of($0) <= width } }

    /// `s` in `width` columns: whole, else cut after its last whole word that leaves room for "…"
    /// (a first word longer than the room is cut where it must be, still with "…").
    public static func wordFit(_ s: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(s) <= width { return s }
        // A word ends before a space, or after a dash (`Jatim–` of `Jatim–Kalimantan`).
        var kept = "", word = "", used = 0
        for c in s {
            let w = TextWidth.of(c)
            if used + w > width - 1 {
                if c == " " { kept += word }
                break
            }
            used += w
            if c == " " { kept += word; word = " " } else if "–—/".contains(c) { kept += word + String(c); word = "" } else { word.append(c) }
        }
        // No separator left hanging before the "…".
        while let last = kept.last, " ·—–,;:(".contains(last) { kept.removeLast() }
        return kept.isEmpty ? TextWidth.clip(s, width) : kept + "…"
    }

    /// A figure's forms, longest first, each of them correct: the scale in words, then as a letter,
    /// then with fewer decimals (`Rp225,8 miliar`, `Rp225,8 M`, `Rp226 M`).
    public static func figureForms(_ v: Int64, _ l: Language, places: Int = 2) -> [String] {
        var forms = [Rupiah.short(v, l, places: places)]
        for p in stride(from: places, through: 0, by: -1) { forms.append(scaleLetter(Rupiah.short(v, l, places: p))) }
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }

    /// A mark's or note's forms, longest first: whole, up to its comma (`≈ disimpulkan` of
    /// `≈ disimpulkan, per tahun`), then its glyph alone (`≈`, `∑`), which must stay visible.
    public static func markForms(_ m: String) -> [String] {
        var forms = [m, String(m.prefix { $0 != "," })]
        if let glyph = m.first(where: { "≈∑≠".contains($0) }) { forms.append(String(glyph)) }
        return forms
    }

    /// `162%`: a share in whole per cent, rounded half up (`Rupiah.percent` gives the tenth).
    public static func wholePercent(_ part: Int64, of whole: Int64) -> String? {
        guard whole > 0, part >= 0 else { return nil }
        return String((Int128(part) * 100 + Int128(whole / 2)) / Int128(whole)) + "%"
    }

    /// Rows on a slide stacked from the top, each block whole or not at all, with the rows left
    /// over shared out as space between them (at most `maxGap` each), so the slide uses its height.
    struct Block {
        var rows: Int
        var draw: (inout ScreenBuffer, Int) -> Void
    }

    /// Draws `blocks` from `r.y` down, the first at the top; what is left beyond `maxGap` between
    /// blocks centres the rest in the room. Returns the row after the last one drawn.
    @discardableResult
    static func stack(_ buf: inout ScreenBuffer, _ blocks: [Block], in r: Rect, maxGap: Int = 3) -> Int {
        let shown = blocks.filter { $0.rows > 0 }
        let used = shown.reduce(0) { $0 + $1.rows }
        let gaps = max(0, shown.count - 1)
        let spare = max(0, r.height - used)
        let each = gaps == 0 ? 0 : min(maxGap, spare / gaps)
        var extra = gaps == 0 ? 0 : min(gaps, max(0, spare - each * gaps))
        let left = spare - each * gaps - extra
        var y = r.y + left / 2
        for (i, b) in shown.enumerated() {
            guard y + b.rows <= r.maxY else { break }
            b.draw(&buf, y)
            y += b.rows
            if i < gaps {
                y += each
                if extra > 0 && each < maxGap { y += 1; extra -= 1 }
            }
        }
        return y
    }
}
