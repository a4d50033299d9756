import TradeModel

/// Typing: the key table sends `insertText`, `deleteBackward` and `clearText` in the typing
/// contexts, and they edit what has the focus — the form field, else the prompt, else the filter.
extension Reducer {
    static func editText(_ s: inout AppState, _ cmd: Command, _ key: Key?, _ model: DashboardModel) {
        if s.form != nil {
            editForm(&s, cmd, key)
        } else if s.prompt != nil {
            editPrompt(&s, cmd, key)
        } else if s.editingFilter {
            editFilter(&s, cmd, key, model)
        }
    }

    /// The filter narrows as it grows (what keeps typing in a 1M-row filter instant).
    static func editFilter(_ s: inout AppState, _ cmd: Command, _ key: Key?, _ model: DashboardModel) {
        guard let id = s.listID else { s.editingFilter = false; return }
        var filter = s.lists[id]?.filter ?? ""
        switch cmd {
        case .insertText:
            guard let c = key?.typedText else { return }
            filter.append(c)
            s.lists[id, default: ListState()].filter = filter
            refresh(id, &s, model, narrowing: true)
            return
        case .deleteBackward:
            guard !filter.isEmpty else { return }
            filter.removeLast()
        default:
            guard !filter.isEmpty else { return }
            filter = ""
        }
        s.lists[id, default: ListState()].filter = filter
        refresh(id, &s, model)
    }

    static func editPrompt(_ s: inout AppState, _ cmd: Command, _ key: Key?) {
        guard var p = s.prompt else { return }
        switch cmd {
        case .insertText:
            guard let c = key?.typedText else { return }
            if p.text.count < Prompt.maxLength {
                p.text.append(c)
                p.error = nil
            } else {
                p.error = UIText.t("dipotong: paling banyak \(Prompt.maxLength) huruf", "cut: at most \(Prompt.maxLength) characters", s.lang)
            }
        case .deleteBackward:
            if !p.text.isEmpty { p.text.removeLast() }
            p.error = nil
        default:
            p.text = ""
            p.error = nil
        }
        s.prompt = p
    }

    /// A letter in a choice field picks the first option starting with it.
    static func editForm(_ s: inout AppState, _ cmd: Command, _ key: Key?) {
        guard var f = s.form, !f.confirming else { return }
        switch (cmd, f.fields[f.focus].kind) {
        case (.insertText, .text(let t)):
            guard let c = key?.typedText else { return }
            guard t.count < Form.maxFieldLength else {
                f.error = UIText.t("dipotong: paling banyak \(Form.maxFieldLength) huruf", "cut: at most \(Form.maxFieldLength) characters", s.lang)
                s.form = f
                return
            }
            f.fields[f.focus].kind = .text(t + String(c))
        case (.insertText, .choice(let ids, let labels, _)):
            guard let c = key?.typedText, let i = labels.firstIndex(where: { label($0, startsWith: c) }) else { return }
            f.fields[f.focus].kind = .choice(ids, labels: labels, index: i)
        case (.deleteBackward, .text(let t)):
            if !t.isEmpty { f.fields[f.focus].kind = .text(String(t.dropLast())) }
        case (.clearText, .text):
            f.fields[f.focus].kind = .text("")
        default:
            return
        }
        f.error = nil
        s.form = f
    }

    /// A choice is picked by the first letter of its name as shown ("Hasil laut": h); a label
    /// holding several names ("a / b") by any of them.
    static func label(_ label: String, startsWith c: Character) -> Bool {
        let key = String(c).lowercased()
        return label.lowercased().split(separator: "/").contains { String($0).trimmingSpaces.hasPrefix(key) }
    }
}
