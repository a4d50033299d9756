import ArgumentParser
import TradeModel
import TradeStore

/// Changes one follow-up action from a script; exits 0 only once the change is durable.
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Tick, untick, annotate or reassign a follow-up action (one journal event per change).")

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: UserOption
    @Argument(help: "The action's id (see `trade-tui checklist --format csv`).") var id: String
    @Flag(help: "Mark it done.") var done = false
    @Flag(help: "Mark it open again.") var undone = false
    @Flag(help: "Mark it in progress.") var inProgress = false
    @Option(help: "Add a note.") var note: String?
    @Option(help: "Set the owner office.") var owner: String?
    @Option(help: ArgumentHelp("Set the due date (YYYY-MM-DD), or `none`.", valueName: "DATE")) var due: String?

    @Flag(help: "Apply even if someone changed the action since this command read it.") var force = false

    func validate() throws {
        let l = common.language
        try requireIdentifiers([(CLIText.actionIdName(l), id)], l)
        if [done, undone, inProgress].filter({ $0 }).count > 1 { throw ValidationError(CLIText.chooseOneStatus(l)) }
        if !done && !undone && !inProgress && note == nil && owner == nil && due == nil {
            throw ValidationError(CLIText.nothingToChangeAction(l))
        }
        if let due, due != "none", PartialDate(parsing: due)?.day == nil { throw ValidationError(CLIText.dueInvalid(l)) }
        if let owner, owner.allSatisfy(\.isWhitespace) { throw ValidationError(CLIText.ownerEmpty(l)) }
    }

    func run() throws {
        let loaded = try common.loadLive()
        let ds = loaded.dataset
        guard let a = ds.actions.first(where: { $0.id == id }) else {
            Platform.writeStderr("trade-tui: \(CLIText.noAction(Sanitizer.line(id), common.language))\n")
            throw ExitCode(ExitStatus.dataError)
        }
        let user = who.userName
        // Each change is made from the version read (or, in one command, from the change before it).
        var version: String? = force ? nil : ds.version(ofAction: id)
        func event(_ b: JournalEvent.Body) -> JournalEvent {
            if case .actionNoteAdded = b { return JournalEvent.stamped(b, user: user) }
            let e = JournalEvent.stamped(b, user: user, basedOn: version)
            if version != nil { version = e.eventId }
            return e
        }
        var events: [JournalEvent] = []
        let status: FollowUpAction.Status? = done ? .done : undone ? .open : inProgress ? .inProgress : nil
        if let status { events.append(event(.actionStatusSet(actionId: id, status: status, previous: a.status))) }
        if let owner { events.append(event(.actionOwnerSet(actionId: id, owner: owner, previous: a.owner))) }
        if let due { events.append(event(.actionDueSet(actionId: id, due: PartialDate(parsing: due), previous: a.due))) }
        if let note { events.append(event(.actionNoteAdded(actionId: id, note: note))) }
        try writeChecked(events, loaded, common.language)
        for e in events { try emit("ok \(e.eventId)\n") }
    }
}
