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
        let l = common.language
        let a = try aggregate(ds, l)
        Platform.writeStderr(CLIText.valid(missions: ds.missions.count, agreements: ds.agreements.count, lines: ds.deals.count,
                                           events: replay.applied, total: a.totalValueRupiah, l) + "\n")
    }
}
