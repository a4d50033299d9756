import TradeModel
import TradeState

/// The figures announced on a mission's day, as the wall shows them: in time order, each with the
/// short name of its source, and a figure another source gives differently for the same moment
/// right under it, marked `≠`. A time the source gives only as "midday" is `~12.00 siang`.
extension PresenterView {
    public struct ReportedRow: Sendable {
        public var total: ReportedTotal
        /// It disagrees with the row above (`ReportedTotal.conflictsWith`).
        public var differs: Bool
    }

    /// The mission's reported totals in time order (untimed finals last), each followed by those
    /// that disagree with it.
    public static func reported(_ model: DashboardModel, _ mission: String) -> [ReportedRow] {
        let all = model.dataset.reportedTotals.filter { $0.mission == mission }
        func rank(_ t: ReportedTotal) -> Int {
            let minute = t.localTime?.minutesOfDay ?? (t.role == .interim ? 24 * 60 : 24 * 60 + 1)
            return minute * 3 + (t.role == .interim ? 0 : t.role == .final ? 1 : 2)
        }
        let sorted = all.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        var out: [ReportedRow] = []
        var placed: Set<String> = []
        for t in sorted where !placed.contains(t.id) {
            out.append(ReportedRow(total: t, differs: false))
            placed.insert(t.id)
            for u in sorted where !placed.contains(u.id) && (t.conflictsWith.contains(u.id) || u.conflictsWith.contains(t.id)) {
                out.append(ReportedRow(total: u, differs: true))
                placed.insert(u.id)
            }
        }
        return out
    }

    /// `~12.00 siang`, `17.00 final`, `final lain`, or the source's own words for an untimed
    /// interim (`dalam dua jam pertama`). With `zone`, the zone after the time; with
    /// `interimWord`, `sementara` after an interim's time.
    public static func when(_ t: ReportedTotal, zone: ZoneCode?, interimWord: Bool, _ l: Language) -> String {
        var parts: [String] = []
        if let lt = t.localTime {
            parts.append((t.timeApproximate ? "~" : "") + (l == .id ? lt.dotted : lt.colon) + (zone.map { " " + $0.rawValue } ?? ""))
            if t.timeApproximate { parts.append(dayPart(lt.hour, l)) }
        } else if t.role == .interim, let note = t.timeNote {
            parts.append(note.text(l))
        }
        if t.role != .interim || (interimWord && t.localTime != nil) || parts.isEmpty { parts.append(Labels.role(t.role, l)) }
        return parts.joined(separator: " ")
    }

    /// The part of the day an approximate time stands for: `siang` for midday.
    public static func dayPart(_ hour: Int, _ l: Language) -> String {
        switch hour {
        case 4..<11: UIText.t("pagi", "morning", l)
        case 11..<15: UIText.t("siang", "midday", l)
        case 15..<18: UIText.t("sore", "afternoon", l)
        default: UIText.t("malam", "evening", l)
        }
    }

    /// The source's publisher as a hall reads it (`shortPublisher`), or its id when unknown.
    public static func sourceName(_ id: String, _ model: DashboardModel) -> String {
        model.dataset.source(id).map { shortPublisher($0.publisher) } ?? id
    }

