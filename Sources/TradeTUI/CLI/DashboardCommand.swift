import ArgumentParser

/// `trade-tui` with no subcommand: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default).",
        discussion: "Keys: press ? in the dashboard, or run `trade-tui keys` for the whole table. Exits 69 when standard input or output is not a terminal.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: UserOption

    func run() throws { try runDashboard(common, user: who.userName, presenter: nil) }
}

/// Opens the terminal, loads in the background, runs the loop, restores the terminal, and only
/// then prints any problem.
func runDashboard(_ common: CommonOptions, user: String, presenter: (mission: String?, rotate: Int?)?) throws {
    let env = Platform.environment
    let lang = common.language
    Signals.install()
    let terminal: CursesTerminal
    do {
        terminal = try CursesTerminal(noColor: !(env["NO_COLOR"] ?? "").isEmpty)
    } catch {
        Platform.writeStderr("trade-tui: \(CLIText.cannotOpenDashboard(error, presenter: presenter != nil, lang))\n")
        throw ExitCode(ExitStatus.noTerminal)
    }
    let task = LoadTask()
    // A projector records nothing: it follows the journal and has no outbox of its own.
    task.start(directory: common.dataDirectory(), journal: common.journal, environment: env, today: Platform.today(), desk: presenter == nil)
    let ending = RunLoop(terminal: terminal, task: task, lang: lang, user: user, presenter: presenter).run()
    // The terminal is restored by now: problems can be printed where the user sees them.
    switch ending {
    case .exit(let code): if code != 0 { throw ExitCode(code) }
    case .loadFailed(let f): throw common.fail(f)
    case .usage(let message): throw usageError(message)
    case .interrupted(let code, let said):
        if let said { Platform.writeStderr("trade-tui: \(said)\n") }
        throw ExitCode(code)
    case .unsaved(let message):
        Platform.writeStderr("trade-tui: \(message)\n")
        throw ExitCode(ExitStatus.ioError)
    }
}
