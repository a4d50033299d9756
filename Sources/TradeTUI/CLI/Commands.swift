import ArgumentParser
import TradeModel
import TradeState

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the fixtures and the journal; report every problem on standard error.",
        discussion: "Exit 0 when valid, 65 when the data has errors, 66 when the data directory or a file is missing.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (ds, replay, _) = try common.loadModel()
        let a = try aggregate(ds)
        let l = common.language
        let msg = l == .id
            ? "valid: \(ds.missions.count) misi, \(ds.agreements.count) kesepakatan, \(ds.deals.count) baris, \(replay.applied) peristiwa jurnal; total \(Rupiah.exact(a.totalValueRupiah))\n"
            : "valid: \(ds.missions.count) missions, \(ds.agreements.count) agreements, \(ds.deals.count) lines, \(replay.applied) journal events; total \(Rupiah.exact(a.totalValueRupiah))\n"
        Platform.writeStderr(msg)
    }
}

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print totals by mission, commodity, province, direction, year and month.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var common: CommonOptions
    @Option(help: "text, json or csv.") var format: Format = .text

    func run() throws {
        let (ds, replay, _) = try common.loadModel(quietWarnings: true)
        let a = try aggregate(ds)
        switch format {
        case .json: try emit(SummaryReport.json(ds, a, journalEvents: replay.applied))
        case .csv: try emit(SummaryReport.csv(ds, a, common.language))
        case .text: try emit(SummaryReport.text(ds, a, common.language))
        }
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic data set (illustrative) for tests and benchmarks.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Number of deals.") var deals: Int
    @Option(help: ArgumentHelp("Output directory (created if missing).", valueName: "DIR")) var out: String
    @Option(help: "Random seed.") var seed: UInt64 = 1

    func validate() throws {
        guard (0...50_000_000).contains(deals) else { throw ValidationError("--deals must be between 0 and 50000000") }
    }

    func run() throws {
        do {
            try SyntheticGenerator(deals: deals, seed: seed).write(to: out)
        } catch {
            Platform.writeStderr("trade-tui: cannot write \(Sanitizer.line(out)): \(error.message)\n")
            throw ExitCode(ExitStatus.ioError)
        }
    }
}

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the dashboard's key bindings as Markdown (this is docs/KEYS.md).")

    @OptionGroup var common: CommonOptions

    func run() throws { try emit(KeyMap.standard.markdown()) }
}
