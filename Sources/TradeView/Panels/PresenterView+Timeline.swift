import TradeModel
import TradeState

/// The timeline slide: a mission's day as a chart of its running total — time on x in the
/// mission's zone, rupiah on y — with the figures announced through the day marked where they were
/// announced (`●`, and `≠` for another source's different figure), the table of those figures and
/// their sources beneath, and a column for the total now where it is not the chart's last level
/// (finals announced without a time are marked on it). The data set's slide is its years.
extension PresenterView {
    /// Block characters for columns, an eighth of a row each.
    static let columnEighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// What the chart shows, from values the state holds (the running total) and the announced figures.
    struct DayChart {
        struct Mark { var minute: Int?; var value: Int64; var differs: Bool }
        /// UTC minutes at the left and right edges.
        var start: Int
        var end: Int
        /// The level drawn at a minute (nil: nothing known yet, or later than now).
        var level: (Int) -> Int64?
        var fromJournal: Bool
        var marks: [Mark]
        /// The total now, drawn as its own column where the chart does not end on it.
        var now: Int64?
        /// The levels the chart reaches, for its scale.
        var levels: [Int64]
        var top: Int64 { max(marks.map(\.value).max() ?? 0, now ?? 0, levels.max() ?? 0) }
    }

    static func dayChart(_ p: PresenterState, _ sc: Scope, _ rows: [ReportedRow], zone: ZoneCode) -> DayChart? {
        let date = sc.mission?.date ?? sc.agreement?.date
        // The day in UTC minutes, where the date is known to the day.
        let dayStart = date?.daysSince1970.map { $0 * 1440 - zone.utcOffsetMinutes }
        let inDay = { (m: Int) in dayStart.map { m >= $0 && m < $0 + 1440 } ?? true }
        let now = p.utc / 60
        let live = dayStart.map { now >= $0 && now < $0 + 1440 } ?? false
        let running = p.figures.running
        let events = running.steps.filter { inDay($0.minute) }
        var marks: [DayChart.Mark] = rows.compactMap { r in
            if let t = r.total.localTime, let d = dayStart { return DayChart.Mark(minute: d + t.minutesOfDay, value: r.total.valueRupiah, differs: r.differs) }
            // A final without a time is where the day ended: on the column of the total now.
            return r.total.role == .interim ? nil : DayChart.Mark(minute: nil, value: r.total.valueRupiah, differs: r.differs)
        }
        let times = marks.compactMap(\.minute) + events.map(\.minute) + (live ? [now] : [])
        guard let first = times.min(), let last = times.max(), !sc.noFigure else { return nil }
        let start = first / 60 * 60
        let end = max((last + 60) / 60 * 60, start + 60)
        let fromJournal = !events.isEmpty
        let announced = marks.filter { !$0.differs }.compactMap { m in m.minute.map { ($0, m.value) } }.sorted { $0.0 < $1.0 }
        // Only the clock of a live day and nothing to draw yet: the figures, not an empty chart.
        guard fromJournal || marks.contains(where: { $0.minute != nil }) else { return nil }
        let level: (Int) -> Int64? = fromJournal
            ? { m in live && m > now ? nil : running.total(at: m) }
            : { m in announced.last { $0.0 <= m }?.1 }
        let ends = level(end - 1)
        let column = marks.contains { $0.minute == nil } || (!live && ends != p.shownTotal)
        if !column { marks.removeAll { $0.minute == nil } }
        let levels = fromJournal ? events.map(\.total) + [running.total(at: start)] : announced.map(\.1)
        return DayChart(start: start, end: end, level: level, fromJournal: fromJournal, marks: marks, now: column ? p.shownTotal : nil, levels: levels)
    }

