import TradeModel
import TradeState

/// The header line, laid out by priority: the total (never an official figure) always; a data
/// problem with the time of its last good data next; then the date and time; then the letters of
/// intent beside the total; the data set's title last, cut with "…", never run into the clock.
extension FrameView {
    /// What the header shows at its width.
    struct HeaderPlan: Equatable {
        var total: String
        var problem: String?
        var clock: String
    }

    public static func header(_ buf: inout ScreenBuffer, _ s: AppState, _ model: DashboardModel, _ layout: Layout) {
        buf.fill(layout.header, role: .header)
        let ds = model.dataset
        var x = buf.put(" trade-tui", x: 0, y: 0, role: .header)
        if ds.illustrative { x = buf.put(" [" + Labels.illustrative(s.lang) + "]", x: x, y: 0, role: .illustrative) }
        let title = ds.heading(s.lang)
        let plan = headerPlan(width: s.width, start: x, totals: totalForms(model, s.lang),
                              problem: s.dataProblem.map { [$0.sentence(s.lang, zone: s.zone), $0.short(s.lang, zone: s.zone), $0.tiny(s.lang, zone: s.zone)] },
                              clocks: clockForms(s.clock), title: title)
        x = buf.put(" │ " + plan.total, x: x, y: 0, role: .header, maxX: s.width)
        let clockX = s.width - TextWidth.of(plan.clock) - 1
        let end = plan.clock.isEmpty ? s.width : clockX - 2
        if let p = plan.problem {
            // The figures are as of the last good data: said where the total is, never as current.
            buf.put(" " + p, x: x, y: 0, role: .warning, maxX: end)
        } else if !layout.compact, end - x - 3 >= 8 {
            // Cut with "…", and only where a few letters of it can show.
            buf.put(" │ " + TextWidth.clip(title, end - x - 3), x: x, y: 0, role: .header, maxX: end)
        }
        if !plan.clock.isEmpty { buf.put(plan.clock, x: clockX, y: 0, role: .header) }
    }

    /// The first plan that fits. With a data problem: its longest sentence that fits beside a
    /// total without the letters, then the clock where room is left. Else: the longest total whose
    /// title shows whole beside the whole clock; else the letters of intent kept beside the total
    /// (issue #11), the longest such total beside the date, else beside the time or nothing; else
    /// the total alone, the same way. The shortest total is cut with "…" when even it does not fit.
    static func headerPlan(width: Int, start: Int, totals: (withLetters: [String], plain: [String]), problem: [String]?,
                           clocks: [String], title: String) -> HeaderPlan {
        func fits(_ total: String, _ problem: String?, _ clock: String, title: Int = 0) -> Bool {
            let used = start + 3 + TextWidth.of(total) + (problem.map { 1 + TextWidth.of($0) } ?? 0) + (title > 0 ? 3 + title : 0)
            return used + (clock.isEmpty ? 0 : 2 + TextWidth.of(clock) + 1) <= width
        }
        let shortest = totals.plain.last ?? ""
        if let problem {
            // The shortest totals leave the most room for the time the data is as of.
            for p in problem {
                for f in totals.plain {
                    for c in clocks + [""] where fits(f, p, c) { return HeaderPlan(total: f, problem: p, clock: c) }
                }
            }
            // Narrower still: the time the data is as of before the total's last words.
            let p = problem.last ?? "", room = max(0, width - start - 3)
            return HeaderPlan(total: TextWidth.clip(shortest, max(0, room - TextWidth.of(p) - 1)), problem: p, clock: "")
        }
        let besideTitle = totals.withLetters.isEmpty ? Array(totals.plain.prefix(2)) : totals.withLetters
        if let c = clocks.first, let f = besideTitle.first(where: { fits($0, nil, c, title: TextWidth.of(title)) }) {
            return HeaderPlan(total: f, problem: nil, clock: c)
        }
        let groups = [Array(clocks.prefix(2)), Array(clocks.dropFirst(2)) + [""]]
        for forms in [totals.withLetters, totals.plain] {
            for group in groups {
                for f in forms {
                    for c in group where fits(f, nil, c) { return HeaderPlan(total: f, problem: nil, clock: c) }
                }
            }
        }
        return HeaderPlan(total: TextWidth.clip(shortest, max(0, width - start - 3)), problem: nil, clock: "")
    }

