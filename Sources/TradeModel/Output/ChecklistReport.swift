/// `trade-tui checklist`: the follow-up report for the governor's office.
///
/// Recommendations come in two groups: the 2025 paper's (numbered as the paper numbers them) and,
/// after them, groupings not from the paper, each with its reason. Every action cites its source;
/// an owner, due date or status that no source states is marked ≈/∑ with the word, and only a
/// stated due date can make an action overdue (`FollowUpAction.isOverdue`).
public enum ChecklistReport {
    struct Row {
        var action: FollowUpAction
        var recommendation: Recommendation?
        var overdue: Bool
        var pastInferredDue: Bool
        var notes: [ActionChange]
        var last: ActionChange?
        var missionTitle: String?
    }

    /// A recommendation and its actions; `recommendation` is nil for an id the data set lacks.
    struct Group {
        var id: String
        var recommendation: Recommendation?
        var rows: [Row]
        var fromPaper: Bool { recommendation?.isFromPaper ?? false }
        var done: Int { rows.filter { $0.action.status == .done }.count }
    }

    /// The paper's recommendations in the paper's order, then the others in fixture order, then
    /// any recommendation id an action names that the data set does not hold.
    static func groups(_ ds: Dataset, today: PartialDate?) -> [Group] {
        var byRec: [String: [Row]] = [:]
        var unknownIds: [String] = []
        let known = Set(ds.recommendations.map(\.id))
        for a in ds.actions {
            let hist = ds.actionHistory[a.id] ?? []
            let title = a.mission.flatMap { m in ds.mission(m)?.title ?? ds.agreements.first { $0.id == m }?.title }
            let row = Row(action: a, recommendation: nil, overdue: a.isOverdue(today: today),
                          pastInferredDue: a.isPastInferredDue(today: today),
                          notes: hist.filter { if case .actionNoteAdded = $0.body { true } else { false } },
                          last: hist.last, missionTitle: title)
            if !known.contains(a.recommendation) && byRec[a.recommendation] == nil { unknownIds.append(a.recommendation) }
            byRec[a.recommendation, default: []].append(row)
        }
        let indexed = ds.recommendations.enumerated()
        let paper = indexed.filter { $0.element.isFromPaper }.sorted { ($0.element.order ?? 0, $0.offset) < ($1.element.order ?? 0, $1.offset) }
        let others = indexed.filter { !$0.element.isFromPaper }
        var seen: Set<String> = []
        var out: [Group] = []
        for (_, r) in paper + others where seen.insert(r.id).inserted {
            let rows = (byRec[r.id] ?? []).map { var x = $0; x.recommendation = r; return x }
            out.append(Group(id: r.id, recommendation: r, rows: rows))
        }
        for id in unknownIds { out.append(Group(id: id, recommendation: nil, rows: byRec[id] ?? [])) }
        return out
    }

    static func rows(_ ds: Dataset, today: PartialDate?) -> [Row] { groups(ds, today: today).flatMap(\.rows) }

    /// The sources the paper's recommendations cite: an obstacle citing one of them is the paper's.
    static func paperSources(_ ds: Dataset) -> Set<String> {
        Set(ds.recommendations.filter(\.isFromPaper).map(\.source))
    }

    /// A due date, or a basis that says something about one: without either there is no due to qualify.
    static func hasDue(_ a: FollowUpAction) -> Bool { a.due != nil || !a.dueBasis.isStated }

    static func note(_ c: ActionChange) -> String {
        if case .actionNoteAdded(_, let n) = c.body { return n }
        return ""
    }

    /// One row per action. The first twelve columns are the report's since its first version;
    /// the bases say `stated`, `inferred` or `derived`; `sourceTitle` is the headline in quotes or
    /// a description in brackets (`Source.heading`). Laid out in `style`.
    public static func csv(_ ds: Dataset, today: PartialDate?, lang: Language = .id, style: CSVStyle = .unix) -> String {
        let header = ["id", "done", "status", "recommendation", "title", "owner", "due", "overdue", "mission", "lastChangedAt", "lastChangedBy", "notes",
                      "ownerBasis", "dueBasis", "statusBasis", "pastInferredDue", "recommendationOrder", "source", "sourcePublisher", "sourceTitle"]
        var out: [[String]] = []
        for r in rows(ds, today: today) {
            let a = r.action
            let src = ds.source(a.source)
            let fields = [a.id, a.status == .done ? "true" : "false", a.status.rawValue, r.recommendation?.titleId ?? a.recommendation,
                          a.titleId, a.owner, a.due?.description ?? "", r.overdue ? "true" : "false", a.mission ?? "",
                          r.last?.at ?? "", r.last?.user ?? "", r.notes.map(note).joined(separator: " | "),
                          a.ownerBasis.kind.rawValue, hasDue(a) ? a.dueBasis.kind.rawValue : "", a.statusBasis.kind.rawValue,
                          r.pastInferredDue ? "true" : "false", r.recommendation?.order.map(String.init) ?? "",
                          a.source, src?.publisher ?? "", src?.heading(lang) ?? ""]
            out.append(fields)
        }
        return style.document(header: header, rows: out)
    }
}
