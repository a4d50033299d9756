import Foundation
import Testing
import TradeModel
import TradeStore
@testable import TradeState
import TradeTestSupport

/// Runs the real `trade-tui` binary, as a user or a script would.
struct CLI {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let binary: String = {
        if let b = ProcessInfo.processInfo.environment["TRADE_TUI_BIN"] { return b }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        let beside = URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("trade-tui").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repoRoot + "/.build/debug/trade-tui"
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Both streams as written (stdout, then stderr), for checks a decoded string could hide.
        var bytes: [UInt8] = []
    }

    /// A private HOME so the default journal path never touches the user's.
    static func run(_ args: [String], cwd: String? = nil, env: [String: String] = [:], home: String? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        var e = ["PATH": "/usr/bin:/bin", "HOME": home ?? NSTemporaryDirectory() + "trade-tui-home-" + UUID().uuidString, "LANG": "C.UTF-8"]
        for (k, v) in env { e[k] = v }
        p.environment = e
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? repoRoot)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let r = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit, "the binary must exit, never die from a signal")
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: r, as: UTF8.self),
                      bytes: Array(o) + Array(r))
    }

    static func tempDir() throws -> String {
        let d = NSTemporaryDirectory() + "trade-tui-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// A copy of the fixtures with one file's text edited.
    static func fixtures(editing file: String? = nil, _ edit: (String) -> String = { $0 }) throws -> String {
        let d = try tempDir()
        for name in try FileManager.default.contentsOfDirectory(atPath: repoRoot + "/fixtures") {
            var text = try String(contentsOfFile: repoRoot + "/fixtures/" + name, encoding: .utf8)
            if name == file { text = edit(text) }
            try text.write(toFile: d + "/" + name, atomically: true, encoding: .utf8)
        }
        return d
    }
}

