import ArgumentParser
import TradeModel
import TradeStore

struct ExportDealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-deals",
        abstract: "Write every deal (fixtures + journal) as CSV, in the columns import-deals reads.",
        discussion: "Without --out, or with --out -, the CSV goes to standard output and nothing else does; with --out FILE it is written there (made durable) and an ok line names the file. import-deals reads every style back (its delimiter is found from the header row; a BOM is skipped). For Excel in Indonesian: --csv-style excel-id.")

    enum Format: String, ExpressibleByArgument { case csv }
    @OptionGroup var common: CommonOptions
    @Option(help: "csv.") var format: Format = .csv
    @OptionGroup(title: "CSV") var csv: CSVOptions
    @Option(help: ArgumentHelp("Output file, then an ok line naming it; - or none: the CSV alone on standard output (a file named -: ./-).",
                               valueName: "FILE")) var out: String?

    func run() throws {
        let (ds, _, _) = try common.loadModel(quietWarnings: true)
        let style = csv.csvStyle
        let text = DealCSV.write(ds.deals, style: style)
        // `-` is standard output, as for most tools: the CSV alone, nothing mixed into it.
        guard let out, out != "-" else { return try emitCSV(text, style) }
        do { try FileWriter.write(Array(text.utf8), to: out, sync: true) } catch {
            Platform.writeStderr("trade-tui: \(error.message)\n")
            throw ExitCode(ExitStatus.ioError)
        }
        try emit(CLIText.okExported(ds.deals.count, Sanitizer.line(out), common.language) + "\n")
    }
}
