import TradeModel
import TradeState

/// The bar slides as a scoreboard: the top items (up to three) each with its name, its figure in
/// big digits as large as the height allows (the 5×7 font scaled, else the 3×5 one, else plain bold
/// text) and a bar as wide as the screen; the rest one per row beneath, and why figures are marked.
extension PresenterView {
    public static func heroSlide(_ buf: inout ScreenBuffer, _ title: SlideTitle, _ bars: [Bar], _ r: Rect, _ l: Language,
                                 footnote: String? = nil) {
        let w = r.width
        let heading = title.lines(w - 4, rows: r.height >= 8 ? 2 : 1)
        for (i, t) in heading.enumerated() { buf.put(t, x: 2, y: r.y + i, role: .title, maxX: w - 1) }
        // The slide beneath its title, and a blank row where there are rows to spare.
        let blank = r.height >= 10 ? 1 : 0
        let room = Rect(x: r.x, y: r.y + heading.count + blank, width: w, height: max(0, r.height - heading.count - blank))
        guard !bars.isEmpty else {
            buf.put(UIText.t("(tidak ada angka dalam data ini)", "(no figures in this data set)", l), x: 2, y: room.y, role: .dim, maxX: w - 1)
            return
        }
        // The leaders: the drawn bars; with none, what the figure is when it is not split (its
        // label says so) — never a letter of intent or a rounding difference.
        let drawn = bars.filter(\.drawn)
        var heroes = drawn.isEmpty ? Array(bars.filter { !$0.apart }.prefix(1)) : Array(drawn.prefix(3))
        var notes = footnote.map { StyledWrap.wrap([Span($0, .dim)], width: w - 4, indent: 2) } ?? []
        func rest() -> [Bar] { bars.filter { b in !heroes.contains { $0 == b } } }
        func restRows(_ bars: [Bar]) -> Int { bars.reduce(0) { $0 + 1 + ($1.source == nil ? 0 : 1) } }
        func heroRows(_ b: Bar) -> Int { 1 + (b.source == nil ? 0 : 1) + (b.drawn ? 1 : 0) }
        func fixed() -> Int {
            let blocks = heroes.count + (rest().isEmpty ? 0 : 1) + (notes.isEmpty ? 0 : 1)
            return heroes.reduce(0) { $0 + heroRows($1) } + restRows(rest()) + notes.count + max(0, blocks - 1)
        }
        // Where even plain figures do not fit, every item is a row; where those do not, the items
        // go before the note that says why some are marked (the marks stay beside them).
        if fixed() > room.height { heroes = [] }
        if fixed() > room.height { notes = [] }
        let maxV = drawn.map(\.value).max() ?? 0
        let texts = heroes.map { bigText($0.value, l) }
        let share = heroes.isEmpty ? 0 : (room.height - fixed()) / heroes.count
        // One size for all, the largest every figure fits (checked whole: a big figure is never cut).
        let fit = texts.compactMap { BigText.fit($0, width: w - 4, maxRows: share, maxScale: heroes.count == 1 ? 8 : 5) }
            .min { ($0.rows, $0.sx) < ($1.rows, $1.sx) }
            .flatMap { f in texts.allSatisfy { BigText.width($0, f) <= w - 4 } ? f : nil }
        // Rows still free thicken the bars (up to three rows), which read better from afar.
        let spare = room.height - fixed() - heroes.count * (fit?.rows ?? 0)
        let withBars = heroes.filter(\.drawn).count
        let thick = withBars == 0 ? 1 : 1 + min(2, max(0, spare - heroes.count) / withBars)
        var blocks: [Block] = []
        for (b, text) in zip(heroes, texts) {
            let digits = fit.map { BigText.render(text, $0) } ?? []
            blocks.append(Block(rows: heroRows(b) + digits.count + (b.drawn ? thick - 1 : 0)) { buf, y in
                var row = y
                heroLabel(&buf, b, y: row, width: w, plain: fit == nil, l)
                row += 1
                if let s = b.source { sourceLine(&buf, s, y: row, maxX: w - 1); row += 1 }
                for line in digits { buf.put(line, x: 2, y: row, role: .big); row += 1 }
                guard b.drawn else { return }
                let bar = Bars.bar(b.value, max: maxV, width: w - 4)
                for k in 0..<thick { buf.put(bar, x: 2, y: row + k, role: .bar) }
            })
        }
        let others = rest()
        let gaps = max(0, heroes.count + (others.isEmpty ? 0 : 1) + (notes.isEmpty ? 0 : 1) - 1)
        let rows = room.height - blocks.reduce(0) { $0 + $1.rows } - notes.count - gaps
        blocks.append(Block(rows: min(restRows(others), max(0, rows))) { buf, y in
            barRows(&buf, others, x: 2, y: y, rows: rows, width: w - 3, maxV: maxV, l)
        })
        blocks.append(Block(rows: notes.count) { buf, y in
            for (i, line) in notes.enumerated() { buf.draw(line, x: 2, y: y + i, maxX: w - 1) }
        })
        stack(&buf, blocks, in: room)
    }

