import ArgumentParser
import TradeModel
import TradeStore

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Export the follow-up report (fixtures + journal) for the governor's office.",
        discussion: "--format json is {\"recommendations\", \"actions\": [{\"id\", \"done\", \"status\", \"owner\", \"ownerBasis\", \"due\", \"dueBasis\", \"overdue\", \"notes\", …}], \"obstacles\", \"indicators\", \"sources\"} (docs/SCHEMA.md).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md, csv }

    @OptionGroup var common: CommonOptions
    @Option(help: "text, json, md or csv.") var format: Format = .text
    @OptionGroup(title: "CSV") var csv: CSVOptions

    func validate() throws { try csv.validate(format: format.rawValue, common.language) }

    func run() throws {
        let (ds, _, _) = try common.loadModel(quietWarnings: true)
        let today = Platform.today()
        switch format {
        case .json: try emit(ChecklistReport.json(ds, today: today))
        case .csv: try emitCSV(ChecklistReport.csv(ds, today: today, lang: common.language, style: csv.csvStyle), csv.csvStyle)
        case .md: try emit(ChecklistReport.document(ds, today: today, lang: common.language, markdown: true, zone: Platform.localZone()))
        case .text: try emit(ChecklistReport.document(ds, today: today, lang: common.language, markdown: false, zone: Platform.localZone()))
        }
    }
}
