import Foundation
import Testing
import TradeModel
import TradeTestSupport

/// Every byte the binary writes leaves through one sanitiser, and ids holding control characters
/// are refused at the command line and in CSV imports without being echoed.
@Suite(.serialized) struct HostileOutputTests {
    static let osc52 = "\u{1B}]52;c;aGk=\u{7}"
    static let title = "\u{1B}]0;pwned\u{7}"
    static let fixtures = CLI.repoRoot + "/fixtures"

    /// Both streams are valid UTF-8 holding no unsafe character but newline and tab: no ESC, BEL,
    /// CR, DEL, C1 (raw 0x9B would not even be UTF-8), bidi control or line separator.
    func expectClean(_ r: CLI.Result, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let text = String(validating: r.bytes, as: UTF8.self) else {
            Issue.record("\(what): the output is not UTF-8", sourceLocation: sourceLocation)
            return
        }
        let bad = text.unicodeScalars.filter { Sanitizer.isUnsafe($0) && $0 != "\n" && $0 != "\t" }
        #expect(bad.isEmpty, "\(what): \(bad.map { "U+" + String($0.value, radix: 16) }) in \(Sanitizer.line(text))",
                sourceLocation: sourceLocation)
    }

    func journal() throws -> String { try CLI.tempDir() + "/j.jsonl" }

    @Test func validateNeverEchoesAHostileKey() throws {
        // Keys are the data's own text: an unknown one is quoted, and is part of the JSON path.
        let d = try CLI.fixtures(editing: "missions.json") {
            $0.replacingOnce("{\"id\": \"m2016-malut\",",
                             "{\"id\": \"m2016-malut\", \"\\u001b]52;c;aGk=\\u0007\": 1, \"x\\nmissions.json:1:1: error: forged\\u009b\": 2,")
        }
        let r = try CLI.run(["validate", "--data", d])
        #expect(r.status == 65)
        #expect(r.stderr.contains("missions.json:2:") && r.stderr.contains("unknown field"))
        #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix("missions.json:1:1: error: forged") },
                "a key cannot forge a line of its own")
        expectClean(r, "validate")
    }

    @Test func importDryRunRefusesAHostileIdAndEchoesNoRawByte() throws {
        let dir = try CLI.tempDir()
        let csv = dir + "/desk.csv"
        try """
        id,mission,direction,valueRupiah,description
        d-ok,m2025-kaltim,sell,1000,"a title change \(Self.title) in text is kept"
        "d-\(Self.osc52)\(Self.title)",m2025-kaltim,sell,2000,

        """.write(toFile: csv, atomically: true, encoding: .utf8)
        let j = try journal()
        let r = try CLI.run(["import-deals", csv, "--dry-run", "--data", Self.fixtures, "--journal", j, "--lang", "en"])
        #expect(r.status == 65)
        #expect(r.stderr.contains("desk.csv:3: error: id must not contain control characters; nothing from this file was recorded"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        expectClean(r, "import-deals --dry-run")
        #expect(!FileManager.default.fileExists(atPath: j))
        let real = try CLI.run(["import-deals", csv, "--data", Self.fixtures, "--journal", j])
        #expect(real.status == 65 && !FileManager.default.fileExists(atPath: j), "nothing from the file is recorded")
    }

    static let refusals: [([String], String)] = [
        (["record-deal", "--id", "\u{1B}]0;x\u{7}", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "1000"], "--id"),
        (["record-deal", "--mission", "m2025-kaltim\u{1B}[2J", "--direction", "sell", "--value", "1000"], "--mission"),
        (["record-deal", "--mission", "m2025-kaltim", "--commodity", "coffee\u{7}", "--direction", "sell", "--value", "1000"], "--commodity"),
        (["record-deal", "--mission", "m2025-kaltim", "--product", "udang\u{202E}", "--direction", "sell", "--value", "1000"], "--product"),
        (["new-mission", "--partner", "ntb", "--city", "Mataram", "--date", "2026-11-23", "--id", "m-\u{1B}]0;x\u{7}"], "--id"),
        (["new-mission", "--partner", "ntb\u{9B}", "--city", "Mataram", "--date", "2026-11-23"], "--partner"),
        (["action", "act-kaltim-return-visit\u{1B}]0;x\u{7}", "--done"], "the action ID"),
        (["deal", "correct", "d2016-malut-total\u{1B}", "--value", "1000"], "the deal ID"),
        (["deal", "withdraw", "d2016-malut-total\n"], "the deal ID"),
        (["present", "--mission", "m2025-kaltim\u{1B}]0;x\u{7}"], "--mission"),
    ]

    @Test(arguments: HostileOutputTests.refusals)
    func anIdWithAControlCharacterIsRefusedWithoutEchoingIt(args: [String], name: String) throws {
        let j = try journal()
        let r = try CLI.run(args + ["--data", Self.fixtures, "--journal", j, "--lang", "en"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr == "trade-tui: \(name) must not contain control characters\n", "\(Sanitizer.line(r.stderr))")
        #expect(r.stdout.isEmpty)
        expectClean(r, args[0])
        #expect(!FileManager.default.fileExists(atPath: j), "nothing is recorded")
    }

    @Test func aHostileTitleIsRecordedAsGivenButEchoedSanitised() throws {
        let j = try journal()
        let r = try CLI.run(["new-mission", "--partner", "ntb", "--city", "Mataram", "--date", "2026-11-23", "--title", "Misi \u{1B}]0;x\u{7}",
                             "--data", Self.fixtures, "--journal", j])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "ok m2026-11-23-ntb Misi \u{FFFD}]0;x\u{FFFD} (WITA)\n", "\(Sanitizer.line(r.stdout))")
        expectClean(r, "new-mission")
        let line = try String(contentsOfFile: j, encoding: .utf8)
        #expect(line.contains("\"title\":\"Misi \\u001b]0;x\\u0007\""), "text is kept as given, escaped in the journal")
        // It reads back as the same mission, and every report of it stays clean.
        for args in [["summary"], ["summary", "--format", "json"], ["checklist"], ["validate"]] {
            let s = try CLI.run(args + ["--data", Self.fixtures, "--journal", j])
            #expect(s.status == 0, "\(args): \(s.stderr)")
            expectClean(s, args.joined(separator: " "))
        }
    }

    @Test func aHostileUserNameIsRecordedButNeverEchoedRaw() throws {
        let j = try journal()
        let r = try CLI.run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "1000", "--id", "d-user",
                             "--user", "ana\u{1B}]0;x\u{7}", "--data", Self.fixtures, "--journal", j])
        #expect(r.status == 0, "\(r.stderr)")
        let e = try CLI.run(["export-deals", "--data", Self.fixtures, "--journal", j])
        #expect(e.status == 0 && e.stdout.contains("d-user,m2025-kaltim,sell"))
        expectClean(e, "export-deals")
    }

    @Test(arguments: [["summary", "--format", "\u{1B}[31mred"], ["summary", "--nope\u{1B}]0;x\u{7}"], ["\u{1B}[2J"]])
    func aParserErrorQuotesTheBadValueSanitised(args: [String]) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("Error: ") && r.stderr.contains("\u{FFFD}"), "\(Sanitizer.line(r.stderr))")
        #expect(r.stdout.isEmpty)
        expectClean(r, args.joined(separator: " "))
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let top = try CLI.run(["--help"])
        #expect(top.status == 0 && top.stderr.isEmpty)
        #expect(top.stdout.contains("USAGE: trade-tui <subcommand>") && top.stdout.contains("record-deal"))
        let sub = try CLI.run(["summary", "--help"])
        #expect(sub.status == 0 && sub.stderr.isEmpty)
        #expect(sub.stdout.contains("--format <format>"))
        let v = try CLI.run(["deal", "withdraw"])
        #expect(v.status == 64 && v.stderr.contains("Missing expected argument"), "\(v.stderr)")
    }

    /// The one way out keeps normal output byte for byte: standard output equals the file written
    /// directly, with no sanitiser in between.
    @Test func normalOutputIsByteIdentical() throws {
        let dir = try CLI.tempDir()
        let r = try CLI.run(["export-deals", "--data", Self.fixtures, "--out", dir + "/deals.csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let direct = try Data(contentsOf: URL(fileURLWithPath: dir + "/deals.csv"))
        let piped = try CLI.run(["export-deals", "--data", Self.fixtures])
        #expect(piped.bytes.count == direct.count + piped.stderr.utf8.count)
        #expect(Array(piped.stdout.utf8) == Array(direct))
    }
}
