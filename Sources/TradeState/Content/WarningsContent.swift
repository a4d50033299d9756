import TradeModel

/// What `⚠ N peringatan` in the tab row counts, listed (`!`): each problem the fixtures or the
/// journal raised, where it is and what it says, wrapped to the screen.
public enum WarningsContent {
    public static func lines(_ s: AppState, _ model: DashboardModel) -> [StyledLine] {
        let l = s.lang
        let width = max(10, s.width - 4)
        var out: [StyledLine] = [[Span(UIText.t("Peringatan data (\(model.warnings.count))", "The data's warnings (\(model.warnings.count))", l), .title)], []]
        if model.warnings.isEmpty {
            out.append([Span(UIText.t("Tidak ada peringatan.", "No warnings.", l), .dim)])
        }
        for p in model.warnings {
            var place = Sanitizer.line(p.file)
            if let at = p.location { place += ":\(at.line):\(at.column)" }
            if !p.path.isEmpty { place += " (" + Sanitizer.line(p.path) + ")" }
            out += StyledWrap.wrap([Span("⚠ ", .warning), Span(place, .dim)], width: width, indent: 2)
            out += StyledWrap.wrap([Span("  " + Sanitizer.line(p.message))], width: width, indent: 2)
        }
        out.append([])
        out.append([Span(UIText.t("Esc kembali · ↑/↓ gulir · `trade-tui validate` mencetak yang sama",
                                  "Esc back · ↑/↓ scroll · `trade-tui validate` prints the same", l), .dim)])
        return out
    }
}
