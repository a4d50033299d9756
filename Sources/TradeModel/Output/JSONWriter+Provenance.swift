// Writing the v2 fields under the fixtures' names, so JSON out reads like JSON in.

extension JSONWriter {
    /// A plain string when both languages read the same, else `{"id": …, "en": …}`; nothing when nil.
    public mutating func localText(_ k: String, _ v: LocalText?) {
        guard let v else { return }
        if v.isSingle { string(k, v.id); return }
        beginObject(k); string("id", v.id); string("en", v.en); endObject()
    }

    /// `{"kind": …, "reason": …, "from": […]}`; nothing for a stated claim unless `always`.
    public mutating func provenance(_ k: String, _ p: Provenance, always: Bool = false) {
        if p.isStated && !always { return }
        beginObject(k)
        string("kind", p.kind.rawValue)
        localText("reason", p.reason)
        if !p.from.isEmpty {
            beginArray("from")
            for id in p.from { string(nil, id) }
            endArray()
        }
        endObject()
    }

    /// Money claims as `[{"valueRupiah", "source", "note"}]`; nothing when empty.
    public mutating func moneyClaims(_ k: String, _ claims: [MoneyClaim]) {
        guard !claims.isEmpty else { return }
        beginArray(k)
        for c in claims {
            beginObject(); int("valueRupiah", c.valueRupiah); string("source", c.source); localText("note", c.note); endObject()
        }
        endArray()
    }
}
