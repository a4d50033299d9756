import ArgumentParser
import TradeModel
import TradeStore

struct ExportDealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-deals",
        abstract: "Write every deal (fixtures + journal) as CSV, in the columns import-deals reads.",
        discussion: "import-deals reads every style back (its delimiter is found from the header row; a BOM is skipped). For Excel in Indonesian: --csv-style excel-id.")

    enum Format: String, ExpressibleByArgument { case csv }
    @OptionGroup var common: CommonOptions
    @Option(help: "csv.") var format: Format = .csv
    @OptionGroup(title: "CSV") var csv: CSVOptions
    @Option(help: ArgumentHelp("Output file (default: standard output).", valueName: "FILE")) var out: String?

    func run() throws {
        let (ds, _, _) = try common.loadModel(quietWarnings: true)
        let style = csv.csvStyle
        let text = DealCSV.write(ds.deals, style: style)
        if let out {
            do { try FileWriter.write(Array(text.utf8), to: out, sync: true) } catch {
                Platform.writeStderr("trade-tui: \(error.message)\n")
                throw ExitCode(ExitStatus.ioError)
            }
        } else {
            try emitCSV(text, style)
        }
    }
}
