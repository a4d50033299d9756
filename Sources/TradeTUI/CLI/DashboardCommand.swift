import ArgumentParser

/// `trade-tui` with no subcommand: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default).",
        discussion: "Keys: see docs/KEYS.md or press ? in the dashboard. Exits 69 when standard input or output is not a terminal.")

    @OptionGroup var common: CommonOptions

    func run() throws { try runDashboard(common, presenter: nil) }
}

/// `trade-tui present`: the forum screen for a projector.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Fill the screen with the live total for a projector (read-only; clicker keys).",
        discussion: "Default: the grand total (the same as summary's totalValueRupiah). Over SSH: `ssh -t desk trade-tui present` shows the desk's journal on another machine.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Narrow to one mission or agreement (any id summary lists).") var mission: String?
    @Option(help: ArgumentHelp("Change slides every N seconds.", valueName: "N")) var rotate: Int?

    func validate() throws {
        try requireIdentifiers([("--mission", mission)])
        if let rotate, rotate < 2 || rotate > 3600 { throw ValidationError("--rotate must be between 2 and 3600 seconds") }
    }

    func run() throws { try runDashboard(common, presenter: (mission, rotate)) }
}

/// Opens the terminal, loads in the background, runs the loop, restores the terminal, and only
/// then prints any problem.
func runDashboard(_ common: CommonOptions, presenter: (mission: String?, rotate: Int?)?) throws {
    let env = Platform.environment
    let lang = common.language
    Signals.install()
    let terminal: CursesTerminal
    do {
        terminal = try CursesTerminal(noColor: !(env["NO_COLOR"] ?? "").isEmpty)
    } catch {
        Platform.writeStderr("trade-tui: cannot open the dashboard: \(error.reason)\n")
        throw ExitCode(ExitStatus.noTerminal)
    }
    let task = LoadTask()
    task.start(directory: common.dataDirectory(), journal: common.journal, environment: env, today: Platform.today())
    let ending = RunLoop(terminal: terminal, task: task, lang: lang, user: common.userName, presenter: presenter).run()
    // The terminal is restored by now: problems can be printed where the user sees them.
    switch ending {
    case .exit(let code): if code != 0 { throw ExitCode(code) }
    case .loadFailed(let f): throw common.fail(f)
    case .usage(let message): throw usageError(message)
    }
}
