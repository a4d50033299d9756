import TradeModel

/// The `?` help: every context's bindings from the key table, so help shows only what works.
public enum HelpContent {
    public static func lines(_ s: AppState, keys: KeyMap = .standard) -> [StyledLine] {
        let l = s.lang
        var out: [StyledLine] = [[Span(UIText.t("Bantuan — tombol", "Help — keys", l), .title)], []]
        for ctx in KeyContext.allCases {
            let list = keys.bindings.filter { $0.contexts.contains(ctx) }
            if list.isEmpty { continue }
            out.append([Span(ctx.title(l), .title)])
            for b in list { out.append([Span("  " + TextWidth.fit(b.label(l), 10), .hintKey), Span(" " + b.help(l))]) }
            out.append([])
        }
        out.append([Span(UIText.t("Saat menyaring, ketikan mengubah saringan (tanpa beda huruf besar/kecil dan aksen).",
                                  "While filtering, typing edits the filter (case- and accent-insensitive).", l), .dim)])
        out.append([Span(UIText.t("Tetikus: klik tab atau baris untuk memilih, klik lagi untuk membuka, roda untuk menggulir.",
                                  "Mouse: click a tab or row to select, click again to open, wheel to scroll.", l), .dim)])
        return out
    }

}
