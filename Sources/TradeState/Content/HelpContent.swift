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
            for b in list { out += wrap([Span("  " + TextWidth.fit(b.label(l), 10), .hintKey), Span(" " + b.help(l))], s, indent: 13) }
            out.append([])
        }
        out += legend(l).flatMap { wrap($0, s, indent: 19) }
        out += wrap([Span(UIText.t("Saat menyaring, ketikan mengubah saringan (tanpa beda huruf besar/kecil dan aksen).",
                                   "While filtering, typing edits the filter (case- and accent-insensitive).", l), .dim)], s, indent: 2)
        out += wrap([Span(UIText.t("Tetikus: klik tab atau baris untuk memilih, klik lagi untuk membuka, roda untuk menggulir.",
                                   "Mouse: click a tab or row to select, click again to open, wheel to scroll.", l), .dim)], s, indent: 2)
        return out
    }

    /// Whether the search line shows at the foot of help (being typed, or a search is set).
    public static func searchShown(_ s: AppState) -> Bool { !s.helpShowsWarnings && (s.helpSearching || !s.helpQuery.isEmpty) }

    /// The help lines that fit in the body: one fewer while the search line shows.
    public static func rows(_ s: AppState, _ layout: Layout) -> Int { max(1, layout.body.height - (searchShown(s) ? 1 : 0)) }

    /// Wrapped to the help's width (it is drawn from column 2), never cut mid-word.
    static func wrap(_ line: StyledLine, _ s: AppState, indent: Int) -> [StyledLine] {
        StyledWrap.wrap(line, width: max(10, s.width - 2), indent: indent)
    }

    /// What the marks beside figures and claims mean: none rests on colour alone.
    public static func legend(_ l: Language) -> [StyledLine] {
        let t = { (id: String, en: String) in UIText.t(id, en, l) }
        let rows: [(String, String)] = [
            ("[id]", t("sumber angka atau klaim; daftar lengkap di bagian Sumber", "the source of a figure or claim; listed under Sources")),
            ("“…”", t("judul berita atau dokumen sebagaimana terbit", "a headline or document title as published")),
            ("[…]", t("keterangan isi sumber yang kami tulis (bukan judul)", "our description of a source (not its title)")),
            (Provenance.Kind.inferred.mark(l), t("kesimpulan kami, tidak dinyatakan sumber; alasannya di bawahnya",
                                                 "our inference, not stated by the source; the reason is beneath")),
            (Provenance.Kind.derived.mark(l), t("dihitung dari angka lain yang disebut", "computed from the figures named")),
            ("≠", t("sumber lain menyebut angka atau tanggal berbeda", "another source gives a different figure or date")),
            ("⊂", t("sudah termasuk dalam total lain, tidak dijumlahkan lagi", "already inside another total, not added again")),
            ("~12.00", t("jam perkiraan (sumber hanya menyebut \"siang\")", "approximate time (the source says only \"midday\")")),
            ("[?]", t("status belum diketahui: tidak dinyatakan sumber", "status unknown: no source states it")),
            ("[~]", t("sedang berjalan", "in progress")),
            ("✎", t("tindakan ini punya catatan (lihat riwayatnya)", "the action has notes (see its history)")),
            ("⚠", t("terlambat: lewat tenggat yang dinyatakan sumber atau meja", "overdue: past a due date a source or a desk states")),
        ]
        var out: [StyledLine] = [[Span(t("Tanda pada angka dan klaim", "Marks on figures and claims"), .title)]]
        for (mark, text) in rows {
            out.append([Span("  " + TextWidth.fit(mark, 16), .provenance), Span(" " + text)])
        }
        out.append([])
        return out
    }
}
