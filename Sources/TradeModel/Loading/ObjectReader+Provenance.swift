// Reading the v2 fields: text in two languages and how a claim was obtained.

extension ObjectReader {
    /// A plain string (both languages) or `{"id": …, "en": …}`.
    func localText(_ key: String, required: Bool = false) -> LocalText? {
        guard let n = raw(key) else {
            if required { _ = string(key) }
            return nil
        }
        if case .null = n.value {
            if required { _ = string(key) }
            return nil
        }
        return localText(n, path: join(key))
    }

    /// Each element of a list of texts in either form.
    func localTexts(_ key: String) -> [LocalText] {
        guard let items = list(key) else { return [] }
        return items.enumerated().compactMap { k, n in localText(n, path: "\(join(key))[\(k)]") }
    }

    private func localText(_ n: JSONNode, path: String) -> LocalText? {
        switch n.value {
        case .string(let s):
            if s.allSatisfy({ $0.isWhitespace }) { diagnostics.error(file, path, n.location, "must not be empty"); return nil }
            if Sanitizer.hasControlCharacters(s) {
                diagnostics.warning(file, path, n.location, "contains control characters; they are replaced when shown")
            }
            return LocalText(s)
        case .object:
            guard let r = ObjectReader(n, file: file, path: path, diagnostics: diagnostics) else { return nil }
            r.rejectUnknown(["id", "en"])
            guard let a = r.string("id"), let b = r.string("en") else { return nil }
            return LocalText(id: a, en: b)
        default:
            diagnostics.error(file, path, n.location, "expected a text string or {\"id\": …, \"en\": …}, found \(n.value.kindName)")
            return nil
        }
    }

    /// `{"kind": "stated"|"inferred"|"derived", "reason": text, "from": [ids]}`; absent means stated.
    func provenance(_ key: String) -> Provenance? {
        guard has(key) else { return nil }
        guard let r = object(key) else { return nil }
        r.rejectUnknown(["kind", "reason", "from"])
        guard let kind = r.enumValue("kind", Provenance.Kind.self) else { return nil }
        let reason = r.localText("reason", required: kind != .stated)
        let from = r.stringList("from", required: kind == .derived, ids: true) ?? []
        if kind == .derived && from.isEmpty && r.has("from") {
            diagnostics.error(file, r.join("from"), r.location("from"), "a derived figure names at least one figure it is computed from")
        }
        if kind == .stated && (reason != nil || !from.isEmpty) {
            diagnostics.error(file, join(key), r.node.location, "a stated claim takes no \"reason\" or \"from\"; use \"inferred\" or \"derived\"")
        }
        if kind != .stated && reason == nil { return nil }
        return Provenance(kind, reason: reason, from: from)
    }
}
