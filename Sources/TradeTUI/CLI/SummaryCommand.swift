import ArgumentParser
import TradeModel
import TradeState

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print totals by mission, commodity, province, direction, year and month.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var common: CommonOptions
    @Option(help: "text, json or csv.") var format: Format = .text

    func run() throws {
        let (ds, replay, _) = try common.loadModel(quietWarnings: true)
        let a = try aggregate(ds, common.language)
        switch format {
        case .json: try emit(SummaryReport.json(ds, a, journalEvents: replay.applied))
        case .csv: try emit(SummaryReport.csv(ds, a, common.language))
        case .text: try emit(SummaryReport.text(ds, a, common.language))
        }
    }
}
