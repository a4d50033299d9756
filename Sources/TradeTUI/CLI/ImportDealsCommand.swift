import Foundation
import ArgumentParser
import CSV
import TradeModel
import TradeStore

struct ImportDealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-deals",
        abstract: "Append the deals of a desk spreadsheet (CSV) to the journal; all rows or none.",
        discussion: "Columns: \(DealCSV.columns.joined(separator: ",")) (mission, direction and valueRupiah required; valueRupiah may be typed as 1.250.000.000 or \"1,25 miliar\", quantity as 2.500 or 2,5). A row without an id is known by its content: rows imported before, under any file name, are refused, and two identical rows need ids. With --skip-existing, a row whose id is already recorded with the same content is skipped and counted (a file export-deals wrote imports again), and one recorded with other content is an error naming the column. Reads every style export-deals writes: the delimiter (, ; or tab) is found from the header row, a BOM is skipped, and the ' export-deals puts before a formula character is taken off.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: UserOption
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Show what would be added; write nothing.") var dryRun = false
    @Flag(help: "Import rows from Rp50 miliar up (without it they are listed and nothing is recorded).") var confirmLarge = false
    @Flag(help: "Skip rows whose id is already recorded with the same content, and count them; a recorded id with other content is still an error.")
    var skipExisting = false

    func run() throws {
        let l = common.language
        let (ds, _, path) = try common.loadModel(quietWarnings: true)
        let showProgress = isatty(2) == 1
        // Whole lines: a carriage return is a control character the one way out replaces.
        let result = DealCSV.read(path: file, ds: ds, user: who.userName, confirmLarge: confirmLarge, skipExisting: skipExisting, lang: l) { n in
            if showProgress && n % 100_000 == 0 { Platform.writeStderr(CLIText.rowsRead(n, l) + "\n") }
        }
        let deals: [Deal], skipped: Int
        switch result {
        case .failure(let refusal): throw refuse(refusal)
        case .success(let rows): (deals, skipped) = (rows.deals, rows.skipped)
        }
        let skippedNote = skipped > 0 ? "; " + CLIText.skippedIdentical(skipped, l) : ""
        // The file as one change: together its rows may not overflow a total or break a mission's breakdown.
        let problems = DealDesk.totalsProblems(deals.map { DeskChange(new: $0) }, in: ds, totals: try aggregate(ds, l), lang: l)
        if !problems.isEmpty { throw refuse(DealCSV.Refusal(errors: problems.map { DealCSV.RowError(line: 0, message: $0) })) }
        let total = deals.reduce(Int64(0)) { $0.addingReportingOverflow($1.valueRupiah).overflow ? .max : $0 + $1.valueRupiah }
        if dryRun {
            var out = CLIText.dryRun(deals.count, total, l) + skippedNote + "\n"
            for d in deals.prefix(50) {
                out += "  \(d.id)  \(d.mission)  \(d.direction.rawValue)  \(d.commodity ?? "-")  \(Rupiah.exact(d.valueRupiah, l))\n"
            }
            if deals.count > 50 { out += "  " + CLIText.more(deals.count - 50, l) + "\n" }
            try emit(out)
            return
        }
        let user = who.userName
        let events = deals.map { JournalEvent.stamped(.dealRecorded($0), user: user) }
        // Every row skipped: nothing to record (and no journal created for it).
        if !events.isEmpty { try write(events, ds, path, l) }
        try emit(CLIText.okAdded(deals.count, total, l) + skippedNote + "\n")
    }

    /// Every reason as `file:line: error: …` (`file: error: …` for the file as a whole), the last
    /// saying nothing was recorded; exit 64 when rows only need `--confirm-large`, else 65.
    func refuse(_ r: DealCSV.Refusal) -> ExitCode {
        let l = common.language
        let name = Sanitizer.line(file)
        for (i, e) in r.errors.enumerated() {
            let place = e.line > 0 ? "\(name):\(e.line)" : name
            let tail = i == r.errors.count - 1 ? (r.needsFlag ? CLIText.importWithConfirmLarge(l) : "") + CLIText.nothingFromFile(l) : ""
            Platform.writeStderr("\(place): error: \(Sanitizer.line(e.message))\(tail)\n")
        }
        return ExitCode(r.needsFlag ? 64 : ExitStatus.dataError)
    }
}
