/// The invariants the fuzzer (Fuzz/, `scripts/fuzz`) and the corpus test hold every input to:
/// nothing traps or hangs, and the specialised deals decoder agrees with the general path.
public enum InputChecks {
    /// Runs every reader of outside input over `bytes`. Returns a description of a disagreement
    /// (a bug), or nil. A trap inside is itself the failure the fuzzer looks for.
    public static func run(_ bytes: [UInt8]) -> String? {
        // The general JSON parser and the journal's line decoder.
        let parsed = try? JSONParser.parse(bytes)
        let d = Diagnostics(limit: 50)
        _ = Journal.decode(bytes, line: 1, datasetId: "jatim-misi-dagang", d)
        if let disagreement = journalLine(bytes, datasetId: "jatim-misi-dagang") { return disagreement }
        if let disagreement = journalLines(bytes, datasetId: "jatim-misi-dagang") { return disagreement }
        // Typed amounts.
        if let text = String(validating: bytes.prefix(200), as: UTF8.self) {
            for l in [Language.id, .en] {
                if case .success(let v) = RupiahInput.parse(text, l) { _ = RupiahInput.words(v, l); _ = Rupiah.short(v, l) }
                // A quantity as the form (in either language) and export-deals show it reads back as stored.
                if case .success(let q) = QuantityInput.parse(text, l), QuantityInput.parse(QuantityInput.typed(q, l), l) != .success(q) {
                    return "the quantity \(q) does not read back from \(QuantityInput.typed(q, l)) (\(l))"
                }
            }
            _ = Sanitizer.line(text)
            _ = SearchText.fold(text)
        }
        // The deals file: the fast path must decode exactly what the general path decodes.
        guard case .decoded(let fast, let locations) = DealsFastDecoder.decode(MemoryBytes(bytes)) else { return nil }
        guard let root = parsed else { return "the fast path accepted input the JSON parser rejects" }
        let general = FixtureDecoder.list(root, .deals, d, nil, Deal.decode)
        if d.problems.contains(where: { $0.file == FixtureFile.deals.rawValue }) {
            return "the fast path accepted deals the general path reports problems with"
        }
        if !general.map(\.0).elementsEqual(fast) { return "the two paths decoded different deals" }
        if general.map({ $0.1.location! }) != Array(locations) { return "the two paths located deals differently" }
        if fast.repeatedIds != DealTable(general.map(\.0)).repeatedIds { return "the two paths found different repeated ids" }
        return nil
    }

    /// The journal's fast line path must give exactly the general path's answer, and only for
    /// lines the general path takes without a word.
    public static func journalLine(_ bytes: [UInt8], datasetId: String) -> String? {
        guard let fast = JournalFastLine.decode(bytes, datasetId: datasetId) else { return nil }
        let d = Diagnostics(limit: 50)
        let general = Journal.decodeGeneral(bytes, line: 1, datasetId: datasetId, d)
        if general != fast { return "the journal's two paths decoded a line differently" }
        if !d.problems.isEmpty { return "the journal's fast path accepted a line the general path reports problems with" }
        return nil
    }
    /// The same over several lines read by one decoder, as a journal's chunk is
    /// (`Journal.decodePlain`): what it remembers from line to line (strings and atoms seen, the
    /// last user and minute, the members' layout) must never change a later line's answer, and a
    /// line kept as a row must be exactly the event the general path reads.
    public static func journalLines(_ bytes: [UInt8], datasetId: String) -> String? {
        let ranges = Journal.lineRanges(bytes)
        guard ranges.count > 1 else { return nil }
        let plain = Journal.decodePlain(bytes, ranges[...], datasetId: datasetId)
        var k = 0
        for part in plain.parts {
            for code in part.lines {
                defer { k += 1 }
                guard code != Journal.Part.general else { continue }
                let d = Diagnostics(limit: 50)
                let general = Journal.decodeGeneral(Array(bytes[ranges[k]]), line: 1, datasetId: datasetId, d)
                let fast = code >= 0 ? part.rows.event(Int(code), in: bytes) : part.decoded[Int(-2 - code)]
                if fast != general { return "line \(k + 1): the journal's two paths decoded it differently after the lines before it: \(fast) ≠ \(general)" }
                if !d.problems.isEmpty { return "line \(k + 1): the journal's fast path accepted a line the general path reports problems with" }
            }
        }
        return nil
    }
}
