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
