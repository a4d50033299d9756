import TradeModel
import TradeState

public enum HelpView {

    /// The help lines from the scroll position; with a search, every match highlighted, the one
    /// `n`/`N` went to marked ▶, and the search line at the foot.
    public static func render(_ s: AppState, keys: KeyMap, into buf: inout ScreenBuffer, _ r: Rect) {
        let all = HelpContent.lines(s, keys: keys)
        let rows = HelpContent.searchShown(s) ? max(0, r.height - 1) : r.height
        let hits = HelpSearch.hits(in: all, s.helpQuery)
        for i in 0..<rows {
            let k = s.helpScroll + i
            guard k < all.count else { break }
            let x = r.x + 2, y = r.y + i
            buf.draw(all[k], x: x, y: y, maxX: r.x + r.width)
            for h in hits where h.line == k {
                buf.restyle(Rect(x: x + h.columns.lowerBound, y: y, width: min(h.columns.count, r.x + r.width - x - h.columns.lowerBound), height: 1),
                            role: .highlight)
            }
            if k == s.helpMatch { buf.put("▶", x: r.x, y: y, role: .highlight) }
        }
        guard HelpContent.searchShown(s) else { return }
        let y = r.y + r.height - 1
        buf.fill(Rect(x: r.x, y: y, width: r.width, height: 1), role: .hint)
        var x = buf.put(" / " + UIText.t("Cari: ", "Search: ", s.lang), x: r.x, y: y, role: .hintKey)
        x = buf.put(FrameView.clipLeft(s.helpQuery, max(4, r.width / 2)), x: x, y: y, role: .hint)
        if s.helpSearching { buf.put("█", x: x, y: y, role: .hintKey) }
        let lines = HelpSearch.matchLines(hits)
        let place = s.helpQuery.isEmpty ? "" : lines.isEmpty ? UIText.t("tidak ditemukan", "not found", s.lang)
            : "\((s.helpMatch.flatMap { lines.firstIndex(of: $0) } ?? 0) + 1)/\(lines.count) " + UIText.t("baris · n/N pindah · Esc hapus", "lines · n/N move · Esc clears", s.lang)
        let text = " " + place + " "
        buf.put(text, x: r.x + r.width - TextWidth.of(text), y: y, role: .hint)
    }
}
