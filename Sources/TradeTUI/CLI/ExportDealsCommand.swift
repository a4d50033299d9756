import Foundation
import ArgumentParser
import CSV
import TradeModel
import TradeStore

struct ExportDealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-deals",
        abstract: "Write every deal (fixtures + journal) as CSV, in the columns import-deals reads.")

    enum Format: String, ExpressibleByArgument { case csv }
    @OptionGroup var common: CommonOptions
    @Option(help: "csv.") var format: Format = .csv
    @Option(help: ArgumentHelp("Output file (default: standard output).", valueName: "FILE")) var out: String?

    func run() throws {
        let (ds, _, _) = try common.loadModel(quietWarnings: true)
        let data = try DealCSV.write(ds.deals)
        if let out {
            do { try FileWriter.write(Array(data), to: out, sync: true) } catch {
                Platform.writeStderr("trade-tui: \(error.message)\n")
                throw ExitCode(ExitStatus.ioError)
            }
        } else {
            try emit(String(decoding: data, as: UTF8.self))
        }
    }
}