    /// The clock, then shorter: without the weekday, the time and zone alone
    /// (`Sen 23 Nov 2026 08.15 WIB`, `23 Nov 2026 08.15 WIB`, `08.15 WIB`).
    static func clockForms(_ clock: String) -> [String] {
        let words = clock.split(separator: " ")
        guard words.count >= 6 else { return clock.isEmpty ? [] : [clock] }
        return [clock, words.dropFirst().joined(separator: " "), words.suffix(2).joined(separator: " ")]
    }

    /// A rupiah short form for the desk: `Rp14,22 T` in Indonesian, as the desk has always written
    /// it; in English the word (`Rp14.22 trillion`), since `Rp3.296 T` reads as three thousand.
    public static func scaled(_ v: Int64, _ l: Language, places: Int = 2) -> String {
        let short = Rupiah.short(v, l, places: places)
        return l == .id ? PresenterView.scaleLetter(short) : short
    }

    /// The header's total, longest first: the transactions of the missions `TotalsScope` counts
    /// (the same figure and count as `summary`), never an official figure, and letters of intent
    /// apart, since they are not transactions (`withLetters`, none when there are no letters).
    /// `plain` says the transactions alone, shortest last, for beside a data problem or the date.
    public static func totalForms(_ model: DashboardModel, _ l: Language) -> (withLetters: [String], plain: [String]) {
        let part = model.scope.all
        let n = part.missions, ms = Labels.count(n, "mission", "missions")
        let sum = Rupiah.short(model.transactionsRupiah, l)
        let loi = part.letterOfIntentRupiah
        // The shortest: in English also with the one-letter scale, so a narrow screen cuts words, not the figure.
        var minimal = [UIText.t("Σ \(n) misi \(scaled(model.transactionsRupiah, l)) bukan resmi", "Σ \(ms) \(scaled(model.transactionsRupiah, l)) unofficial", l)]
        if l == .en { minimal.append("Σ \(ms) \(PresenterView.bigText(model.transactionsRupiah, l)) unofficial") }
        guard loi > 0 else {
            return ([], [UIText.t("Jumlah \(n) misi dalam data ini: \(sum) · bukan angka resmi", "\(ms) in this data set: \(sum) · not an official figure", l),
                         UIText.t("Σ \(n) misi \(sum) (bukan angka resmi)", "Σ \(ms) \(sum) (not official)", l)] + minimal)
        }
        let value = Labels.letterOfIntentValue(loi, l)
        let short = scaled(model.transactionsRupiah, l), shortLoI = scaled(loi, l, places: 3)
        var withLetters = [
            UIText.t("Transaksi \(n) misi dalam data ini: \(sum) · bukan angka resmi · \(Labels.plusLetterOfIntent(loi, l))",
                     "Transactions of \(ms) in this data set: \(sum) · not an official figure · \(Labels.plusLetterOfIntent(loi, l))", l),
            UIText.t("Σ transaksi \(n) misi \(sum) (bukan angka resmi) · LoI \(value) bukan transaksi",
                     "Σ transactions \(ms) \(sum) (not official) · LoI \(value) not transactions", l),
            UIText.t("Σ \(n) misi \(short) bukan resmi · LoI \(shortLoI) bukan transaksi", "Σ \(ms) \(short) unofficial · LoI \(shortLoI) not transactions", l),
        ]
        // English at 80 columns: the one-letter scale, only where the words leave no room (a comma
        // groups everywhere else in English, so `3.296` reads as a decimal).
        if l == .en {
            let big = PresenterView.bigText(model.transactionsRupiah, l), bigLoI = PresenterView.scaleLetter(value)
            withLetters.append("Σ \(ms) \(big) unofficial · LoI \(bigLoI) not transactions")
        }
        return (withLetters, [UIText.t("Σ transaksi \(n) misi \(short) (bukan resmi)", "Σ transactions \(ms) \(short) (not official)", l)] + minimal)
    }
}
