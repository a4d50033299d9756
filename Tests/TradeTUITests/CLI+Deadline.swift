import Foundation
import Testing

extension CLI {
    /// How a run under a deadline ended.
    struct Timed {
        var result: Result
        var seconds: Double
        /// Killed at the deadline: it would have blocked.
        var killed: Bool
    }

    /// Runs the binary with exactly `environment` (nothing added: no HOME unless given), killing it
    /// at `deadline` seconds. Output goes to files, so a full pipe can never look like a hang.
    static func run(_ args: [String], environment: [String: String], deadline: Double, cwd: String? = nil) throws -> Timed {
        let dir = try tempDir()
        let outPath = dir + "/stdout", errPath = dir + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.environment = environment
        p.currentDirectoryURL = URL(fileURLWithPath: cwd ?? repoRoot)
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let started = Date()
        try p.run()
        var killed = false
        while p.isRunning {
            if Date().timeIntervalSince(started) > deadline {
                kill(p.processIdentifier, SIGKILL)
                killed = true
                break
            }
            usleep(5_000)
        }
        p.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let o = try Data(contentsOf: URL(fileURLWithPath: outPath)), e = try Data(contentsOf: URL(fileURLWithPath: errPath))
        let result = Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self),
                            bytes: Array(o) + Array(e))
        return Timed(result: result, seconds: seconds, killed: killed)
    }

    /// The environment `run` gives, with a private HOME.
    static func environment(home: String? = nil) -> [String: String] {
        ["PATH": "/usr/bin:/bin", "HOME": home ?? NSTemporaryDirectory() + "trade-tui-home-" + UUID().uuidString, "LANG": "C.UTF-8"]
    }

    /// `record-deal` with what it needs, to add `--journal` to.
    static let recordDeal = ["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "1250000000"]

    static func fifo(_ path: String) {
        #expect(mkfifo(path, 0o644) == 0, "mkfifo \(path)")
    }

    /// Refused with a clear sentence and a non-zero exit, within a second, never killed.
    static func expectRefusedAtOnce(_ args: [String], saying words: String, status: Int32 = 65, env: [String: String] = CLI.environment(),
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let t = try CLI.run(args, environment: env, deadline: 1.0)
        #expect(!t.killed, "\(args.joined(separator: " ")) blocked", sourceLocation: sourceLocation)
        #expect(t.result.status == status, "\(args.joined(separator: " ")): exit \(t.result.status) \(t.result.stderr)", sourceLocation: sourceLocation)
        #expect(t.result.stderr.contains(words), "\(args.joined(separator: " ")): \(t.result.stderr)", sourceLocation: sourceLocation)
        #expect(t.seconds < 1.0, sourceLocation: sourceLocation)
    }
}
