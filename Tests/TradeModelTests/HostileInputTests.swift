import Foundation
import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

/// Inputs kept from fuzzing (Fuzz/, scripts/fuzz) and hostile shapes: none may trap, hang or make
/// the fast and general readers disagree.
@Suite struct HostileInputTests {
    static let corpus: [String] = {
        let dir = repoRoot + "/Tests/TradeModelTests/FuzzCorpus"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted().map { dir + "/" + $0 }
    }()

    @Test func corpusIsNotEmpty() { #expect(Self.corpus.count >= 5) }

    @Test(arguments: HostileInputTests.corpus)
    func keptFuzzInputs(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(InputChecks.run(bytes) == nil, "\(path)")
    }

    /// A journal's lines read by one decoder (rows, cached strings, the last user and minute)
    /// against the general path, line by line, after random damage: values moved between roles
    /// (a user named like a mission), bytes changed, lines cut, swapped and repeated.
    @Test func randomMutationsOfAJournalHoldTheInvariants() throws {
        var rng = SyntheticGenerator.RNG(state: 20261130)
        let base = try loadBundled()
        let lines = RowJournal.block(0, base) + (0..<20).map(RowJournal.filler)
        let swaps: [(String, String)] = [("\"user\":\"t\"", "\"user\":\"m2025-kaltim\""), ("\"user\":\"t\"", "\"user\":\"coffee\""),
                                         ("\"mission\":\"m2025-kaltim\"", "\"mission\":\"t\""), ("T01:02:03Z", "T01:02:59Z"),
                                         ("T01:02:03Z", "T01:02:60Z"), ("\"source\":\"", "\"source\":\"t"), ("01:02:03", "01:03:03")]
        let tokens: [[UInt8]] = ["\"", "\\", "{", "}", ",", ":", "0", "é", "\u{1B}", " ", "\n", "null"].map { Array($0.utf8) }
        for round in 0..<300 {
            var ls = lines
            for _ in 0..<(1 + rng.below(4)) {
                let k = rng.below(ls.count)
                switch rng.below(4) {
                case 0:
                    let (a, b) = swaps[rng.below(swaps.count)]
                    if let r = ls[k].range(of: a) { ls[k].replaceSubrange(r, with: b) }
                case 1: ls.swapAt(k, rng.below(ls.count))
                case 2: ls.insert(ls[k], at: rng.below(ls.count))
                default: ls[k] = String(ls[k].prefix(rng.below(ls[k].count + 1)))
                }
            }
            var b = Array((ls.joined(separator: "\n") + "\n").utf8)
            if round % 3 == 0 {
                let at = rng.below(b.count)
                if rng.below(2) == 0 { b[at] = UInt8(truncatingIfNeeded: rng.next()) } else { b.insert(contentsOf: tokens[rng.below(tokens.count)], at: at) }
            }
            #expect(InputChecks.journalLines(b, datasetId: RowJournal.datasetId) == nil, "round \(round)")
            #expect(InputChecks.run(b) == nil, "round \(round)")
        }
    }

    @Test func randomMutationsOfTheFixturesHoldTheInvariants() throws {
        // A small property-based pass that runs in CI (the libFuzzer run is local, scripts/fuzz).
        var rng = SyntheticGenerator.RNG(state: 20261123)
        let seeds = try ["deals.json", "missions.json", "actions.json"].map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixturesDir + "/" + $0))) }
        let tokens: [[UInt8]] = ["\"", "\\", "{", "}", "[", "]", ",", ":", "-", "0", "99999999999999999999", "\u{1B}", "é", "null", "true", "1e9", " ", "\n"].map { Array($0.utf8) }
        for round in 0..<300 {
            var b = seeds[round % seeds.count]
            for _ in 0..<(1 + rng.below(6)) {
                let at = rng.below(max(1, b.count))
                switch rng.below(4) {
                case 0: b.remove(at: at)
                case 1: b.insert(contentsOf: tokens[rng.below(tokens.count)], at: at)
                case 2: b[at] = UInt8(truncatingIfNeeded: rng.next())
                default: b = Array(b.prefix(at))
                }
            }
            #expect(InputChecks.run(b) == nil, "round \(round)")
        }
    }

    /// A tiny-object flood and huge values: a clear error, bounded memory (the process runs under
    /// a 1.5 GB address-space limit, so an unbounded reader would die, not pass).
    @Test(arguments: ["flood", "string", "digits"])
    func hostileFilesStayBounded(kind: String) throws {
        let dir = try scratchFixtures()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var text: [UInt8]
        switch kind {
        case "flood": text = Array("[".utf8) + Array(repeating: Array("{},".utf8), count: 1_000_000).flatMap { $0 } + Array("{}]".utf8)
        case "string": text = Array("[{\"id\": \"".utf8) + [UInt8](repeating: 0x61, count: 100_000_000) + Array("\"}]".utf8)
        default: text = Array("[{\"id\": \"x\", \"valueRupiah\": ".utf8) + [UInt8](repeating: 0x39, count: 1_000_000) + Array("}]".utf8)
        }
        try Data(text).write(to: URL(fileURLWithPath: dir + "/deals.json"))
        let binary = URL(fileURLWithPath: repoRoot + "/.build/debug/trade-tui").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", "ulimit -v 1500000; exec \"$0\" validate --data \"$1\" 2>&1 | head -c 2000", binary, dir]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let msg = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(msg.contains("deals.json"), "\(kind): \(msg)")
        #expect(msg.contains("error"), "\(kind): \(msg)")
        #expect(!msg.contains("Fatal error") && !msg.contains("Segmentation"), "\(kind): \(msg)")
    }
}
