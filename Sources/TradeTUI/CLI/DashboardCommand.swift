import ArgumentParser
import TradeModel

/// `trade-tui` with no subcommand: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default).",
        discussion: "Keys: see docs/KEYS.md or press ? in the dashboard. Exits 69 when standard input or output is not a terminal.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let env = Platform.environment
        let lang = common.language
        Signals.install()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(noColor: !(env["NO_COLOR"] ?? "").isEmpty)
        } catch {
            Platform.writeStderr("trade-tui: cannot open the dashboard: \(error.reason)\n")
            throw ExitCode(ExitCode2.noTerminal)
        }
        let task = LoadTask()
        task.start(directory: common.dataDirectory(), journal: common.journal, environment: env, today: Platform.today())
        let (code, outcome) = RunLoop(terminal: terminal, task: task, lang: lang, user: common.userName).run()
        // The terminal is restored by now: problems can be printed where the user sees them.
        if case .failed(let problems, let messages, let failCode)? = outcome {
            common.report(problems, quietWarnings: false)
            for m in messages { Platform.writeStderr(m + "\n") }
            throw ExitCode(failCode)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
