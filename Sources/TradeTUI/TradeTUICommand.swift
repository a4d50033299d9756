import ArgumentParser

@main
struct TradeTUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trade-tui",
        abstract: "Trade missions, deals and follow-up checklists of Indonesia's provincial trade offices.",
        subcommands: [DashboardCommand.self, SummaryCommand.self, ValidateCommand.self, GenerateCommand.self, KeysCommand.self, BenchCommand.self, ChecklistCommand.self, ActionCommand.self, JournalCommand.self, PresentCommand.self, RecordDealCommand.self, NewMissionCommand.self, DealCommand.self, ImportDealsCommand.self, ExportDealsCommand.self],
        defaultSubcommand: DashboardCommand.self)
}
