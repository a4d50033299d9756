import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// How a claim was obtained is data: decoded, checked across files, and honest in the bundled set.
struct ProvenanceLoadTests {
    private func problems(_ file: String, _ edit: @escaping (String) -> String) throws -> [Problem] {
        let dir = try scratchFixtures([file: edit])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(directory: dir)
        #expect(r.dataset == nil, "the edit must make the data invalid")
        return r.problems.filter { $0.severity == .error }
    }

    private func expectError(_ file: String, path: String, contains text: String, _ edit: @escaping (String) -> String) throws {
        let errs = try problems(file, edit)
        #expect(errs.contains { $0.path == path && $0.message.contains(text) }, "\(errs.map { "\($0.path): \($0.message)" })")
    }

    @Test func anInferenceNeedsAReasonAndADerivationNeedsItsFigures() throws {
        try expectError("actions.json", path: "actions[0].ownerBasis", contains: "required field \"reason\"") {
            $0.replacingOnce("\"owner\": \"Pemprov Maluku Utara\",", "\"owner\": \"Pemprov Maluku Utara\", \"ownerBasis\": {\"kind\": \"inferred\"},")
        }
        try expectError("deals.json", path: "deals[1].basis", contains: "required field \"from\"") {
            $0.replacingOnce("\"note\": {\"id\": \"diumumkan sebagai Rp361,7 miliar\"",
                             "\"basis\": {\"kind\": \"derived\", \"reason\": \"x\"}, \"note\": {\"id\": \"diumumkan sebagai Rp361,7 miliar\"")
        }
        try expectError("deals.json", path: "deals[1].basis.from[0]", contains: "no deal, reported total or indicator defines") {
            $0.replacingOnce("\"note\": {\"id\": \"diumumkan sebagai Rp361,7 miliar\"",
                             "\"basis\": {\"kind\": \"derived\", \"reason\": \"x\", \"from\": [\"rt-nowhere\"]}, \"note\": {\"id\": \"diumumkan sebagai Rp361,7 miliar\"")
        }
        try expectError("indicators.json", path: "indicators[0].basis.kind", contains: "is not one of") {
            $0.replacingOnce("\"period\": \"2021\"", "\"period\": \"2021\", \"basis\": {\"kind\": \"guessed\", \"reason\": \"x\"}")
        }
    }

    @Test func aStatedClaimTakesNoReasonAndTextNeedsBothLanguages() throws {
        try expectError("obstacles.json", path: "obstacles[0].basis", contains: "a stated claim takes no") {
            $0.replacingOnce("\"id\": \"obs-regulation\",", "\"id\": \"obs-regulation\", \"basis\": {\"kind\": \"stated\", \"reason\": \"x\"},")
        }
        try expectError("deals.json", path: "deals[0].note", contains: "required field \"en\"") {
            $0.replacingOnce("\"note\": {\"id\": \"diumumkan sebagai Rp105 miliar\", \"en\": \"published as Rp105 miliar\"}",
                             "\"note\": {\"id\": \"diumumkan sebagai Rp105 miliar\"}")
        }
    }

    @Test func onlyThePapersSixAreNumberedAndAnyOtherSaysWhy() throws {
        try expectError("recommendations.json", path: "recommendations[6].order", contains: "not one of the paper's") {
            let a = "\"addresses\": \"obs-logistics-capital\","
            let start = $0.range(of: "\"basis\": {\"kind\": \"inferred\"", range: $0.range(of: a)!.upperBound..<$0.endIndex)!
            let end = $0.range(of: "}}", range: start.upperBound..<$0.endIndex)!
            var s = $0
            s.replaceSubrange(start.lowerBound..<end.upperBound, with: "\"x\": 1")
            return s.replacingOnce(", \"x\": 1", "")
        }
        try expectError("recommendations.json", path: "recommendations[6].addresses", contains: "obstacles.json does not define") {
            $0.replacingOnce("\"addresses\": \"obs-logistics-capital\"", "\"addresses\": \"obs-nowhere\"")
        }
        try expectError("recommendations.json", path: "recommendations[1].order", contains: "already") {
            $0.replacingOnce("\"order\": 2,", "\"order\": 1,")
        }
    }

    @Test func aSourceIsAHeadlineOrADescriptionNeverBoth() throws {
        try expectError("sources.json", path: "sources[0]", contains: "either \"title\"") {
            $0.replacingOnce("\"id\": \"paper-2025\",", "\"id\": \"paper-2025\", \"about\": \"x\",")
        }
        try expectError("deals.json", path: "deals[35].conflictsWith[0].source", contains: "sources.json does not define") {
            $0.replacingOnce("\"source\": \"ketik-2025-12-05\"", "\"source\": \"ketik-nowhere\"")
        }
    }

