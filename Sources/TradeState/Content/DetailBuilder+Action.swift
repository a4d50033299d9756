import TradeModel

extension DetailBuilder {
    public mutating func action(_ a: FollowUpAction) {
        let ds = model.dataset
        out.append([Span(a.title(lang), .title)])
        if let r = ds.recommendations.first(where: { $0.id == a.recommendation }) { recommendation(r) }
        section(t("Rincian", "Details"))
        let label = { (s: String) in Span("  " + TextWidth.fit(s, 18)) }
        idRow(a.id, command: "action")
        var status: StyledLine = [label(t("Status", "Status")), Span(UIText.status(a.status, lang), a.status == .done ? .done : .normal)]
        if a.status == .unknown { status.append(Span("  " + t("tidak dinyatakan sumber", "not stated in the sources"), .dim)) }
        out.append(status + mark(a.statusBasis))
        reason(a.statusBasis, indent: 20)
        out.append([label(t("Penanggung jawab", "Owner")), Span(a.owner)] + mark(a.ownerBasis))
        reason(a.ownerBasis, indent: 20)
        if let due = a.due {
            var line: StyledLine = [label(t("Tenggat", "Due")), Span(DateText.long(due, lang))] + mark(a.dueBasis)
            if model.isOverdue(a) { line.append(Span("  ⚠ " + Labels.overdue(lang), .overdue)) }
            if a.isPastInferredDue(today: model.today) {
                line.append(Span("  ? " + t("lewat perkiraan tenggat", "past the inferred due date"), .warning))
            }
            out.append(line)
            reason(a.dueBasis, indent: 20)
        } else {
            out.append([label(t("Tenggat", "Due")), Span(t("tidak disebut sumber", "not given in the sources"), .dim)])
        }
        if let mid = a.mission {
            let title = ds.mission(mid)?.title ?? ds.agreements.first { $0.id == mid }?.title ?? mid
            out.append([label(t("Terkait", "Linked to")), Span(title)])
        }
        out.append([label(t("Sumber", "Source")), bare(cite(a.source))])
        history(a)
    }

    /// The paper's recommendations by number; a grouping not from the paper says so and why.
    mutating func recommendation(_ r: Recommendation) {
        if let n = r.order {
            out.append([Span(t("Rekomendasi makalah no. ", "Paper's recommendation no. ") + "\(n): " + r.title(lang), .dim), cite(r.source)])
        } else {
            out.append([Span(t("Di luar makalah: ", "Not from the paper: ") + r.title(lang), .dim), cite(r.source)] + mark(r.basis))
            reason(r.basis, indent: 2)
        }
    }

    /// Who did what, when, with notes: every journal event for this action, oldest first by the
    /// time it was made (desks append in the order they reach the journal, not always in time).
    /// A change the journal refused (another desk changed the action first: a `Conflict`) is
    /// listed too, at its time, marked `≠ tidak diterapkan` with who changed it first.
    public mutating func history(_ a: FollowUpAction) {
        section(t("Riwayat", "History"))
        let ds = model.dataset
        let applied = (ds.actionHistory[a.id] ?? []).map { HistoryEntry.applied($0) }
        let refused = ds.conflicts.filter { $0.event.body.actionId == a.id }.map { HistoryEntry.refused($0) }
        let entries = DetailBuilder.inTimeOrder(applied + refused, at: \.at)
        if entries.isEmpty {
            out.append([Span("  " + t("belum ada perubahan (Spasi centang, n catatan, o penanggung jawab, d tenggat)",
                                      "no changes yet (Space tick, n note, o owner, d due date)"), .dim)])
        }
        for entry in entries {
            switch entry {
            case .applied(let c): out.append(appliedLine(c, a))
            case .refused(let c):
                // What was tried, then why it was not applied: wrapped, so the reason is never cut.
                let who = ds.change(c.current, ofAction: a.id)?.user
                let line = [Span("  " + DateText.eventTime(c.event.at, zone, lang) + "  ", .dim), Span(c.event.user, .title), Span("  ")]
                    + what(c.event.body, was: false) + [Span("  ≠ " + UIText.notApplied(changedFirstBy: who, lang), .conflict)]
                out += StyledWrap.wrap(line, width: width, indent: 6)
            }
        }
    }

    enum HistoryEntry {
        case applied(ActionChange)
        case refused(Conflict)
        var at: String {
            switch self {
            case .applied(let c): c.at
            case .refused(let c): c.event.at
            }
        }
    }

    mutating func appliedLine(_ c: ActionChange, _ a: FollowUpAction) -> StyledLine {
        let when = DateText.eventTime(c.at, zone, lang)
        // An agreement changed nothing: what it was "from" is not true of the action.
        var line: StyledLine = [Span("  " + when + "  ", .dim), Span(c.user, .title), Span("  ")] + what(c.body, was: c.sameAs == nil)
        if c.undoes != nil { line.append(Span("  ↶ " + t("dibatalkan", "undone"), .dim)) }
        if let g = c.sameAs {
            let who = model.dataset.change(g.first, ofAction: a.id)?.user ?? t("orang lain", "someone else")
            line.append(Span("  = " + UIText.agrees(with: who, lang), .dim))
        }
        return line
    }

    /// What a change sets, with the value it replaced when `was` (a status with the checklist's box).
    func what(_ body: JournalEvent.Body, was: Bool) -> StyledLine {
        switch body {
        case .actionStatusSet(_, let st, let prev):
            var line: StyledLine = [Span(UIText.statusBox(st) + " " + UIText.status(st, lang), st == .done ? .done : .normal)]
            if let prev, was { line.append(Span(" (" + t("dari ", "was ") + UIText.status(prev, lang) + ")", .dim)) }
            return line
        case .actionNoteAdded(_, let n):
            return [Span("✎ " + n)]
        case .actionOwnerSet(_, let o, let prev):
            var line: StyledLine = [Span(t("penanggung jawab → ", "owner → ") + o)]
            if let prev, was { line.append(Span(" (" + t("dari ", "was ") + prev + ")", .dim)) }
            return line
        case .actionDueSet(_, let d, _):
            return [Span(t("tenggat → ", "due → ") + (d.map { DateText.medium($0, lang) } ?? t("tidak ada", "none")))]
        case .dealRecorded, .dealCorrected, .dealWithdrawn, .missionCreated:
            return []
        }
    }
}