    public static func timelineSlide(_ buf: inout ScreenBuffer, _ p: PresenterState, _ model: DashboardModel, _ sc: Scope, zone: ZoneCode,
                                     _ r: Rect, _ l: Language) {
        let title = slideTitle(.timeline, sc, l)
        guard let id = p.mission else { return yearsSlide(&buf, title, timelineBars(model, sc, p, l), r, l) }
        let w = r.width
        let rows = reported(model, id)
        let chart = dayChart(p, sc, rows, zone: zone)
        let heading = title.lines(w - 4, rows: r.height >= 16 ? 2 : 1)
        let tableRows = reportedHeight(rows, zone: zone, width: w - 3, l)
        let plotRows = r.height - heading.count - 1 - 2 - (tableRows > 0 ? tableRows + 1 : 0)
        guard let chart, plotRows >= 4, w >= 50 else {
            // No time in the sources, or no room for a chart: the figures as a scoreboard.
            let why = chart == nil && !sc.noFigure && !rows.isEmpty
                ? UIText.t("Sumber tidak menyebut jam angka-angka ini: tidak ada grafik hari ini.",
                           "The sources give no time for these figures: no chart of the day.", l) : nil
            return heroSlide(&buf, title, timelineBars(model, sc, p, l), r, l, footnote: why)
        }
        var y = r.y
        for t in heading { buf.put(t, x: 2, y: y, role: .title, maxX: w - 1); y += 1 }
        legend(&buf, chart, y: y, width: w, l)
        let plot = Rect(x: 0, y: y + 1, width: w, height: plotRows)
        drawChart(&buf, chart, plot, zone: zone, l)
        if tableRows > 0 {
            drawReported(&buf, rows, zone: zone, x: 2, y: plot.maxY + 3, maxY: r.maxY, maxX: w - 1, model, l)
        }
    }

    /// `█ total yang diumumkan   ● diumumkan   ≠ sumber lain`: what the marks mean, on the row
    /// beneath the title, in the longest form that fits.
    static func legend(_ buf: inout ScreenBuffer, _ chart: DayChart, y: Int, width w: Int, _ l: Language) {
        let area = chart.fromJournal ? UIText.t("total berjalan menurut jurnal", "running total from the journal", l)
            : UIText.t("total yang diumumkan, berlaku sampai angka berikutnya", "announced total, until the next figure", l)
        let short = chart.fromJournal ? UIText.t("total berjalan", "running total", l) : UIText.t("total yang diumumkan", "announced total", l)
        let marks = [Span("   ● ", .money), Span(UIText.t("diumumkan", "announced", l), .dim)]
            + (chart.marks.contains { $0.differs } ? [Span("   ≠ ", .conflict), Span(UIText.t("sumber lain berbeda", "another source differs", l), .dim)] : [])
        let forms: [StyledLine] = [[Span("█ ", .bar), Span(area, .dim)] + marks, [Span("█ ", .bar), Span(short, .dim)] + marks, [Span("█ ", .bar), Span(short, .dim)]]
        if let line = firstFit(forms, w - 4) { buf.draw(line, x: 2, y: y, maxX: w - 1) }
    }