    /// The bundled data marks what the sources do not say (facts.md §6: the paper names no
    /// owners or dates; no source states any action's status).
    @Test func theBundledDataMarksItsInferences() throws {
        let ds = try loadBundled()
        #expect(ds.actions.allSatisfy { $0.status == .unknown })
        let inferredOwners = ds.actions.filter { $0.ownerBasis.kind == .inferred }.map(\.id)
        #expect(inferredOwners.count == 7, "\(inferredOwners)")
        #expect(ds.actions.filter { $0.ownerBasis.isStated }.map(\.id).sorted()
            == ["act-bi-validation", "act-cyber-hoax", "act-malut-return-visit", "act-malut-trade-info"])
        let hoax = try #require(ds.actions.first { $0.id == "act-cyber-hoax" })
        #expect(hoax.dueBasis.kind == .inferred && hoax.dueBasis.reason?.id.contains("dalam sebulan ke depan") == true)
        #expect(!hoax.isOverdue(today: PartialDate(year: 2026, month: 11, day: 30)))
        #expect(ds.recommendations.compactMap(\.order) == [1, 2, 3, 4, 5, 6])
        let capital = try #require(ds.recommendations.first { $0.id == "rec-capital" })
        #expect(capital.order == nil && capital.basis.kind == .inferred && capital.addresses == "obs-logistics-capital")
        let included = ds.deals.filter { $0.includedIn != nil }
        #expect(included.count == 6 && included.allSatisfy { $0.includedInBasis.kind == .inferred })
        let rounding = ds.deals.filter { $0.kind == .unallocated }
        #expect(!rounding.isEmpty && rounding.allSatisfy { $0.basis.kind == .derived && !$0.basis.from.isEmpty })
        let kepri = try #require(ds.deals.first { $0.id == "d2025-kepri-buy" })
        #expect(kepri.conflictsWith.map(\.valueRupiah) == [81_900_000])
        #expect(ds.sources.filter { $0.title != nil }.count == 15 && ds.sources.filter { $0.about != nil }.count == 53)
    }

    /// No sentence from the bundled data reaches the Indonesian interface in English: any text
    /// given once (for both languages) must hold no English sentence.
    @Test func everySentenceInTheBundledDataHasBothLanguages() throws {
        let ds = try loadBundled()
        var texts: [(String, LocalText)] = []
        for m in ds.missions {
            texts += m.notes.map { ("\(m.id) note", $0.text) } + m.dateAlternatives.compactMap { a in a.note.map { ("\(m.id) date note", $0) } }
            texts += m.businesses.compactMap { b in b.note.map { ("\(m.id) businesses", $0) } }
            if let n = m.target?.note { texts.append(("\(m.id) target", n)) }
        }
        for a in ds.agreements {
            texts += (a.initiatives + a.legalBasis).map { ("\(a.id) note", $0.text) }
            texts += a.programmes.flatMap { p in [("\(a.id) programme", p.title)] + p.items.map { ("\(a.id) item", $0) } }
            texts += [a.potential?.note, a.firstStageAnnual?.note].compactMap { $0.map { ("\(a.id) money", $0) } }
        }
        for d in ds.deals { if let n = d.note { texts.append((d.id, n)) }; texts += d.conflictsWith.compactMap { c in c.note.map { (d.id, $0) } } }
        for t in ds.reportedTotals { texts += [t.note, t.timeNote].compactMap { $0.map { (t.id, $0) } } }
        for i in ds.indicators { texts.append((i.id, i.subject)); if let n = i.note { texts.append((i.id, n)) } }
        for s in ds.sources { texts += [s.about, s.note].compactMap { $0.map { (s.id, $0) } } }
        for r in ds.regions { if let n = r.note { texts.append((r.id, n)) } }
        let reasons: [(String, Provenance)] = ds.actions.flatMap { [($0.id, $0.ownerBasis), ($0.id, $0.dueBasis)] }
            + ds.deals.flatMap { [($0.id, $0.basis), ($0.id, $0.includedInBasis)] } + ds.recommendations.map { ($0.id, $0.basis) }
            + ds.indicators.map { ($0.id, $0.basis) } + ds.missions.flatMap { m in m.notes.map { (m.id, $0.basis) } }
        texts += reasons.compactMap { id, p in p.reason.map { (id + " reason", $0) } }
        #expect(texts.count > 150)
        let english = [" the ", " and ", " of ", " in ", " is ", " was ", " from ", " with ", " only ", " not "]
        func isEnglish(_ s: String) -> Bool { let padded = " " + s.lowercased() + " "; return english.contains { padded.contains($0) } }
        let single = texts.filter { $0.1.isSingle && isEnglish($0.1.id) }
        #expect(single.isEmpty, "English given for both languages: \(single.map { "\($0.0): \($0.1.id)" })")
        let untranslated = texts.filter { !$0.1.isSingle && isEnglish($0.1.id) }
        #expect(untranslated.isEmpty, "English in the Indonesian text: \(untranslated.map { "\($0.0): \($0.1.id)" })")
    }
}
