/// `trade-tui checklist`: the follow-up report for the governor's office.
public enum ChecklistReport {
    struct Row {
        var action: FollowUpAction
        var recommendation: Recommendation?
        var overdue: Bool
        var notes: [ActionChange]
        var last: ActionChange?
        var missionTitle: String?
    }

    static func rows(_ ds: Dataset, today: PartialDate?) -> [Row] {
        let recs = Dictionary(ds.recommendations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let order = Dictionary(ds.recommendations.map { ($0.id, $0.order) }, uniquingKeysWith: { a, _ in a })
        return ds.actions.enumerated().sorted { (order[$0.element.recommendation] ?? 0, $0.offset) < (order[$1.element.recommendation] ?? 0, $1.offset) }
            .map { _, a in
                let hist = ds.actionHistory[a.id] ?? []
                let overdue = a.status != .done && a.due != nil && today != nil && a.due! < today!
                let title = a.mission.flatMap { m in ds.mission(m)?.title ?? ds.agreements.first { $0.id == m }?.title }
                return Row(action: a, recommendation: recs[a.recommendation], overdue: overdue,
                           notes: hist.filter { if case .actionNoteAdded = $0.body { true } else { false } },
                           last: hist.last, missionTitle: title)
            }
    }

    static func note(_ c: ActionChange) -> String {
        if case .actionNoteAdded(_, let n) = c.body { return n }
        return ""
    }

    /// `{"datasetId": …, "done": n, "total": n, "actions": [{"id", "done", …}]}`.
    public static func json(_ ds: Dataset, today: PartialDate?) -> String {
        let rows = rows(ds, today: today)
        var w = JSONWriter()
        w.beginObject()
        w.string("datasetId", ds.datasetId)
        w.string("asOf", today?.description)
        w.int("done", rows.filter { $0.action.status == .done }.count)
        w.int("total", rows.count)
        w.beginArray("actions")
        for r in rows {
            let a = r.action
            w.beginObject()
            w.string("id", a.id)
            w.bool("done", a.status == .done)
            w.string("status", a.status.rawValue)
            w.string("recommendation", a.recommendation)
            w.string("recommendationTitle", r.recommendation?.titleId)
            w.string("title", a.titleId)
            w.string("titleEn", a.titleEn)
            w.string("owner", a.owner)
            w.string("due", a.due?.description)
            w.bool("dueInferred", a.dueInferred)
            w.bool("overdue", r.overdue)
            w.string("mission", a.mission)
            w.string("missionTitle", r.missionTitle)
            w.string("source", a.source)
            w.beginArray("notes")
            for n in r.notes {
                w.beginObject(); w.string("at", n.at); w.string("user", n.user); w.string("note", note(n)); w.endObject()
            }
            w.endArray()
            w.string("lastChangedAt", r.last?.at)
            w.string("lastChangedBy", r.last?.user)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }

    public static func csv(_ ds: Dataset, today: PartialDate?) -> String {
        var out = ["id,done,status,recommendation,title,owner,due,overdue,mission,lastChangedAt,lastChangedBy,notes"]
        for r in rows(ds, today: today) {
            let a = r.action
            let fields = [a.id, a.status == .done ? "true" : "false", a.status.rawValue, r.recommendation?.titleId ?? a.recommendation,
                          a.titleId, a.owner, a.due?.description ?? "", r.overdue ? "true" : "false", a.mission ?? "",
                          r.last?.at ?? "", r.last?.user ?? "", r.notes.map(note).joined(separator: " | ")]
            out.append(fields.map(CSVField.escape).joined(separator: ","))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown for a memo, or plain text for a terminal; notes' times in `zone` (journal times are UTC).
    public static func document(_ ds: Dataset, today: PartialDate?, lang: Language, markdown: Bool, zone: LocalZone) -> String {
        let rows = rows(ds, today: today)
        let done = rows.filter { $0.action.status == .done }.count
        var out = ""
        func line(_ s: String = "") { out += Sanitizer.line(s) + "\n" }
        let title = lang == .id ? "Laporan tindak lanjut" : "Follow-up report"
        line(markdown ? "# \(title): \(lang == .id ? ds.title : ds.titleEn)" : "\(title): \(lang == .id ? ds.title : ds.titleEn)")
        line()
        line((lang == .id ? "Selesai" : "Done") + ": \(done)/\(rows.count)" + (today.map { " · " + (lang == .id ? "per " : "as of ") + DateText.long($0, lang) } ?? ""))
        var current: String?
        for r in rows {
            if r.action.recommendation != current {
                current = r.action.recommendation
                let rs = rows.filter { $0.action.recommendation == current }
                let rd = rs.filter { $0.action.status == .done }.count
                line()
                let head = "\(r.recommendation?.order ?? 0). \(r.recommendation?.title(lang) ?? r.action.recommendation) (\(rd)/\(rs.count))"
                line(markdown ? "## " + head : head)
            }
            let a = r.action
            let box = a.status == .done ? "[x]" : "[ ]"
            var s = (markdown ? "- \(box) " : "  \(box) ") + a.title(lang) + " — " + a.owner
            if let due = a.due { s += " — " + (lang == .id ? "tenggat " : "due ") + DateText.medium(due, lang) + (a.dueInferred ? "*" : "") }
            if r.overdue { s += " — ⚠ " + Labels.overdue(lang).uppercased() }
            if a.status == .inProgress { s += " — " + (lang == .id ? "berjalan" : "in progress") }
            line(s)
            for n in r.notes { line((markdown ? "  - " : "      ") + "\(DateText.eventTime(n.at, zone, lang)) \(n.user): \(note(n))") }
        }
        if rows.contains(where: { $0.action.dueInferred }) {
            line()
            line("* " + (lang == .id ? "tenggat disimpulkan, tidak tertulis di sumber" : "due date inferred, not stated in the source"))
        }
        return out
    }
}
