// Where sources disagree about a mission or agreement — its date, a side's count of businesses, a
// figure for one of its lines — `summary` keeps both claims, each with its source, marked ≠, as
// the dashboard does. (Reported totals carry theirs in the "reported figures" section.)

extension SummaryReport {
    /// The lines another source prints a different figure for, by mission (one pass; few).
    static func conflictingLines(_ ds: Dataset) -> [String: [Deal]] {
        var out: [String: [Deal]] = [:]
        for (_, d) in ds.deals.deals(where: { $0.hasConflicts && $0.status != .withdrawn }) { out[d.mission, default: []].append(d) }
        return out
    }

    /// One mission's or agreement's disagreements, each as "what: claim [source] ≠ claim [source]".
    static func conflicts(_ id: String, _ ds: Dataset, _ lines: [String: [Deal]], _ lang: Language) -> [String] {
        let W = ReportWords.self
        var out: [String] = []
        let mission = ds.mission(id)
        let agreement = mission == nil ? ds.agreements.first { $0.id == id } : nil
        if let date = mission?.date ?? agreement?.date, let source = mission?.source ?? agreement?.source {
            let alternatives = mission?.dateAlternatives ?? agreement?.dateAlternatives ?? []
            if !alternatives.isEmpty {
                out.append(W.dateWord(lang) + ": " + DateText.medium(date, lang) + " [\(source)]"
                           + alternatives.map { " ≠ " + DateText.medium($0.date, lang) + " [\($0.source)]" }.joined())
            }
        }
        if let m = mission {
            for side in BusinessCount.Side.allCases {
                let claims = m.businesses.filter { $0.side == side }
                guard claims.count > 1 else { continue }
                let name = side == .total ? "total" : ds.region(side == .organiser ? m.organiser : m.partner)?.shortName ?? side.rawValue
                out.append(W.businesses(lang) + " " + name + ": " + claims.map { "\($0.count) [\($0.source)]" }.joined(separator: " ≠ "))
            }
        }
        for d in lines[id] ?? [] {
            out.append(Labels.direction(d.direction, lang) + " (\(d.id)): " + Rupiah.exact(d.valueRupiah, lang) + " [\(d.source)]"
                       + d.conflictsWith.map { " ≠ " + Rupiah.exact($0.valueRupiah, lang) + " [\($0.source)]" }.joined())
        }
        return out
    }

    /// The text section: every mission and agreement with a disagreement, one line each.
    static func conflictsSection(_ ds: Dataset, _ a: Aggregates, _ lang: Language, idWidth: Int, _ line: (String) -> Void) {
        let lines = conflictingLines(ds)
        let rows = a.missions.flatMap { m in conflicts(m.id, ds, lines, lang).map { (m.id, $0) } }
        guard !rows.isEmpty else { return }
        line("")
        line(ReportWords.conflictsHeading(lang))
        for (id, text) in rows { line("  \(pad(id, idWidth)) " + text) }
    }

    /// The JSON fields that keep both claims: `dateAlternatives`, `businesses` and
    /// `linesConflicting` (a line's figure and the ones other sources print), as the fixtures hold them.
    static func conflictFields(_ w: inout JSONWriter, _ id: String, _ ds: Dataset, _ conflicting: [String: [Deal]]) {
        let mission = ds.mission(id)
        let alternatives = mission?.dateAlternatives ?? ds.agreements.first { $0.id == id }?.dateAlternatives ?? []
        if !alternatives.isEmpty {
            w.beginArray("dateAlternatives")
            for alt in alternatives {
                w.beginObject(); w.string("date", alt.date.description); w.string("source", alt.source); w.localText("note", alt.note); w.endObject()
            }
            w.endArray()
        }
        if let m = mission, !m.businesses.isEmpty {
            w.beginArray("businesses")
            for b in m.businesses {
                w.beginObject(); w.string("side", b.side.rawValue); w.int("count", b.count); w.string("source", b.source)
                w.localText("note", b.note); w.endObject()
            }
            w.endArray()
        }
        if let lines = conflicting[id] {
            w.beginArray("linesConflicting")
            for d in lines {
                w.beginObject(); w.string("id", d.id); w.string("direction", d.direction.rawValue); w.int("valueRupiah", d.valueRupiah)
                w.string("source", d.source); w.moneyClaims("conflictsWith", d.conflictsWith); w.endObject()
            }
            w.endArray()
        }
    }
}
