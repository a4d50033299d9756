import ArgumentParser
import TradeModel
import TradeState
import TradeStore

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print totals by mission, commodity, province, direction, year and month.",
        discussion: "Data-set-wide totals are sums of this data set's missions, not official figures; letters of intent are shown apart.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var common: CommonOptions
    @Option(help: "text, json or csv.") var format: Format = .text
    @OptionGroup(title: "CSV") var csv: CSVOptions

    func validate() throws { try csv.validate(format: format.rawValue, common.language) }

    func run() throws {
        let (ds, replay, _) = try common.loadModel(quietWarnings: true)
        let a = try aggregate(ds, common.language)
        let report: String
        do {
            switch format {
            case .json: report = try SummaryReport.json(ds, a, journalEvents: replay.applied)
            case .csv: report = try SummaryReport.csv(ds, a, common.language, style: csv.csvStyle)
            case .text: report = try SummaryReport.text(ds, a, common.language)
            }
        } catch {
            let f = LoadFailure(error)
            Platform.writeStderr("trade-tui: \(f.message(common.language))\n")
            throw ExitCode(ExitStatus.code(for: f.kind))
        }
        try format == .csv ? emitCSV(report, csv.csvStyle) : emit(report)
    }
}
