import ArgumentParser
import TradeModel
import TradeState

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic data set (illustrative) for tests and benchmarks.",
        discussion: "Written in the current fixtures schema (see --version); says ok, where and how many deals once written.")

    @OptionGroup var common: LanguageOption
    @Option(help: "Number of deals.") var deals: Int
    @Option(help: ArgumentHelp("Output directory (created if missing).", valueName: "DIR")) var out: String
    @Option(help: "Random seed.") var seed: UInt64 = 1

    func validate() throws {
        guard (0...50_000_000).contains(deals) else { throw ValidationError(CLIText.dealsRange(common.language)) }
    }

    func run() throws {
        let generator = SyntheticGenerator(deals: deals, seed: seed)
        do {
            try generator.write(to: out)
        } catch {
            Platform.writeStderr("trade-tui: \(CLIText.cannotWrite(Sanitizer.line(out), error.message, common.language))\n")
            throw ExitCode(ExitStatus.ioError)
        }
        try emit(CLIText.okGenerated(deals: deals, missions: generator.missionCount, Sanitizer.line(out), common.language) + "\n")
    }
}
