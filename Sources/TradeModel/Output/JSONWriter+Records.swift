// Whole records written under the fixtures' names, for reports that cite them.

extension JSONWriter {
    /// A reported total with every field it was read with (`reportedTotals.json`), absent optional
    /// fields left out, plus `timeZone` (the mission's, for reading `localTime`).
    mutating func reportedTotal(_ t: ReportedTotal, timeZone: ZoneCode?) {
        beginObject()
        string("id", t.id); string("mission", t.mission); string("role", t.role.rawValue)
        int("valueRupiah", t.valueRupiah)
        if let time = t.localTime { string("localTime", time.colon) }
        string("timeZone", timeZone?.rawValue)
        if t.timeApproximate { bool("timeApproximate", true) }
        localText("timeNote", t.timeNote)
        ids("conflictsWith", t.conflictsWith)
        string("source", t.source)
        localText("note", t.note)
        provenance("basis", t.basis)
        endObject()
    }

    /// A source as `sources.json` holds it: `title` (the headline) or `about` (a description).
    mutating func source(_ s: Source) {
        beginObject()
        string("id", s.id); string("publisher", s.publisher)
        if let title = s.title { string("title", title) }
        localText("about", s.about)
        if let d = s.date { string("date", d.description) }
        if let u = s.url { string("url", u) }
        localText("note", s.note)
        endObject()
    }

    /// A sourced note (`{"text", "source", "basis"}`).
    mutating func sourcedNote(_ n: SourcedNote, alwaysBasis: Bool = false) {
        beginObject(); localText("text", n.text); string("source", n.source); provenance("basis", n.basis, always: alwaysBasis); endObject()
    }

    mutating func obstacle(_ o: Obstacle, fromPaper: Bool) {
        beginObject()
        string("id", o.id); string("textId", o.textId); string("textEn", o.textEn); bool("fromPaper", fromPaper)
        if let r = o.region { string("region", r) }
        if let c = o.commodity { string("commodity", c) }
        string("source", o.source)
        provenance("basis", o.basis, always: true)
        endObject()
    }

    mutating func indicator(_ i: Indicator) {
        beginObject()
        string("id", i.id); localText("subject", i.subject); string("period", i.period)
        if let r = i.region { string("region", r) }
        if let c = i.commodity { string("commodity", c) }
        if let v = i.valueRupiah { int("valueRupiah", v) }
        if let q = i.quantity { raw("quantity", q) }
        if let u = i.unit { string("unit", u) }
        string("source", i.source)
        localText("note", i.note)
        provenance("basis", i.basis, always: true)
        endObject()
    }

    /// A list of ids; nothing when empty.
    mutating func ids(_ k: String, _ list: [String]) {
        guard !list.isEmpty else { return }
        beginArray(k)
        for id in list { string(nil, id) }
        endArray()
    }
}
