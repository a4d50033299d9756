import ArgumentParser
import TradeModel

@main
struct TradeTUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trade-tui",
        abstract: "Trade missions, deals and follow-up checklists of Indonesia's provincial trade offices.",
        version: TradeTUICommand.version,
        subcommands: [DashboardCommand.self, SummaryCommand.self, ValidateCommand.self, GenerateCommand.self, KeysCommand.self, BenchCommand.self, ChecklistCommand.self, ActionCommand.self, JournalCommand.self, PresentCommand.self, RecordDealCommand.self, NewMissionCommand.self, DealCommand.self, ImportDealsCommand.self, ExportDealsCommand.self],
        defaultSubcommand: DashboardCommand.self)

    /// What `--version` prints: the release, and the journal and schema formats it reads.
    static let version = "trade-tui 0.4.0 (journal format \(Journal.formatVersion), fixtures schema \(Fixtures.schemaVersion))"

    /// ArgumentParser's own `main`, except that its messages leave through the one sanitised way
    /// out (`Platform`): they quote a bad value as it was typed, escape sequences and all. Help
    /// and other clean exits go to standard output, errors to standard error, with the same exit
    /// codes `exit(withError:)` gives.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if !text.isEmpty {
                if code.isSuccess { _ = Platform.writeStdout(text + "\n") } else { Platform.writeStderr(text + "\n") }
            }
            Platform.exit(code.rawValue)
        }
    }
}