    /// The chart in `r` (its plot rows), the time axis on the two rows beneath.
    static func drawChart(_ buf: inout ScreenBuffer, _ c: DayChart, _ r: Rect, zone: ZoneCode, _ l: Language) {
        let rows = r.height
        // The tightest round top with a label at most every second row.
        let (top, step) = (2...max(2, min(5, rows / 2))).map { niceScale(c.top, ticks: $0) }.min { $0.top < $1.top } ?? (1, 1)
        let ticks = Array(stride(from: Int64(0), through: top, by: Int(step)))
        let label = { (v: Int64) in v == 0 ? "0" : scaleLetter(Rupiah.short(v, l)) }
        let labelW = ticks.map { TextWidth.of(label($0)) }.max() ?? 1
        let nowW = c.now == nil ? 0 : max(8, TextWidth.of(UIText.t("sekarang", "now", l))) + 2
        let x0 = 2 + labelW + 1, x1 = r.width - 2 - nowW
        let width = x1 - x0, span = c.end - c.start, bottom = r.maxY - 1
        let eighths = { (v: Int64) in Int((Int128(max(0, v)) * Int128(rows * 8) + Int128(top / 2)) / Int128(top)) }
        let rowOf = { (v: Int64) in bottom - max(0, (eighths(v) - 1) / 8) }
        func column(_ x: Int, _ v: Int64) {
            let e = eighths(v)
            for k in 0..<(e / 8) where bottom - k >= r.y { buf.put("█", x: x, y: bottom - k, role: .bar) }
            if e % 8 > 0, bottom - e / 8 >= r.y { buf.put(String(columnEighths[e % 8 - 1]), x: x, y: bottom - e / 8, role: .bar) }
        }
        // The y axis: rupiah at a few round values.
        for y in r.y...bottom { buf.put("│", x: x0 - 1, y: y, role: .dim) }
        for v in ticks {
            let y = v == 0 ? bottom : rowOf(v)
            buf.put(TextWidth.fit(label(v), labelW, right: true), x: 2, y: y, role: .dim)
            buf.put("┤", x: x0 - 1, y: y, role: .dim)
        }
        for i in 0..<width {
            if let v = c.level(c.start + (i + 1) * span / width - 1) { column(x0 + i, v) }
        }
        // The time axis: whole hours, as many as have room, in the mission's zone.
        buf.put("└" + String(repeating: "─", count: width), x: x0 - 1, y: bottom + 1, role: .dim)
        let hours = span / 60
        let every = [1, 2, 3, 4, 6, 12, 24].first { hours / $0 * 8 <= width } ?? 24
        buf.put(zone.rawValue, x: 2, y: bottom + 2, role: .dim)
        for h in stride(from: 0, through: hours, by: every) {
            let minute = c.start + h * 60
            let x = x0 + min(width - 1, h * 60 * width / span)
            buf.put("┴", x: x, y: bottom + 1, role: .dim)
            let text = LocalZone(zone).hourMinute(utcSeconds: minute * 60, l)
            buf.put(text, x: max(x0, min(x1 - TextWidth.of(text), x - 2)), y: bottom + 2, role: .dim)
        }
        // The total now, on its own column, with the finals announced without a time.
        if let now = c.now {
            let x = x1 + 3
            for i in 0..<3 { column(x + i, now) }
            let word = UIText.t("sekarang", "now", l)
            buf.put(word, x: x1 + 2, y: bottom + 2, role: .title, maxX: r.width)
            markLabel(&buf, now, x: x, y: rowOf(now) - 1, width: nowW, r, l)
        }
        // The announced figures where (and when) they were announced.
        var untimed = 0
        for m in c.marks.sorted(by: { !$0.differs && $1.differs }) {
            let x: Int
            if let minute = m.minute { x = x0 + min(width - 1, max(0, (minute - c.start) * width / span)) } else {
                x = x1 + 2 - untimed
                untimed += 1
            }
            let y = rowOf(m.value)
            buf.put(m.differs ? "≠" : "●", x: x, y: y, role: m.differs ? .conflict : .money)
            if m.minute != nil { markLabel(&buf, m.value, x: x, y: y, width: 0, r, l) }
        }
    }

    /// A mark's figure in the nearest free cells: above it and to its left, above and to its right,
    /// then beside it; or not at all (the table beneath has every figure).
    static func markLabel(_ buf: inout ScreenBuffer, _ v: Int64, x: Int, y: Int, width: Int, _ r: Rect, _ l: Language) {
        guard let text = firstFit(figureForms(v, l).dropFirst().map { $0 }, 12) else { return }
        let n = TextWidth.of(text)
        let spots = width > 0 ? [(x, y)] : [(x - n + 1, y - 1), (x, y - 1), (x + 2, y), (x - n - 1, y)]
        for (sx, sy) in spots where sy >= r.y && sx >= 0 && sx + n <= r.width - 1 {
            if (sx..<(sx + n)).allSatisfy({ buf[$0, sy].ch == " " }) {
                buf.put(text, x: sx, y: sy, role: .money)
                return
            }
        }
    }

    /// A round top for the axis and its step: 1, 2, 2.5 or 5 times a power of ten, `ticks` steps.
    static func niceScale(_ maxValue: Int64, ticks: Int) -> (top: Int64, step: Int64) {
        guard maxValue > 0 else { return (1, 1) }
        let raw = Double(maxValue) / Double(ticks)
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
        let s = max(1, Int64(min(step, Double(Int64.max / 4))))
        let (count, rest) = maxValue.quotientAndRemainder(dividingBy: s)
        let steps = count + (rest > 0 ? 1 : 0)
        let (top, over) = steps.multipliedReportingOverflow(by: s)
        return over ? (maxValue, maxValue) : (top, s)
    }
}