    /// A publisher, shortened sensibly: the first of several (`a; b` → `a +1`), the originator of
    /// a relay (`ANTARA via selalukabar.com` → `ANTARA`), no aside in brackets, no `www.`; the
    /// newspaper groups' sites by their papers' names (`radarbalikpapan.com` → `Radar Balikpapan`).
    /// Other sites keep their address (`dppkukm.kaltimprov.go.id`), which is how they are cited.
    public static func shortPublisher(_ publisher: String) -> String {
        let several = publisher.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        var name = several.first ?? publisher
        if let via = name.firstRange(of: " via ") { name = String(name[..<via.lowerBound]) }
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
            name = String(name[..<open]).trimmingSpaces
        }
        if name.lowercased().hasPrefix("www.") { name = String(name.dropFirst(4)) }
        let labels = name.split(separator: ".")
        let base = String(labels.first ?? "")
        // A paper's own site: one name before the domain (`radarbalikpapan.com`, `radarlambar`).
        let ownSite = labels.count == 1 || labels.count == 2 || (labels.count == 3 && labels[1] == "co")
        if ownSite, base.allSatisfy({ $0.isLowercase }) {
            for group in ["radar", "tribun"] where base.hasPrefix(group) && base.count > group.count + 2 {
                name = group.prefix(1).uppercased() + group.dropFirst() + " " + base.dropFirst(group.count).prefix(1).uppercased() + base.dropFirst(group.count + 1)
            }
        }
        let more = several.count > 1 ? " +\(several.count - 1)" : ""
        return TextWidth.clip(name, 30 - more.count) + more
    }

    /// How the announced figures are laid out in `width` columns: the heading beside the first row
    /// or on a row of its own, the form of the figures (all in the same), the time and source columns.
    struct ReportedLayout {
        var headingInline: Bool
        var values: [String]
        var timeW: Int
        var valueW: Int
        var rows: Int
    }

    static func reportedLayout(_ rows: [ReportedRow], zone: ZoneCode?, width: Int, _ l: Language) -> ReportedLayout? {
        guard !rows.isEmpty else { return nil }
        let heading = UIText.t("Diumumkan", "Announced", l)
        let times = rows.map { r in r.differs && sameMoment(r, rows) ? "" : when(r.total, zone: zone, interimWord: false, l) }
        let timeW = min(24, times.map { TextWidth.of($0) }.max() ?? 0)
        let forms = rows.map { figureForms($0.total.valueRupiah, l) }
        // The figure is never cut: the heading moves above, then every figure takes a shorter form.
        for inline in [true, false] {
            for k in 0..<(forms.map(\.count).max() ?? 1) {
                let values = forms.map { $0[min(k, $0.count - 1)] }
                let valueW = values.map { TextWidth.of($0) }.max() ?? 0
                let lead = inline ? TextWidth.of(heading) + 2 : 0
                if lead + timeW + 3 + valueW <= width {
                    return ReportedLayout(headingInline: inline, values: values, timeW: timeW, valueW: valueW, rows: rows.count + (inline ? 0 : 1))
                }
            }
        }
        return nil
    }

    /// Rows the announced figures take in `width` columns (0: they do not fit).
    static func reportedHeight(_ rows: [ReportedRow], zone: ZoneCode? = nil, width: Int, _ l: Language) -> Int {
        reportedLayout(rows, zone: zone, width: width, l)?.rows ?? 0
    }

    /// The announced figures as a table from (x, y), one per row, stopping before `maxY`:
    /// `Diumumkan  ~12.00 siang    Rp666 miliar  dppkukm.kaltimprov.go.id`
    /// `                         ≠ Rp834 miliar  Radar Balikpapan`. Returns the row after the last.
    /// Where the room is narrow the heading goes above and the figures take a shorter form; the
    /// source gives way (cut after a word), never a figure.
    @discardableResult
    public static func drawReported(_ buf: inout ScreenBuffer, _ rows: [ReportedRow], zone: ZoneCode?, x: Int, y: Int, maxY: Int, maxX: Int,
                                    _ model: DashboardModel, _ l: Language) -> Int {
        guard let layout = reportedLayout(rows, zone: zone, width: maxX - x, l) else { return y }
        let heading = UIText.t("Diumumkan", "Announced", l)
        let times = rows.map { r in r.differs && sameMoment(r, rows) ? "" : when(r.total, zone: zone, interimWord: false, l) }
        var row = y
        if !layout.headingInline, row < maxY {
            buf.put(heading, x: x, y: row, role: .title, maxX: maxX)
            row += 1
        }
        let tx = layout.headingInline ? x + TextWidth.of(heading) + 2 : x
        let vx = tx + layout.timeW + 3
        let sx = vx + layout.valueW + 2
        for (i, r) in rows.enumerated() where row < maxY {
            if i == 0 && layout.headingInline { buf.put(heading, x: x, y: row, role: .title, maxX: maxX) }
            buf.put(wordFit(times[i], layout.timeW), x: tx, y: row, role: .normal, maxX: maxX)
            if r.differs { buf.put("≠", x: vx - 2, y: row, role: .conflict, maxX: maxX) }
            buf.put(layout.values[i], x: vx, y: row, role: .money, maxX: maxX)
            if maxX - sx >= 6 { buf.put(wordFit(sourceName(r.total.source, model), maxX - sx), x: sx, y: row, role: .normal, maxX: maxX) }
            row += 1
        }
        return row
    }

    /// A differing row announced at the same time as the one it differs from: its time is not
    /// repeated, so the two figures read as one moment, two sources.
    static func sameMoment(_ r: ReportedRow, _ rows: [ReportedRow]) -> Bool {
        guard let i = rows.firstIndex(where: { $0.total.id == r.total.id }),
              let first = rows[..<i].last(where: { !$0.differs }) else { return false }
        return first.total.localTime == r.total.localTime && first.total.timeApproximate == r.total.timeApproximate
            && (first.total.role == .interim) == (r.total.role == .interim)
    }
}
