extension ChecklistReport {
    /// Markdown for a memo, or plain text for a terminal: the paper's recommendations, those not
    /// from the paper, the obstacles and the indicators, each citing its source. In Markdown every
    /// text after the report's own marks (`#`, `- [ ]`) is escaped (`MarkdownText`), so text from
    /// the data is only ever text.
    public static func document(_ ds: Dataset, today: PartialDate?, lang: Language, markdown: Bool, zone: LocalZone = .utc) -> String {
        let W = ReportWords.self
        let groups = groups(ds, today: today)
        let rows = groups.flatMap(\.rows)
        let done = rows.filter { $0.action.status == .done }.count
        let unknown = rows.filter { $0.action.status == .unknown }.count
        var out = ""
        func line(_ s: String = "") { out += Sanitizer.line(s) + "\n" }
        /// Text as the reader must see it: escaped in Markdown.
        func text(_ s: String) -> String { markdown ? MarkdownText.escape(s) : s }
        /// `number` is the report's own ("1. "), never escaped.
        func heading(_ level: Int, _ s: String, number: String = "") {
            line(markdown ? String(repeating: "#", count: level) + " " + number + text(s) : number + s)
        }
        /// A part of the report (not from the paper, obstacles, indicators): underlined in text.
        func section(_ s: String) {
            heading(2, s)
            if !markdown { line(String(repeating: "─", count: TextWidth.of(s))) }
        }
        /// A line under an item: a nested bullet in Markdown, indented in text.
        func detail(_ s: String, depth: Int = 1) {
            line(markdown ? String(repeating: "  ", count: depth) + "- " + text(s) : String(repeating: "    ", count: depth) + s)
        }
        func cite(_ id: String) -> String { "\(W.source(lang)): " + W.citation(id, ds, lang) }
        func marked(_ p: Provenance) -> String { p.isStated ? "" : " (" + W.basis(p, lang) + ")" }

        let title = ds.heading(lang)
        heading(1, "\(W.report(lang)): \(title)")
        line()
        line(text(Labels.progress(done: done, total: rows.count, unknown: unknown, lang) + (today.map { " · \(W.asOf(lang)) " + DateText.long($0, lang) } ?? "")))
        line(text(W.legend(lang)))

        func group(_ g: Group, level: Int) {
            line()
            let number = g.recommendation?.order.flatMap { g.fromPaper ? "\($0). " : nil } ?? ""
            heading(level, "\(g.recommendation?.title(lang) ?? g.id) (\(g.done)/\(g.rows.count))", number: number)
            if let r = g.recommendation {
                if !r.basis.isStated { line(text(W.basis(r.basis, lang))) }
                if let o = r.addresses {
                    let obstacle = ds.obstacles.first { $0.id == o }.map { lang == .id ? $0.textId : $0.textEn }
                    line(text("\(W.addresses(lang)): " + (obstacle.map { "\($0) [\(o)]" } ?? "[\(o)]")))
                }
                line(text(cite(r.source)))
            }
            for r in g.rows { action(r) }
        }

        func action(_ r: Row) {
            let a = r.action
            let box = switch a.status {
            case .done: "[x]"
            case .unknown: "[?]"
            case .open, .inProgress: "[ ]"
            }
            line((markdown ? "- \(box) " : "  \(box) ") + text(a.title(lang)))
            detail("\(W.owner(lang)): \(a.owner)" + marked(a.ownerBasis))
            if let due = a.due {
                var s = "\(W.due(lang)): \(DateText.medium(due, lang))" + marked(a.dueBasis)
                if r.overdue { s += " — ⚠ " + Labels.overdue(lang).uppercased() }
                if r.pastInferredDue { s += " — " + W.pastInferredDue(lang) }
                detail(s)
            } else if !a.dueBasis.isStated {
                detail("\(W.due(lang)): —" + marked(a.dueBasis))
            }
            detail("\(W.status(lang)): \(W.status(a.status, lang))" + marked(a.statusBasis))
            if let m = a.mission { detail("\(W.linkedTo(lang)): " + (r.missionTitle.map { "\($0) [\(m)]" } ?? "[\(m)]")) }
            detail(cite(a.source))
            for n in r.notes { detail("\(DateText.eventTime(n.at, zone, lang)) \(n.user): \(note(n))") }
        }

        let paper = groups.filter(\.fromPaper)
        let others = groups.filter { !$0.fromPaper }
        for g in paper { group(g, level: 2) }
        if !others.isEmpty {
            line()
            section(W.notFromPaper(lang))
            for g in others { group(g, level: 3) }
        }

        let paperSources = paperSources(ds)
        let fromPaper = ds.obstacles.filter { paperSources.contains($0.source) }
        let elsewhere = ds.obstacles.filter { !paperSources.contains($0.source) }
        for (name, list) in [(W.obstaclesFromPaper(lang), fromPaper), (fromPaper.isEmpty ? W.obstacles(lang) : W.obstaclesElsewhere(lang), elsewhere)]
        where !list.isEmpty {
            line()
            section(name)
            for o in list {
                line((markdown ? "- " : "  ") + text((lang == .id ? o.textId : o.textEn) + " [\(o.id)]"))
                if !o.basis.isStated { detail(W.basis(o.basis, lang)) }
                detail(cite(o.source))
            }
        }

        if !ds.indicators.isEmpty {
            line()
            section(W.indicators(lang))
            for i in ds.indicators {
                line((markdown ? "- " : "  ") + text("\(i.subject.text(lang)), \(DateText.period(i.period, lang)): \(i.figure(lang)) [\(i.id)]"))
                if let n = i.note { detail("\(W.note(lang)): \(n.text(lang))") }
                if !i.basis.isStated { detail(W.basis(i.basis, lang)) }
                detail(cite(i.source))
            }
        }
        return out
    }
}
