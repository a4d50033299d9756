/// Why the dashboard cannot start on this terminal (`CLIText.cannotOpenDashboard` says it).
enum TerminalUnavailable: Error {
    case inputNotATerminal
    case outputNotATerminal
    case noTerm
    case unknownTerm(String)
    case cannotMoveCursor(String)
}
