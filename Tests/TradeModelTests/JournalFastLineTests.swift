import Testing
@testable import TradeModel

/// The journal's fast line path (`JournalFastLine`) against the general path: it takes the lines
/// this version writes, gives exactly what the general path gives, and leaves everything else —
/// damaged, unusual or from another data set — to the general path.
@Suite struct JournalFastLineTests {
    static let ds = "jatim-misi-dagang"
    static let deal = Deal(id: "d-1", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", product: "kopi bubuk",
                           description: "Kopi Arabika Ijen", quantity: "12.5", unit: "ton", valueRupiah: 1_250_000_000,
                           status: .committed, kind: .itemised, includedIn: nil, party: "PT Kopi Jatim", counterparty: "CV Borneo",
                           period: nil, illustrative: false, source: "desk:budi", note: nil)

    static var writerLines: [String] {
        let e = { (body: JournalEvent.Body, undoes: String?, basedOn: String?) in
            JournalEvent(eventId: "e-\(body.typeName)", at: "2026-11-30T01:02:03Z", user: "budi", body: body, undoes: undoes, basedOn: basedOn)
        }
        var minimal = deal
        (minimal.commodity, minimal.product, minimal.description, minimal.quantity, minimal.unit, minimal.party, minimal.counterparty) = (nil, nil, nil, nil, nil, nil, nil)
        return [
            e(.dealRecorded(deal), nil, nil).line(datasetId: ds),
            e(.dealRecorded(minimal), nil, nil).line(datasetId: ds),
            e(.dealCorrected(deal), nil, "e-0").line(datasetId: ds),
            e(.dealCorrected(deal), "e-9", "e-8").line(datasetId: ds),
            e(.actionStatusSet(actionId: "act-export-data", status: .done, previous: .open), nil, "fixtures").line(datasetId: ds),
            e(.actionStatusSet(actionId: "act-export-data", status: .inProgress, previous: nil), nil, nil).line(datasetId: ds),
            e(.dealRecorded(deal), nil, nil).line(datasetId: ds, batch: "b-1"),
            Journal.batchLine("batchBegin", id: "b-1", events: 3, datasetId: ds, at: "2026-11-30T01:02:03Z", user: "budi"),
            Journal.batchLine("batchCommit", id: "b-1", events: 3, datasetId: ds, at: "2026-11-30T01:02:03Z", user: "budi"),
        ]
    }

    @Test func takesEveryPlainLineTheWriterMakesAndAgrees() {
        for line in Self.writerLines {
            let bytes = Array(line.utf8)
            let fast = JournalFastLine.decode(bytes, datasetId: Self.ds)
            #expect(fast != nil, "the fast path should take: \(line)")
            let d = Diagnostics()
            #expect(fast == Journal.decodeGeneral(bytes, line: 1, datasetId: Self.ds, d), "\(line)")
            #expect(d.problems.isEmpty)
        }
    }

    @Test func leavesOtherEventTypesToTheGeneralPath() {
        let others: [JournalEvent.Body] = [
            .actionNoteAdded(actionId: "a", note: "catatan"), .actionOwnerSet(actionId: "a", owner: "Disperindag", previous: nil),
            .actionDueSet(actionId: "a", due: PartialDate(parsing: "2026-12-01"), previous: nil), .dealWithdrawn(dealId: "d-1", reason: "batal"),
        ]
        for body in others {
            let line = JournalEvent(eventId: "e", at: "t", user: "u", body: body).line(datasetId: Self.ds)
            #expect(JournalFastLine.decode(Array(line.utf8), datasetId: Self.ds) == nil, "\(line)")
            guard case .event(let e, nil) = Journal.decode(Array(line.utf8), line: 1, datasetId: Self.ds, Diagnostics()) else {
                Issue.record("the general path lost \(line)"); continue
            }
            #expect(e.body == body)
        }
    }

    /// Lines the general path judges — refused, set aside, warned about or read differently — are
    /// never taken by the fast path.
    @Test(arguments: [
        #"{"v":1,"datasetId":"other","eventId":"e","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done"}"#,
        #"{"v":3,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","eventId":"f","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"finished"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"","type":"actionStatusSet","actionId":"a","status":"done"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e\u001b","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done","extra":1}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":null,"at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done"} x"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","batch":"b","type":"batchBegin","events":2,"at":"t","user":"u"}"#,
        #"{"v":2,"datasetId":"jatim-misi-dagang","batch":"b","type":"batchBegin","events":0,"at":"t","user":"u"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"dealRecorded","deal":{"id":"d","mission":"m","direction":"sell","valueRupiah":-5,"status":"committed","kind":"itemised","source":"s"}}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"dealRecorded","deal":{"id":"d","mission":"m","direction":"sell","valueRupiah":5,"status":"committed","kind":"itemised","source":"s","bogus":1}}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"dealRecorded"}"#,
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"teleport","deal":{}}"#,
    ])
    func unusualLinesGoToTheGeneralPath(line: String) {
        #expect(JournalFastLine.decode(Array(line.utf8), datasetId: Self.ds) == nil)
    }

    @Test func nullOptionalsAndSpacesAreReadAsTheGeneralPathReadsThem() {
        let line = #" { "v" : 2 , "datasetId":"jatim-misi-dagang","batch":null,"eventId":"e","at":"t","user":"u","type":"actionStatusSet","actionId":"a","status":"done","previous":null,"undoes":null} "#
        let fast = JournalFastLine.decode(Array(line.utf8), datasetId: Self.ds)
        #expect(fast == .event(JournalEvent(eventId: "e", at: "t", user: "u", body: .actionStatusSet(actionId: "a", status: .done, previous: nil)), batch: nil))
        #expect(InputChecks.journalLine(Array(line.utf8), datasetId: Self.ds) == nil)
    }

    /// Random damage to every writer line: whatever the fast path takes, the general path takes
    /// the same way and without a word (the fuzzer, scripts/fuzz, does the same at length).
    @Test func randomMutationsNeverMakeThePathsDisagree() {
        var rng = SyntheticGenerator.RNG(state: 20261130)
        let tokens: [[UInt8]] = ["\"", "\\", "{", "}", ",", ":", "null", "1", "2", "3", "0", "\u{1B}", "é", " ", "\"v\":2,", "\"batch\":\"b\",",
                                 "\"user\":\"\",", "\"undoes\":\"x\",", "true", "\u{2028}"].map { Array($0.utf8) }
        var taken = 0
        for round in 0..<3000 {
            let seed = Array(Self.writerLines[round % Self.writerLines.count].utf8)
            var b = seed
            for _ in 0..<(1 + rng.below(3)) {
                let at = rng.below(max(1, b.count))
                switch rng.below(4) {
                case 0: b.remove(at: at)
                case 1: b.insert(contentsOf: tokens[rng.below(tokens.count)], at: at)
                case 2: b[at] = UInt8(truncatingIfNeeded: rng.next())
                default: b.insert(contentsOf: b[at..<min(b.count, at + rng.below(12))], at: at)
                }
            }
            if JournalFastLine.decode(b, datasetId: Self.ds) != nil { taken += 1 }
            #expect(InputChecks.journalLine(b, datasetId: Self.ds) == nil, "round \(round): \(String(decoding: b, as: UTF8.self))")
        }
        // Some mutations leave a plain line (a changed letter in a value): the check above ran on them.
        #expect(taken > 100)
    }
}
