import Foundation
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

    /// What each command takes beyond `--lang` (which every one takes).
    static let expected: [String: Set<String>] = [
        "dashboard": ["--data", "--journal", "--user"], "record-deal": ["--data", "--journal", "--user"],
        "action": ["--data", "--journal", "--user"], "import-deals": ["--data", "--journal", "--user"],
        "new-mission": ["--data", "--journal", "--user"], "deal correct": ["--data", "--journal", "--user"],
        "deal withdraw": ["--data", "--journal", "--user"],
        "present": ["--data", "--journal"], "summary": ["--data", "--journal"], "validate": ["--data", "--journal"],
        "export-deals": ["--data", "--journal"], "checklist": ["--data", "--journal"], "journal check": ["--data", "--journal"],
        "journal repair": ["--data", "--journal"], "journal export": ["--data", "--journal"],
        // `journal copy` names its journals; `bench` writes its own.
        "journal copy": ["--data"], "bench": ["--data"],
        "generate": [], "keys": [], "journal init": [],
    ]

    /// The subcommands a `--help` lists (`dashboard (default)`, `export, backup` read as their names).
    static func subcommands(_ command: [String]) throws -> [String] {
        let r = try CLI.run(command + ["--help"])
        guard let from = r.stdout.range(of: "SUBCOMMANDS:") else { return [] }
        return r.stdout[from.upperBound...].split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name.trimmingCharacters(in: CharacterSet(charactersIn: ",")))
        }.filter { $0 != "See" }
    }

    @Test func eachCommandOffersWhatItUses() throws {
        // Every command the help lists is in the table, so a new one cannot be left out.
        var listed: [String] = []
        for c in try Self.subcommands([]) {
            let nested = try Self.subcommands([c])
            listed += nested.isEmpty ? [c] : nested.map { c + " " + $0 }
        }
        #expect(Set(listed) == Set(Self.expected.keys), "listed: \(listed.sorted())")
        for (command, wanted) in Self.expected {
            let options = try Self.usage(command.split(separator: " ").map(String.init))
            for o in ["--data", "--journal", "--user"] {
                #expect(options.contains("  \(o) ") == wanted.contains(o), "\(command) \(o): \(options)")
            }
            #expect(options.contains("  --lang "), "\(command)")
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