    /// A leader's first row: its name, its figure (bold where there is no room for big digits), how
    /// it was obtained (`≈ disimpulkan, per tahun`) or why it has no bar. The name gives way first,
    /// then the mark takes a shorter form; the figure is never cut.
    static func heroLabel(_ buf: inout ScreenBuffer, _ b: Bar, y: Int, width w: Int, plain: Bool, _ l: Language) {
        let values = figureForms(b.value, l, places: b.places)
        // A leader not drawn is named for why (`Tidak dirinci per komoditas`): its note only where it has one.
        let extra = b.mark ?? (b.drawn ? nil : b.note)
        let extras = (extra.map(markForms) ?? []) + [""]
        for value in values {
            for e in extras {
                let fixed = 2 + TextWidth.of(value) + (b.differs ? 2 : 0) + (e.isEmpty ? 0 : 2 + TextWidth.of(e))
                let labelRoom = w - 3 - fixed
                guard labelRoom >= min(8, TextWidth.of(b.label)) else { continue }
                var x = buf.put(wordFit(b.label, labelRoom), x: 2, y: y, role: .title) + 2
                if b.differs { buf.put("≠", x: x, y: y, role: .conflict); x += 2 }
                x = buf.put(value, x: x, y: y, role: plain ? .big : .money)
                if !e.isEmpty { buf.put(e, x: x + 2, y: y, role: b.mark != nil ? .provenance : .dim) }
                return
            }
        }
        buf.put(values.last ?? "", x: 2, y: y, role: plain ? .big : .money, maxX: w - 1)
    }

    /// What another source prints, or the figure's source, on the row beneath: `≠` drawn as a conflict.
    static func sourceLine(_ buf: inout ScreenBuffer, _ s: String, y: Int, maxX: Int) {
        let differs = s.hasPrefix("≠")
        if differs { buf.put("≠", x: 4, y: y, role: .conflict) }
        buf.put(wordFit(differs ? String(s.dropFirst()) : s, maxX - (differs ? 5 : 4)), x: differs ? 5 : 4, y: y, role: .normal, maxX: maxX)
    }

    /// Items one per row from (x, y): name, figure (never cut: all take a shorter form together),
    /// bar or why there is none, and the mark; a source on the row beneath. Where rows run out the
    /// last says how many more there are.
    static func barRows(_ buf: inout ScreenBuffer, _ bars: [Bar], x: Int, y: Int, rows: Int, width: Int, maxV: Int64, _ l: Language) {
        guard !bars.isEmpty, rows > 0 else { return }
        let maxX = x + width
        let forms = bars.map { figureForms($0.value, l, places: $0.places) }
        // Two columns for `≠` before a figure that differs from the one above.
        let lead = bars.contains(where: \.differs) ? 2 : 0
        // The figures in their longest form that leaves the names some room (names give way first).
        let longest = min(30, max(8, bars.map { TextWidth.of($0.label) }.max() ?? 8))
        var values = forms.map { $0[0] }
        for k in 0..<(forms.map(\.count).max() ?? 1) {
            values = forms.map { $0[min(k, $0.count - 1)] }
            if min(longest, 12) + lead + 3 + (values.map { TextWidth.of($0) }.max() ?? 0) + 2 <= width { break }
        }
        let valueW = values.map { TextWidth.of($0) }.max() ?? 0
        let labelW = min(longest, max(4, width - valueW - 5 - lead))
        let markW = bars.compactMap(\.mark).map { TextWidth.of($0) + 1 }.max() ?? 0
        let barW = max(1, width - labelW - lead - valueW - 5 - markW)
        // A figure's own source gives way where rows are few; what another source prints (≠) stays.
        var needs = bars.map { 1 + ($0.source == nil ? 0 : 1) }
        if needs.reduce(0, +) > rows { needs = bars.map { 1 + ($0.source?.hasPrefix("≠") == true ? 1 : 0) } }
        let all = needs.reduce(0, +) <= rows
        var row = y
        for (i, b) in bars.enumerated() {
            if !all && row + needs[i] > y + rows - (rows > 1 ? 1 : 0) {
                if rows > 1 { buf.put(UIText.t("… dan \(bars.count - i) lainnya", "… and \(bars.count - i) more", l), x: x, y: row, role: .dim, maxX: maxX) }
                return
            }
            buf.put(TextWidth.fit(wordFit(b.label, labelW), labelW), x: x, y: row, role: b.drawn ? .normal : .dim)
            let vx = x + labelW + 1 + lead + valueW - TextWidth.of(values[i])
            buf.put(values[i], x: vx, y: row, role: .money)
            // Right before the figure that differs from the one above.
            if b.differs { buf.put("≠", x: vx - 2, y: row, role: .conflict) }
            let bx = x + labelW + lead + valueW + 3
            var after = bx - 1
            if b.drawn {
                after = buf.put(Bars.bar(b.value, max: maxV, width: barW), x: bx, y: row, role: .bar)
            } else if b.note != nil || b.mark == nil {
                let note = b.note ?? UIText.t("(tidak dirinci)", "(not split)", l)
                if let n = firstFit(markForms(note), maxX - bx) { after = buf.put(n, x: bx, y: row, role: .dim) }
            }
            if let m = b.mark, let text = firstFit(markForms(m), maxX - after - 1) { buf.put(text, x: after + 1, y: row, role: .provenance) }
            if let s = b.source, needs[i] > 1 { sourceLine(&buf, s, y: row + 1, maxX: maxX) }
            row += needs[i]
        }
    }
}
