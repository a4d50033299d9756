import ArgumentParser

/// `trade-tui present`: the forum screen for a projector.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Fill the screen with the live total for a projector (read-only; clicker keys).",
        discussion: "Default: the data set's transactions (the same as summary's transactionsRupiah), letters of intent shown apart. Over SSH: `ssh -t desk trade-tui present` shows the desk's journal on another machine.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Narrow to one mission or agreement (any id summary lists).") var mission: String?
    @Option(help: ArgumentHelp("Change slides every N seconds.", valueName: "N")) var rotate: Int?

    func validate() throws {
        try requireIdentifiers([("--mission", mission)], common.language)
        if let rotate, rotate < 2 || rotate > 3600 { throw ValidationError(CLIText.rotateRange(common.language)) }
    }

    // A projector records nothing (it has no --user): the login name only fills the field.
    func run() throws { try runDashboard(common, user: Platform.loginName(Platform.environment), presenter: (mission, rotate)) }
}
