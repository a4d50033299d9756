import Foundation
import ArgumentParser
import CSV
import TradeModel
import TradeStore

struct ImportDealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-deals",
        abstract: "Append the deals of a desk spreadsheet (CSV) to the journal; all rows or none.",
        discussion: "Columns: \(DealCSV.columns.joined(separator: ",")) (mission, direction and valueRupiah required; valueRupiah may be typed as 1.250.000.000 or \"1,25 miliar\").")

    @OptionGroup var common: CommonOptions
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Show what would be added; write nothing.") var dryRun = false

    func run() throws {
        let (ds, _, path) = try common.loadModel(quietWarnings: true)
        let showProgress = isatty(2) == 1
        // Whole lines: a carriage return is a control character the one way out replaces.
        let result = DealCSV.read(path: file, ds: ds, user: common.userName) { n in
            if showProgress && n % 100_000 == 0 { Platform.writeStderr("read \(n) rows…\n") }
        }
        let deals: [Deal]
        switch result {
        case .failure(let e):
            Platform.writeStderr("\(Sanitizer.line(file)):\(e.line): error: \(Sanitizer.line(e.message)); nothing from this file was recorded\n")
            throw ExitCode(ExitStatus.dataError)
        case .success(let d): deals = d
        }
        let total = deals.reduce(Int64(0)) { $0.addingReportingOverflow($1.valueRupiah).overflow ? .max : $0 + $1.valueRupiah }
        if dryRun {
            var out = "dry run: would add \(deals.count) deals, \(Rupiah.exact(total)) (nothing written)\n"
            for d in deals.prefix(50) {
                out += "  \(d.id)  \(d.mission)  \(d.direction.rawValue)  \(d.commodity ?? "-")  \(Rupiah.exact(d.valueRupiah))\n"
            }
            if deals.count > 50 { out += "  … \(deals.count - 50) more\n" }
            try emit(out)
            return
        }
        let user = common.userName
        let events = deals.map { JournalEvent.stamped(.dealRecorded($0), user: user) }
        try write(events, ds, path)
        try emit("ok added \(deals.count) deals, \(Rupiah.exact(total))\n")
    }
}
