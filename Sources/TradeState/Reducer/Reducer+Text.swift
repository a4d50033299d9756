import TradeModel

/// Typing: the key table sends `insertText` and readline's editing commands in the typing
/// contexts, and they edit what has the focus — the picker's search, the form field, else the
/// prompt, else the filter — through one `TextField`.
extension Reducer {
    static let textCommands: Set<Command> = [.insertText, .deleteBackward, .clearText, .cursorLeft, .cursorRight, .lineStart, .lineEnd,
                                             .deleteForward, .killToEnd, .killWordBack, .wordBack, .wordForward]

    /// The edit a command makes to a text field (`key`: the key typed, for `insertText`).
    static func textEdit(_ cmd: Command, _ key: Key?) -> TextField.Edit? {
        switch cmd {
        case .insertText: key?.typedText.map { .insert($0) }
        case .deleteBackward: .deleteBackward
        case .deleteForward: .deleteForward
        case .clearText: .killToStart
        case .killToEnd: .killToEnd
        case .killWordBack: .killWordBack
        case .cursorLeft, .formChoicePrev: .left
        case .cursorRight, .formChoiceNext: .right
        case .lineStart: .home
        case .lineEnd: .end
        case .wordBack: .wordBack
        case .wordForward: .wordForward
        default: nil
        }
    }

    static func editText(_ s: inout AppState, _ cmd: Command, _ key: Key?, _ model: DashboardModel) {
        if s.form != nil {
            editForm(&s, cmd, key, model)
        } else if s.prompt != nil {
            editPrompt(&s, cmd, key)
        } else if s.editingFilter {
            editFilter(&s, cmd, key, model)
        }
    }

    /// The filter narrows as it grows at its end (what keeps typing in a 1M-row filter instant).
    static func editFilter(_ s: inout AppState, _ cmd: Command, _ key: Key?, _ model: DashboardModel) {
        guard let id = s.listID else { s.editingFilter = false; return }
        guard let edit = textEdit(cmd, key) else { return }
        let old = s.lists[id]?.filter ?? ""
        var field = TextField(old, cursor: s.filterCursor)
        field.apply(edit)
        s.filterCursor = field.cursor == field.text.count ? nil : field.cursor
        guard field.text != old else { return }
        s.lists[id, default: ListState()].filter = field.text
        refresh(id, &s, model, narrowing: field.text.hasPrefix(old) || field.text.hasSuffix(old))
    }

    static func editPrompt(_ s: inout AppState, _ cmd: Command, _ key: Key?) {
        guard var p = s.prompt, let edit = textEdit(cmd, key) else { return }
        if p.field.apply(edit, maxLength: Prompt.maxLength) {
            if !edit.isMovement { p.error = nil }
        } else {
            p.error = UIText.t("dipotong: paling banyak \(Prompt.maxLength) huruf", "cut: at most \(Prompt.maxLength) characters", s.lang)
        }
        s.prompt = p
    }

    /// A letter in a choice field picks the first option starting with it; in a searchable one
    /// (the mission) it opens the picker with the letter typed.
    static func editForm(_ s: inout AppState, _ cmd: Command, _ key: Key?, _ model: DashboardModel) {
        guard var f = s.form, !f.confirming else { return }
        let field = f.fields[f.focus]
        switch field.kind {
        case .text(var t):
            guard let edit = textEdit(cmd, key) else { return }
            guard t.apply(edit, maxLength: Form.maxFieldLength) else {
                f.error = UIText.t("dipotong: paling banyak \(Form.maxFieldLength) huruf", "cut: at most \(Form.maxFieldLength) characters", s.lang)
                s.form = f
                return
            }
            f.fields[f.focus].kind = .text(t)
            if edit.isMovement { s.form = f; return }
        case .choice(let ids, let labels, let i):
            guard cmd == .insertText, let c = key?.typedText else { return }
            if field.searchable {
                openPicker(&s, .dealMission, model, current: field.choice, typed: c == " " ? nil : c)
                return
            }
            guard let j = labels.firstIndex(where: { label($0, startsWith: c) }), j != i else { return }
            f.fields[f.focus].kind = .choice(ids, labels: labels, index: j)
            if field.key == "commodity" { followCommodity(&f, from: field.choice, model) }
        }
        f.error = nil
        s.form = f
    }

    /// A new deal's unit follows its commodity while it shows what the form put there (selected,
    /// or empty): the field always shows what will be recorded.
    static func followCommodity(_ f: inout Form, from old: String?, _ model: DashboardModel) {
        guard case .deal(_, nil) = f.kind, let i = f.index("unit"), case .text(let t) = f.fields[i].kind else { return }
        let was = old.flatMap { model.dataset.commodity($0)?.unit } ?? ""
        guard t.selected || t.text.isEmpty || t.text == was else { return }
        f.fields[i].kind = .text(.prefilled(f.field("commodity")?.choice.flatMap { model.dataset.commodity($0)?.unit } ?? ""))
    }

    /// A choice is picked by the first letter of its name as shown ("Hasil laut": h); a label
    /// holding several names ("a / b") by any of them.
    static func label(_ label: String, startsWith c: Character) -> Bool {
        let key = String(c).lowercased()
        return label.lowercased().split(separator: "/").contains { String($0).trimmingSpaces.hasPrefix(key) }
    }
}
