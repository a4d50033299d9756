import Testing
import TradeTestSupport

/// Each command's `--help` offers what the command uses, and nothing else: `--user` only where a
/// change is recorded, `--data` and `--journal` only where the data set is read. An option that
/// would do nothing is refused as unknown (exit 64), not silently taken.
@Suite(.serialized) struct CommandOptionsTests {
    static func usage(_ command: [String]) throws -> String {
        let r = try CLI.run(command + ["--help"])
        #expect(r.status == 0, "\(command): \(r.stderr)")
        // The options as listed (a long usage line shortens to `[<options>]`).
        return r.stdout.split(separator: "\n").filter { $0.hasPrefix("  --") }.joined(separator: "\n")
    }

    @Test func eachCommandOffersWhatItUses() throws {
        let recorders = [["dashboard"], ["record-deal"], ["action"], ["import-deals"], ["new-mission"], ["deal", "withdraw"], ["deal", "correct"]]
        let readers = [["present"], ["summary"], ["validate"], ["export-deals"], ["checklist"], ["journal", "check"], ["journal", "export"]]
        for c in recorders {
            let u = try Self.usage(c)
            #expect(u.contains("--user") && u.contains("--data") && u.contains("--journal") && u.contains("--lang"), "\(c): \(u)")
        }
        for c in readers {
            let u = try Self.usage(c)
            #expect(!u.contains("--user") && u.contains("--data") && u.contains("--journal") && u.contains("--lang"), "\(c): \(u)")
        }
        for c in [["generate"], ["keys"]] {
            let u = try Self.usage(c)
            #expect(!u.contains("--user") && !u.contains("--data") && !u.contains("--journal") && u.contains("--lang"), "\(c): \(u)")
        }
    }

    @Test func anOptionThatWouldDoNothingIsRefused() throws {
        let present = try CLI.run(["present", "--user", "ana", "--data", CLI.repoRoot + "/fixtures"])
        #expect(present.status == 64 && present.stderr.contains("--user"), "\(present.stderr)")
        let keys = try CLI.run(["keys", "--data", "x"])
        #expect(keys.status == 64 && keys.stderr.contains("--data"), "\(keys.stderr)")
        #expect(try CLI.run(["keys", "--lang", "en"]).status == 0)
    }
}
