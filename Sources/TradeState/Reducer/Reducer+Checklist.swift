import TradeModel

/// Ticking, notes, owners, due dates, undo/redo and the checklist filters. Changes become
/// `.record` effects; the state changes only when the run loop reports them durable (`.recorded`).
extension Reducer {
    /// The action open in the detail view, or selected in the Checklists list (nil, with the
    /// status saying why, when it left the list or the row is not an action).
    static func selectedAction(_ s: inout AppState, _ model: DashboardModel) -> FollowUpAction? {
        if case .action(let id)? = s.detail { return model.dataset.actions.first { $0.id == id } }
        guard s.panel == .checklists, s.detail == nil, let row = chosen(.checklists, &s, model) else { return nil }
        guard case .action(let id) = row else {
            let heading = if case .recommendation = row { true } else { false }
            s.status = StatusMessage(text: heading ? UIText.t("Ini judul, bukan tindakan: pilih ↓", "A heading, not an action: choose ↓", s.lang)
                                                   : UIText.t("Hanya dibaca, bukan tindakan", "Read-only, not an action", s.lang),
                                     isError: true)
            return nil
        }
        return model.dataset.actions.first { $0.id == id }
    }

    static func passes(_ a: FollowUpAction, _ s: AppState, _ model: DashboardModel) -> Bool {
        switch s.checklistStatus {
        case .all: break
        case .open: if a.status == .done { return false }
        case .done: if a.status != .done { return false }
        case .overdue: if !model.isOverdue(a) { return false }
        }
        if let o = s.checklistOwner, a.owner != o { return false }
        if let m = s.checklistMission, a.mission != m { return false }
        return true
    }

    static func checklistCommand(_ s: inout AppState, _ cmd: Command, _ model: DashboardModel) -> [Effect] {
        let lang = s.lang
        let t = { (id: String, en: String) in UIText.t(id, en, lang) }
        switch cmd {
        case .toggle:
            guard let a = selectedAction(&s, model) else { return [] }
            let next: FollowUpAction.Status = a.status == .done ? .open : .done
            return [.record([.actionStatusSet(actionId: a.id, status: next, previous: a.status)], undoes: nil,
                            basedOn: model.dataset.version(ofAction: a.id), purpose: .change)]
        case .undo:
            guard let last = s.undo.last else {
                s.status = StatusMessage(text: t("Tidak ada yang bisa diurungkan di sesi ini", "Nothing to undo in this session"), isError: false)
                return []
            }
            guard let inverse = last.inverseBody else {
                s.status = StatusMessage(text: t("Perubahan terakhir tidak bisa diurungkan; perbaiki dengan e", "The last change cannot be undone; correct it with e"), isError: true)
                return []
            }
            // Undoing my change is right only while the item is still as I left it.
            return [.record([inverse], undoes: last.eventId, basedOn: inverse.isNote ? nil : last.eventId, purpose: .undo(last))]
        case .redo:
            guard let last = s.redo.last else {
                s.status = StatusMessage(text: t("Tidak ada yang bisa diulang", "Nothing to redo"), isError: false)
                return []
            }
            // In the redo stack, `basedOn` holds the version the undo left.
            return [.record([last.redoBody], undoes: nil, basedOn: last.basedOn, purpose: .redo(last))]
        case .addNote, .setOwner, .setDue:
            guard let a = selectedAction(&s, model) else { return [] }
            switch cmd {
            case .addNote: s.prompt = Prompt(kind: .note, actionId: a.id, text: "")
            case .setOwner: s.prompt = Prompt(kind: .owner, actionId: a.id, text: a.owner, basedOn: model.dataset.version(ofAction: a.id), prefilled: true)
            default: s.prompt = Prompt(kind: .due, actionId: a.id, text: a.due?.day != nil ? a.due!.description : "",
                                       basedOn: model.dataset.version(ofAction: a.id), prefilled: true)
            }
        case .inProgress:
            return markInProgress(&s, model)
        case .cancelPrompt:
            s.prompt = nil
        case .submitPrompt:
            return submitPrompt(&s, model)
        case .statusFilter:
            let all = ChecklistStatusFilter.allCases
            s.checklistStatus = all[(all.firstIndex(of: s.checklistStatus)! + 1) % all.count]
            refresh(.checklists, &s, model)
        case .ownerFilter:
            openPicker(&s, .ownerFilter, model, current: s.checklistOwner)
        case .missionFilter:
            openPicker(&s, .missionFilter, model, current: s.checklistMission)
        default:
            break
        }
        return []
    }

