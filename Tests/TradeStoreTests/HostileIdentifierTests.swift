import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// Ids holding control characters are refused where they come in: a fixture record is a located
/// error, a journal line is set aside and never applied (docs/SCHEMA.md, "Ids").
@Suite struct HostileIdentifierTests {
    /// OSC 0 (set the window title), as a JSON escape so the file stays valid JSON.
    static let osc = "\\u001b]0;pwned\\u0007"

    // MARK: fixtures

    /// (file, the value as it is, path of the field, line). The value gets the OSC sequence appended.
    @Test(arguments: [
        ("missions.json", "\"id\": \"m2016-malut\"", "missions[0].id", 2),
        ("deals.json", "\"id\": \"d2016-malut-total\"", "deals[0].id", 2),
        ("deals.json", "\"mission\": \"m2016-malut\"", "deals[0].mission", 2),
        ("actions.json", "\"id\": \"act-malut-return-visit\", \"recommendation\": \"rec-coordination\"", "actions[0].recommendation", 2),
        ("agreements.json", "\"parties\": [\"jatim\", \"osaka\"", "agreements[0].parties[1]", 2),
    ])
    func fixtureIdWithAControlCharacterIsALocatedError(file: String, value: String, path: String, line: Int) throws {
        let hostile = String(value.dropLast()) + Self.osc + "\""
        let dir = try scratchFixtures([file: { $0.replacingOnce(value, hostile) }])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(directory: dir)
        #expect(r.dataset == nil, "a data set with such an id must not load")
        let e = try #require(r.errors.first { $0.path == path }, "\(r.errors.map(\.description))")
        #expect(e.file == file)
        #expect(e.location?.line == line)
        #expect(e.message == "must not contain control characters")
        #expect(e.description.hasPrefix(dir + "/" + file + ":\(line):"), "the directory as given, then the file")
        #expect(!e.description.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
    }

    // MARK: journal

    func tempPath() -> String { NSTemporaryDirectory() + "trade-tui-hostile-" + UUID().uuidString + ".jsonl" }

    static let head = "{\"v\":1,\"datasetId\":\"jatim-misi-dagang\",\"at\":\"2026-11-23T01:00:00Z\",\"user\":\"staff\","

    static func deal(id: String = "j2", mission: String = "m2025-kaltim", commodity: String = "coffee") -> String {
        "{\"id\":\"\(id)\",\"mission\":\"\(mission)\",\"direction\":\"sell\",\"commodity\":\"\(commodity)\",\"valueRupiah\":5,\"status\":\"committed\",\"kind\":\"itemised\",\"source\":\"desk\"}"
    }

    static let hostileLines: [String] = [
        head + "\"eventId\":\"e2\(osc)\",\"type\":\"dealRecorded\",\"deal\":\(deal())}",
        head + "\"eventId\":\"e2\",\"type\":\"dealRecorded\",\"deal\":\(deal(id: "j2" + osc))}",
        head + "\"eventId\":\"e2\",\"type\":\"dealRecorded\",\"deal\":\(deal(mission: "m2025-kaltim" + osc))}",
        head + "\"eventId\":\"e2\",\"type\":\"dealRecorded\",\"deal\":\(deal(commodity: "coffee" + osc))}",
        head + "\"eventId\":\"e2\",\"undoes\":\"e1\(osc)\",\"type\":\"dealWithdrawn\",\"dealId\":\"j1\",\"reason\":\"x\"}",
        head + "\"eventId\":\"e2\",\"type\":\"dealWithdrawn\",\"dealId\":\"j1\(osc)\",\"reason\":\"x\"}",
        head + "\"eventId\":\"e2\",\"type\":\"actionStatusSet\",\"actionId\":\"act-kaltim-return-visit\(osc)\",\"status\":\"done\"}",
        head + "\"eventId\":\"e2\",\"type\":\"missionCreated\",\"mission\":{\"id\":\"m2026-x\(osc)\",\"title\":\"T\",\"organiser\":\"jatim\",\"partner\":\"ntb\",\"city\":\"Mataram\",\"date\":\"2026-11-23\",\"timeZone\":\"WITA\",\"source\":\"desk:ana\"}}",
    ]

    @Test(arguments: HostileIdentifierTests.hostileLines)
    func journalLineWithAControlCharacterInAnIdIsSetAside(hostile: String) throws {
        var ds = try loadBundled()
        let before = ds
        let path = tempPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let good = Self.head + "\"eventId\":\"e1\",\"type\":\"dealRecorded\",\"deal\":\(Self.deal(id: "j1"))}"
        try (good + "\n" + hostile + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let r = Journal.replay(path: path, into: &ds)
        #expect(!r.refused)
        #expect(r.applied == 1, "only the good line is applied")
        let p = try #require(r.problems.first { $0.location?.line == 2 }, "\(r.problems)")
        #expect(p.severity == .warning)
        #expect(p.message.contains("must not contain control characters") && p.message.contains("set aside"), "\(p.message)")
        #expect(ds.deals.count == before.deals.count + 1 && ds.deals.last?.id == "j1")
        #expect(ds.deals.last?.status == .committed, "a withdrawal with a refused id is never applied")
        #expect(ds.missions.count == before.missions.count)
        #expect(ds.actions.map(\.status) == before.actions.map(\.status) && ds.actionHistory.isEmpty)
        #expect(ds.dealLog.count == 1)
    }
}
