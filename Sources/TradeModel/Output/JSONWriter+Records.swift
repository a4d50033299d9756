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

    /// A sourced note (`{"text", "source", "basis"}`).
    mutating func sourcedNote(_ n: SourcedNote, alwaysBasis: Bool = false) {
        beginObject(); localText("text", n.text); string("source", n.source); provenance("basis", n.basis, always: alwaysBasis); endObject()
    }

    /// A list of ids; nothing when empty.
    mutating func ids(_ k: String, _ list: [String]) {
        guard !list.isEmpty else { return }
        beginArray(k)
        for id in list { string(nil, id) }
        endArray()
    }
}
