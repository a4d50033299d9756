import ArgumentParser
import TradeModel
import TradeStore

/// `--data`, `--journal` and `--lang`, shared by every subcommand that reads the data set and its
/// journal.
struct CommonOptions: ParsableArguments {
    @OptionGroup var fixtures: FixtureOptions

    @Option(name: .long, help: ArgumentHelp("Journal of run-time changes: a file, or postgresql://user@host:port/db (password from PGPASSWORD or ~/.pgpass). Default: $TRADE_TUI_JOURNAL, else $XDG_STATE_HOME/trade-tui/<datasetId>.journal.jsonl, else under ~/.local/state.", valueName: "FILE|URL"))
    var journal: String?

    var language: Language { fixtures.language }
    func dataDirectory() -> String { fixtures.dataDirectory() }
    func loadFixtures(quietWarnings: Bool = false, withoutDeals: Bool = false) throws -> Dataset {
        try fixtures.loadFixtures(quietWarnings: quietWarnings, withoutDeals: withoutDeals)
    }
    func fail(_ f: LoadFailure) -> ExitCode { fixtures.fail(f) }
    func report(_ problems: [Problem], quietWarnings: Bool) { fixtures.report(problems, quietWarnings: quietWarnings) }

    /// `--journal`, else the data set's default place; exits 64 when there is none to use.
    func journalPath(for ds: Dataset) throws -> String {
        switch JournalLocation.resolve(explicit: journal, datasetId: ds.datasetId, environment: Platform.environment) {
        case .failure(let f): throw fail(f)
        case .success(let path): return path
        }
    }

    /// Fixtures + journal, with every problem printed to standard error. Exits on errors.
    func loadModel(quietWarnings: Bool = false, withoutDeals: Bool = false) throws -> (Dataset, Journal.Replay, String) {
        switch DataLoader.load(directory: dataDirectory(), journal: journal, environment: Platform.environment, withoutDeals: withoutDeals) {
        case .failure(let f): throw fail(f)
        case .success(let loaded):
            report(loaded.warnings, quietWarnings: quietWarnings)
            return (loaded.dataset, loaded.replay, loaded.journalPath)
        }
    }

    /// Fixtures + journal and where reading stopped, for a change that checks what became of it.
    func loadLive() throws -> DataLoader.Loaded {
        switch DataLoader.load(directory: dataDirectory(), journal: journal, environment: Platform.environment) {
        case .failure(let f): throw fail(f)
        case .success(let loaded): return loaded
        }
    }
}

/// `--data` and `--lang`, for the commands that read the fixtures but no journal (`journal copy`
/// names its journals; `bench` makes its own).
struct FixtureOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Fixture directory (default: the bundled fixtures/).", valueName: "DIR"))
    var data: String?

    @OptionGroup var lang: LanguageOption

    var language: Language { lang.language }

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

    /// The fixtures alone (no journal), with every problem printed to standard error. Exits on errors.
    func loadFixtures(quietWarnings: Bool = false, withoutDeals: Bool = false) throws -> Dataset {
        switch DataLoader.fixtures(directory: dataDirectory(), withoutDeals: withoutDeals) {
        case .failure(let f): throw fail(f)
        case .success(let (ds, warnings)):
            report(warnings, quietWarnings: quietWarnings)
            return ds
        }
    }

    /// Prints why loading failed and gives the exit that goes with its kind.
    func fail(_ f: LoadFailure) -> ExitCode {
        report(f.problems, quietWarnings: false)
        Platform.writeStderr("trade-tui: \(f.message(language))\n")
        return ExitCode(ExitStatus.code(for: f.kind))
    }

    func report(_ problems: [Problem], quietWarnings: Bool) {
        for p in problems where !(quietWarnings && p.severity == .warning) {
            Platform.writeStderr(p.description + "\n")
        }
    }
}

/// `--lang` alone, for the commands that read no data set (`generate`, `keys`).
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Interface language: id or en (default: id, or en for an en_* locale).", valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError(CLIText.langInvalid(language)) }
    }

    var language: Language {
        if let lang, let l = Language(rawValue: lang) { return l }
        let env = Platform.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.hasPrefix("en") ? .en : .id }
        }
        return .id
    }
}

/// `--user`, for the commands that record changes (a read-only command has no use for it).
struct UserOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who makes changes, stored as given (default: the login name).", valueName: "NAME"))
    var user: String?

    var userName: String { user ?? Platform.loginName(Platform.environment) }
}