    static func submitPrompt(_ s: inout AppState, _ model: DashboardModel) -> [Effect] {
        guard var p = s.prompt else { return [] }
        if p.kind == .withdraw { return submitWithdrawal(p, &s, model) }
        guard let a = model.dataset.actions.first(where: { $0.id == p.actionId }) else { s.prompt = nil; return [] }
        let text = p.text.trimmingSpaces
        let body: JournalEvent.Body
        switch p.kind {
        case .note:
            guard !text.isEmpty else { p.error = UIText.t("catatan kosong", "the note is empty", s.lang); s.prompt = p; return [] }
            body = .actionNoteAdded(actionId: a.id, note: text)
        case .owner:
            guard !text.isEmpty else { p.error = UIText.t("penanggung jawab tidak boleh kosong", "the owner must not be empty", s.lang); s.prompt = p; return [] }
            guard text != a.owner else { s.prompt = nil; return [] }
            body = .actionOwnerSet(actionId: a.id, owner: text, previous: a.owner)
        case .withdraw:
            return []
        case .due:
            if text.isEmpty || text == "-" {
                body = .actionDueSet(actionId: a.id, due: nil, previous: a.due)
            } else if let d = PartialDate(parsing: text), d.day != nil {
                body = .actionDueSet(actionId: a.id, due: d, previous: a.due)
            } else {
                p.error = UIText.t("tanggal tidak ada; tulis TTTT-BB-HH", "not a date that exists; use YYYY-MM-DD", s.lang)
                s.prompt = p
                return []
            }
        }
        s.prompt = nil
        return [.record([body], undoes: nil, basedOn: p.basedOn, purpose: .change)]
    }

    static func recorded(_ s: inout AppState, _ events: [JournalEvent], _ purpose: RecordPurpose, _ model: DashboardModel) {
        let lang = s.lang
        let t = { (id: String, en: String) in UIText.t(id, en, lang) }
        if let c = conflict(among: events, model) {
            // Durable, and not applied: someone changed the item after what this desk saw.
            if let shown = s.conflict { s.moreConflicts.append(shown) }
            s.conflict = ConflictPrompt(conflict: c, purpose: purpose)
            s.status = conflictStatus(c, model, lang, s.zone)
            return
        }
        // With a data problem the screen cannot follow the journal, so it cannot tell whether
        // another desk changed the item first: it says only what it knows.
        let saved = s.dataProblem == nil ? StatusMessage(text: t("✓ Tersimpan di jurnal", "✓ Saved to the journal"), isError: false)
            : StatusMessage(text: t("✓ Tersimpan di jurnal; layar belum bisa mengikutinya (⚠)", "✓ Saved to the journal; the screen cannot follow it yet (⚠)"),
                            isError: false, short: t("✓ Tersimpan; layar tertinggal (⚠)", "✓ Saved; the screen lags (⚠)"))
        switch purpose {
        case .change:
            s.undo.append(contentsOf: events)
            s.redo.removeAll()
            s.status = saved
        case .undo(let original):
            if let i = s.undo.lastIndex(of: original) { s.undo.remove(at: i) }
            var again = original
            again.basedOn = events.last?.eventId
            s.redo.append(again)
            s.status = StatusMessage(text: t("↶ Diurungkan (tersimpan)", "↶ Undone (saved)"), isError: false)
        case .redo(let original):
            if let i = s.redo.lastIndex(of: original) { s.redo.remove(at: i) }
            s.undo.append(contentsOf: events)
            s.status = StatusMessage(text: t("↷ Diulang (tersimpan)", "↷ Redone (saved)"), isError: false)
        }
        // Another desk had already set the same value: saved as agreement, nothing changed.
        if let who = agreedWith(among: events, model) {
            s.status = StatusMessage(text: t("✓ Tersimpan; ", "✓ Saved; ") + who + t(" sudah lebih dulu menetapkan yang sama, tidak ada yang berubah",
                                                                                 " had already set the same, nothing changed"),
                                     isError: false, short: t("✓ Sama dengan perubahan ", "✓ Agrees with ") + who + t("", "'s change"))
        }
    }
}