@Suite(.serialized) struct CLITests {
    func json(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    func byId(_ list: Any?) -> [String: Int64] {
        var out: [String: Int64] = [:]
        for case let o as [String: Any] in (list as? [Any]) ?? [] {
            if let id = o["id"] as? String, let v = o["totalValueRupiah"] as? NSNumber { out[id] = v.int64Value }
        }
        return out
    }

    @Test func versionSaysTheReleaseAndTheFormatsItReads() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0 && r.stdout.contains("trade-tui 0.4.0") && r.stdout.contains("journal format 2"), "\(r.stdout)\(r.stderr)")
    }

    @Test func validatePassesOnBundledFixtures() throws {
        let r = try CLI.run(["validate"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("valid: "), "the result on standard output: \(r.stdout)")
        #expect(!r.stderr.contains("valid:"))
    }

    @Test func summaryJSONHasEveryPublishedFinal() throws {
        let home = try CLI.tempDir()
        let r = try CLI.run(["summary", "--format", "json"], home: home)
        #expect(r.status == 0, "\(r.stderr)")
        let o = try json(r.stdout)
        let missions = byId(o["byMission"])
        #expect(missions["m2025-kaltim"] == 1_053_146_943_500)
        #expect(missions["m2025-malut"] == 568_042_498_000)
        #expect(missions["m2025-kepri"] == 4_456_849_425_486)
        #expect(missions["a2025-batam"] == 0, "an agreement's potential is never a transaction")
        let total = (o["totalValueRupiah"] as? NSNumber)?.int64Value
        #expect(total == missions.values.reduce(0, +))
        let commodities = byId(o["byCommodity"])
        for c in ["seafood", "rice", "coffee", "seaweed"] { #expect(commodities[c] != nil, "\(c)") }
        #expect(commodities["rice"] == 0)
        // Reading never creates the journal.
        #expect(!FileManager.default.fileExists(atPath: home + "/.local/state/trade-tui"))
    }

    @Test func journalDealsAreCounted() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        try """
        {"v":1,"datasetId":"jatim-misi-dagang","eventId":"e1","at":"2026-11-23T01:00:00Z","user":"ana","type":"dealRecorded","deal":{"id":"j1","mission":"m2025-kaltim","direction":"sell","commodity":"rice","valueRupiah":1250000000,"status":"committed","kind":"itemised","source":"desk"}}

        """.write(toFile: journal, atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary", "--format", "json", "--journal", journal])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try json(r.stdout)
        #expect(byId(o["byMission"])["m2025-kaltim"] == 1_054_396_943_500)
        #expect(byId(o["byCommodity"])["rice"] == 1_250_000_000)
        #expect((o["journalEvents"] as? NSNumber)?.intValue == 1)
    }

    @Test func overflowingJournalIsAClearErrorNotATrap() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        try """
        {"v":1,"datasetId":"jatim-misi-dagang","eventId":"e1","at":"2026-11-23T01:00:00Z","user":"ana","type":"dealRecorded","deal":{"id":"j1","mission":"m2025-kaltim","direction":"sell","valueRupiah":9223372036854775000,"status":"committed","kind":"itemised","source":"desk"}}

        """.write(toFile: journal, atomically: true, encoding: .utf8)
        let r = try CLI.run(["summary", "--journal", journal])
        #expect(r.status == 65)
        #expect(r.stderr.contains("trade-tui: total misi m2025-kaltim melampaui 9223372036854775807 rupiah"), "\(r.stderr)")
        let en = try CLI.run(["summary", "--journal", journal, "--lang", "en"])
        #expect(en.status == 65 && en.stderr.contains("the total of mission m2025-kaltim exceeds 9223372036854775807 rupiah"), "\(en.stderr)")
    }

    @Test func aFileGivenAsTheDataDirectoryIsInvalidDataNotMissing() throws {
        let r = try CLI.run(["validate", "--data", repoRoot + "/README.md"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("is not a directory"))
    }

    @Test func missingDataDirectoryExits66() throws {
        let r = try CLI.run(["validate", "--data", "/nonexistent/data"])
        #expect(r.status == 66)
        #expect(r.stderr.contains("/nonexistent/data: error: the data directory does not exist"))
    }

    @Test func invalidFixtureNamesFileAndLineAndExits65() throws {
        let d = try CLI.fixtures(editing: "deals.json") { $0.replacingOccurrences(of: "\"valueRupiah\": 943500", with: "\"valueRupiah\": \"943500\"") }
        let r = try CLI.run(["validate", "--data", d])
        #expect(r.status == 65)
        // The place opens from where the command was typed: the directory as given, the file, line and column.
        #expect(r.stderr.contains(d + "/deals.json:27:101: error: deals[21].valueRupiah: expected a whole number, found a text string\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let s = try CLI.run(["summary", "--data", d])
        #expect(s.status == 65 && s.stdout.isEmpty)
    }

    /// One damaged deal, or a deals.json that cannot be read at all, is one error: not followed
    /// by a "published final differs from the sum of the lines" for every mission, which buried it.
    @Test func aDamagedDealsFileIsOneErrorNotAScreenful() throws {
        let edits: [(String) -> String] = [
            { $0.replacingOccurrences(of: "\"valueRupiah\": 943500", with: "\"valueRupiah\": \"943500\"") },
            { $0.replacingOccurrences(of: "\"valueRupiah\": 943500", with: "\"valueRupiah\": 943500x") },
        ]
        for edit in edits {
            let d = try CLI.fixtures(editing: "deals.json", edit)
            let r = try CLI.run(["validate", "--data", d])
            let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(r.status == 65 && errors.count == 1 && errors[0].contains("/deals.json:27:"), "\(r.stderr)")
            #expect(!r.stderr.contains("reportedTotals.json"), "\(r.stderr)")
        }
    }

    /// A relative `--data` stays relative (as typed, a trailing slash not doubled), with line and column.
    @Test func validateNamesTheFileAsTheDataDirectoryWasGiven() throws {
        let d = try CLI.fixtures(editing: "deals.json") { $0.replacingOccurrences(of: "\"valueRupiah\": 943500", with: "\"valueRupiah\": -943500") }
        let parent = (d as NSString).deletingLastPathComponent, name = (d as NSString).lastPathComponent
        for given in [name, "./" + name, name + "/"] {
            let r = try CLI.run(["validate", "--data", given, "--lang", "en"], cwd: parent)
            #expect(r.status == 65)
            let place = (given.hasSuffix("/") ? given : given + "/") + "deals.json:27:101: error: deals[21].valueRupiah: money must not be negative"
            #expect(r.stderr.hasPrefix(place), "\(r.stderr)")
        }
    }

    @Test func controlCharactersNeverReachTheOutput() throws {
        let d = try CLI.fixtures(editing: "missions.json") {
            $0.replacingOccurrences(of: "\"title\": \"Misi Dagang Jatim–NTB 2025\"", with: "\"title\": \"NTB\\u001b]0;pwned\\u0007\\u001b[2J\"")
        }
        for format in ["text", "json", "csv"] {
            let r = try CLI.run(["summary", "--format", format, "--data", d])
            #expect(r.status == 0)
            #expect(!r.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(format)")
            #expect(r.stdout.contains("NTB"))
        }
        let v = try CLI.run(["validate", "--data", d])
        #expect(!v.stderr.unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func languageFromFlagAndLocale() throws {
        #expect(try CLI.run(["summary"]).stdout.contains("Total transaksi: Rp"))
        #expect(try CLI.run(["summary", "--lang", "en"]).stdout.contains("Transaction total: Rp"))
        #expect(try CLI.run(["summary"], env: ["LANG": "en_GB.UTF-8"]).stdout.contains("Transaction total"))
        #expect(try CLI.run(["summary", "--lang", "fr"]).status == 64)
    }

    @Test func findsBundledFixturesFromAnotherDirectory() throws {
        let r = try CLI.run(["summary", "--format", "csv"], cwd: "/")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("section,id,name,totalValueRupiah,letterOfIntentRupiah,missions,note\n"))
        #expect(r.stdout.contains("mission,m2025-kaltim,Misi Dagang Jatim–Kalimantan Timur 2025,1053146943500"))
    }

    @Test func generateWritesAValidDataSet() throws {
        let d = try CLI.tempDir() + "/gen"
        let g = try CLI.run(["generate", "--deals", "20000", "--out", d, "--seed", "3"])
        #expect(g.status == 0, "\(g.stderr)")
        let v = try CLI.run(["validate", "--data", d])
        #expect(v.status == 0, "\(v.stderr)")
        let s = try CLI.run(["summary", "--format", "json", "--data", d])
        let o = try json(s.stdout)
        #expect((o["dealCount"] as? NSNumber)?.intValue == 20000)
        #expect(o["illustrative"] as? Bool == true)
    }
}
