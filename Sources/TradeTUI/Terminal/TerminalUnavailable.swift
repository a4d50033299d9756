/// Why the dashboard cannot start on this terminal, in one sentence for standard error.
struct TerminalUnavailable: Error {
    var reason: String
}
