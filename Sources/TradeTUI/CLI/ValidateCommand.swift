import ArgumentParser
import TradeModel
import TradeState
import TradeStore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the fixtures and the journal; report every problem on standard error.",
        discussion: "When valid, one line on standard output (valid: … missions, …) and exit 0; warnings stay on standard error. Exit 65 when the data has errors, 66 when the data directory or a file is missing.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (ds, replay, _) = try common.loadModel()
        let l = common.language
        let a = try aggregate(ds, l)
        // The same count and total as `summary` and the dashboard's header (`TotalsScope`).
        let scope: TotalsScope
        do { scope = try TotalsScope.compute(ds, a) } catch {
            let f = LoadFailure(error)
            Platform.writeStderr("trade-tui: \(f.message(l))\n")
            throw ExitCode(ExitStatus.code(for: f.kind))
        }
        let letters = scope.all.letterOfIntentRupiah
        // The result on standard output, so `$(trade-tui validate)` holds it; problems went to standard error.
        try emit(CLIText.valid(missions: ds.missions.count, counted: scope.all.missions, agreements: ds.agreements.count,
                               lines: ds.deals.count, events: replay.applied, transactions: a.totalValueRupiah &- letters,
                               letters: letters, l) + "\n")
    }
}
