import Foundation
import Testing
import TradeModel
import TradeStore
@testable import TradeState
import TradeTestSupport

/// Real processes on one journal: SIGKILL mid-burst, and two writers at once.
@Suite(.serialized) struct JournalDurabilityTests {
    struct Writer {
        let process: Process
        let out: Pipe
    }

    func startStress(_ journal: String, events: Int, user: String) throws -> Writer {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["journal", "stress", "--events", "\(events)", "--journal", journal, "--user", user, "--data", repoRoot + "/fixtures"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        return Writer(process: p, out: out)
    }

    func journalIds(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return o["eventId"] as? String
        }
    }

    /// Newlines in the file so far (a cheap look while writers append).
    func lineCount(_ path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path) else { return 0 }
        return data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    @Test func everyAcknowledgedEventSurvivesSIGKILL() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        var acknowledged: [String] = []
        for round in 0..<4 {
            let writers = try (0..<3).map { try startStress(journal, events: 100_000, user: "w\(round)-\($0)") }
            // Kill them mid-stream: once the journal has grown (whatever the machine's load), then a
            // little later each round so the kill lands at different points of a write.
            let grown = 20 * (round + 1)
            var waited = 0
            while waited < 1000, lineCount(journal) < grown { usleep(10_000); waited += 1 }
            usleep(useconds_t(5_000 + round * 20_000))
            for w in writers { kill(w.process.processIdentifier, SIGKILL) }
            for w in writers {
                w.process.waitUntilExit()
                #expect(w.process.terminationReason == .uncaughtSignal)
                let printed = String(decoding: w.out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                // An id is acknowledged once its whole line was printed (after fsync).
                let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
                acknowledged += lines.dropLast().map(String.init)
            }
        }
        #expect(acknowledged.count > 50, "the writers got going before being killed")
        // The next writer moves any torn tail aside; nothing acknowledged is lost or doubled.
        let after = try CLI.run(["action", "act-cyber-hoax", "--note", "after the crash", "--journal", journal])
        #expect(after.status == 0, "\(after.stderr)")
        let ids = try journalIds(journal)
        let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
        for id in acknowledged { #expect(counts[id] == 1, "acknowledged \(id) must be there exactly once") }
        print("SIGKILL writers: \(acknowledged.count) events acknowledged, \(acknowledged.filter { counts[$0] == 1 }.count) present exactly once")
        #expect(counts.values.allSatisfy { $0 == 1 })
        let check = try CLI.run(["journal", "check", "--journal", journal])
        #expect(check.status == 0, "no damage in the middle after a crash: \(check.stderr)")
    }

    @Test func twoWritersNeverLoseOrDuplicateEachOthersEvents() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        let a = try startStress(journal, events: 400, user: "ana")
        let b = try startStress(journal, events: 400, user: "budi")
        let outA = String(decoding: a.out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let outB = String(decoding: b.out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        a.process.waitUntilExit(); b.process.waitUntilExit()
        #expect(a.process.terminationStatus == 0 && b.process.terminationStatus == 0)
        let acked = outA.split(separator: "\n").map(String.init) + outB.split(separator: "\n").map(String.init)
        #expect(acked.count == 800)
        let ids = try journalIds(journal)
        #expect(ids.count == 800)
        #expect(Set(ids) == Set(acked))
        let report = try CLI.run(["checklist", "--format", "json", "--journal", journal])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let actions = try #require(o["actions"] as? [[String: Any]])
        let notes = actions.reduce(0) { $0 + (($1["notes"] as? [Any])?.count ?? 0) }
        #expect(notes == 800, "every event applied, attributed")
        #expect(actions.allSatisfy { $0["id"] is String && $0["done"] is Bool })
    }

    @Test func checklistExportsInEveryFormatAndRefusesOtherDatasets() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        #expect(try CLI.run(["action", "act-cyber-hoax", "--done", "--user", "Ibu Ana", "--journal", journal]).status == 0)
        let json = try CLI.run(["checklist", "--format", "json", "--journal", journal])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let hoax = try #require((o["actions"] as? [[String: Any]])?.first { $0["id"] as? String == "act-cyber-hoax" })
        #expect(hoax["done"] as? Bool == true && hoax["lastChangedBy"] as? String == "Ibu Ana")
        let csv = try CLI.run(["checklist", "--format", "csv", "--journal", journal])
        #expect(csv.stdout.hasPrefix("id,done,status,"))
        #expect(csv.stdout.contains("act-cyber-hoax,true,done,"))
        let md = try CLI.run(["checklist", "--format", "md", "--journal", journal, "--lang", "en"])
        #expect(md.stdout.contains("- [x] Adopt Jatim's AI"))
        #expect(try CLI.run(["checklist", "--journal", journal]).stdout.contains("[x] Adopsi sistem AI"))
        try """
        {"v":1,"datasetId":"another-set","eventId":"e","at":"t","user":"u","type":"actionNoteAdded","actionId":"a","note":"n"}

        """.write(toFile: dir + "/other.jsonl", atomically: true, encoding: .utf8)
        let other = try CLI.run(["checklist", "--journal", dir + "/other.jsonl"])
        #expect(other.status == 65 && other.stderr.contains("belongs to the dataset \"another-set\""))
        try """
        {"v":9,"datasetId":"jatim-misi-dagang","eventId":"e","at":"t","user":"u","type":"actionNoteAdded","actionId":"a","note":"n"}

        """.write(toFile: dir + "/newer.jsonl", atomically: true, encoding: .utf8)
        let newer = try CLI.run(["action", "act-cyber-hoax", "--done", "--journal", dir + "/newer.jsonl"])
        #expect(newer.status == 65 && newer.stderr.contains("newer trade-tui"))
        #expect(try String(contentsOfFile: dir + "/newer.jsonl", encoding: .utf8).split(separator: "\n").count == 1, "nothing written")
    }

    @Test func journalWorksWithAReadOnlyDataDirectory() throws {
        let data = try CLI.fixtures()
        chmod(data, 0o555)
        defer { chmod(data, 0o755) }
        let dir = try CLI.tempDir()
        let r = try CLI.run(["action", "act-batam-hub", "--in-progress", "--data", data], home: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/.local/state/trade-tui/jatim-misi-dagang.journal.jsonl"))
    }
}
