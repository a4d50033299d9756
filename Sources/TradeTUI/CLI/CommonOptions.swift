import ArgumentParser
import TradeModel

/// Exit codes, documented in README.md (sysexits.h values where one fits).
enum ExitCode2 {
    static let ok: Int32 = 0
    /// The data (fixtures or journal) is invalid, or a total overflows.
    static let dataError: Int32 = 65
    /// The data directory or a required file is missing.
    static let noInput: Int32 = 66
    /// Output could not be written.
    static let ioError: Int32 = 74
    /// The dashboard needs a terminal on standard input and output.
    static let noTerminal: Int32 = 69
}

/// `--data`, `--journal` and `--lang`, shared by every subcommand.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Fixture directory (default: the bundled fixtures/).", valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp("Journal of run-time changes (default: $XDG_STATE_HOME/trade-tui/<datasetId>.journal.jsonl).", valueName: "FILE"))
    var journal: String?

    @Option(name: .long, help: ArgumentHelp("Interface language: id or en (default: id, or en for an en_* locale).", valueName: "LANG"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Who makes changes, stored as given (default: the login name).", valueName: "NAME"))
    var user: String?

    var userName: String { user ?? Platform.loginName(Platform.environment) }

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang must be id or en") }
    }

    var language: Language {
        if let lang, let l = Language(rawValue: lang) { return l }
        let env = Platform.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.hasPrefix("en") ? .en : .id }
        }
        return .id
    }

    /// `--data`, else `$TRADE_TUI_DATA`, else `./fixtures`, else `fixtures/` beside or above the binary.
    func dataDirectory() -> String {
        if let data { return data }
        let env = Platform.environment
        if let d = env["TRADE_TUI_DATA"], !d.isEmpty { return d }
        let cwd = Platform.currentDirectory()
        if FileReader.exists(cwd + "/fixtures/dataset.json") { return cwd + "/fixtures" }
        if let exe = Platform.executablePath() {
            var dir = exe
            while let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
                dir = String(dir[..<slash])
                for candidate in [dir + "/fixtures", dir + "/share/trade-tui/fixtures"]
                where FileReader.exists(candidate + "/dataset.json") {
                    return candidate
                }
            }
        }
        return cwd + "/fixtures"
    }

    func journalPath(for ds: Dataset) -> String {
        journal ?? Journal.defaultPath(datasetId: ds.datasetId, environment: Platform.environment)
    }

    /// The fixtures alone (no journal), with every problem printed to standard error. Exits on errors.
    func loadFixtures(quietWarnings: Bool = false, withoutDeals: Bool = false) throws -> Dataset {
        let dir = dataDirectory()
        let result = DatasetLoader.load(directory: dir, withoutDeals: withoutDeals)
        report(result.problems, quietWarnings: quietWarnings)
        guard let ds = result.dataset else {
            let missing = result.errors.contains { $0.message.contains("does not exist") || $0.message.contains("is missing") }
            Platform.writeStderr("trade-tui: \(result.errors.count) error(s) in \(Sanitizer.line(dir)); nothing was loaded\n")
            throw ExitCode(missing ? ExitCode2.noInput : ExitCode2.dataError)
        }
        return ds
    }

    /// Fixtures + journal, with every problem printed to standard error. Exits on errors.
    func loadModel(quietWarnings: Bool = false, withoutDeals: Bool = false) throws -> (Dataset, Journal.Replay, String) {
        var ds = try loadFixtures(quietWarnings: quietWarnings, withoutDeals: withoutDeals)
        let path = journalPath(for: ds)
        let replay = Journal.replay(path: path, into: &ds)
        report(replay.problems, quietWarnings: quietWarnings)
        if replay.refused {
            Platform.writeStderr("trade-tui: the journal \(Sanitizer.line(path)) cannot be used with this data set\n")
            throw ExitCode(ExitCode2.dataError)
        }
        return (ds, replay, path)
    }

    func report(_ problems: [Problem], quietWarnings: Bool) {
        for p in problems where !(quietWarnings && p.severity == .warning) {
            Platform.writeStderr(p.description + "\n")
        }
    }
}

/// Computes aggregates or exits with a clear message when a sum leaves Int64.
func aggregate(_ ds: Dataset) throws -> Aggregates {
    do {
        return try Aggregates.compute(ds, today: Platform.today())
    } catch {
        Platform.writeStderr("trade-tui: the total of \(error.context) exceeds 9223372036854775807 rupiah; check the values in the data\n")
        throw ExitCode(ExitCode2.dataError)
    }
}

func emit(_ s: String) throws {
    if !Platform.writeStdout(s) { throw ExitCode(ExitCode2.ioError) }
}
