import TradeModel

/// Esc on a form with changes keeps them as a draft (one per kind of form); opening the same
/// kind of form again restores it, and a save or Ctrl-D (discard) clears it.
extension Form {
    /// Which form a draft belongs to: a new deal, a new mission, the correction of one deal.
    public var draftSlot: String {
        switch kind {
        case .deal(_, nil): "deal"
        case .deal(_, let id?): "correct:" + id
        case .mission: "mission"
        }
    }

    /// This form, freshly opened, holding the draft's values field by field (a choice the data no
    /// longer offers stays as opened). A correction keeps the version the draft was typed against.
    func restoring(_ draft: Form) -> Form {
        var f = self
        for i in f.fields.indices {
            guard let old = draft.field(f.fields[i].key) else { continue }
            switch (f.fields[i].kind, old.kind) {
            case (.text, .text(let t)): f.fields[i].kind = .text(t)
            case (.choice(let ids, let labels, _), .choice(let oldIds, _, let j)) where j < oldIds.count:
                if let k = ids.firstIndex(of: oldIds[j]) { f.fields[i].kind = .choice(ids, labels: labels, index: k) }
            default: break
            }
        }
        f.focus = min(draft.focus, f.fields.count - 1)
        if case .deal(_, _?) = kind { f.basedOn = draft.basedOn }
        return f.asOpened
    }

    /// The key that opens this kind of form again, for the sentence saying a draft was kept.
    var reopenKey: String {
        switch kind {
        case .deal(_, nil): "a"
        case .deal: "e"
        case .mission: "N"
        }
    }
}

extension Reducer {
    /// Esc: a form with changes is kept as its kind's draft, and the status line says how to get
    /// it back; an untouched one just closes.
    static func keepDraft(_ s: inout AppState, _ f: Form) {
        s.form = nil
        guard f.changed else { return }
        var d = f
        d.error = nil
        d.confirming = false
        s.formDraft = d
        let k = f.reopenKey
        s.status = StatusMessage(text: UIText.t("Isian disimpan sebagai draf; \(k) membukanya lagi, Ctrl-D di dalamnya membuangnya",
                                                "The form is kept as a draft; \(k) opens it again, Ctrl-D there discards it", s.lang),
                                 isError: false, short: UIText.t("Draf disimpan; \(k) membukanya lagi", "Draft kept; \(k) opens it again", s.lang))
    }

    /// A form just opened takes its kind's draft, if there is one, and says so.
    static func restoreDraft(_ s: inout AppState) {
        guard let f = s.form, let d = s.formDraft, d.draftSlot == f.draftSlot else { return }
        s.form = f.restoring(d)
        s.status = StatusMessage(text: UIText.t("Draf dipulihkan — Ctrl-D membuangnya", "Draft restored — Ctrl-D discards it", s.lang), isError: false)
    }

    /// The form's draft is gone: the form was saved, or discarded with Ctrl-D.
    static func dropDraft(_ s: inout AppState, _ f: Form) {
        if s.formDraft?.draftSlot == f.draftSlot { s.formDraft = nil }
    }
}
