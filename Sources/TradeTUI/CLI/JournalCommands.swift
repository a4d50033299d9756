import ArgumentParser
import TradeModel
import TradeStore

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Export the follow-up report (fixtures + journal) for the governor's office.",
        discussion: "--format json is {\"actions\": [{\"id\", \"done\", \"status\", \"owner\", \"due\", \"overdue\", \"notes\", …}], …}.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md, csv }

    @OptionGroup var common: CommonOptions
    @Option(help: "text, json, md or csv.") var format: Format = .text

    func run() throws {
        let (ds, _, _) = try common.loadModel(quietWarnings: true)
        let today = Platform.today()
        switch format {
        case .json: try emit(ChecklistReport.json(ds, today: today))
        case .csv: try emit(ChecklistReport.csv(ds, today: today))
        case .md: try emit(ChecklistReport.document(ds, today: today, lang: common.language, markdown: true))
        case .text: try emit(ChecklistReport.document(ds, today: today, lang: common.language, markdown: false))
        }
    }
}

/// Changes one follow-up action from a script; exits 0 only once the change is durable.
struct ActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Tick, untick, annotate or reassign a follow-up action (one journal event per change).")

    @OptionGroup var common: CommonOptions
    @Argument(help: "The action's id (see `trade-tui checklist --format csv`).") var id: String
    @Flag(help: "Mark it done.") var done = false
    @Flag(help: "Mark it open again.") var undone = false
    @Flag(help: "Mark it in progress.") var inProgress = false
    @Option(help: "Add a note.") var note: String?
    @Option(help: "Set the owner office.") var owner: String?
    @Option(help: ArgumentHelp("Set the due date (YYYY-MM-DD), or `none`.", valueName: "DATE")) var due: String?

    func validate() throws {
        try requireIdentifiers([("the action ID", id)])
        if [done, undone, inProgress].filter({ $0 }).count > 1 { throw ValidationError("choose one of --done, --undone, --in-progress") }
        if !done && !undone && !inProgress && note == nil && owner == nil && due == nil {
            throw ValidationError("nothing to change: give --done, --undone, --in-progress, --note, --owner or --due")
        }
        if let due, due != "none", PartialDate(parsing: due)?.day == nil { throw ValidationError("--due must be a date that exists, as YYYY-MM-DD, or none") }
        if let owner, owner.allSatisfy(\.isWhitespace) { throw ValidationError("--owner must not be empty") }
    }

    func run() throws {
        let (ds, _, path) = try common.loadModel(quietWarnings: true)
        guard let a = ds.actions.first(where: { $0.id == id }) else {
            Platform.writeStderr("trade-tui: no follow-up action has the id \"\(Sanitizer.line(id))\"\n")
            throw ExitCode(ExitStatus.dataError)
        }
        let user = common.userName
        func event(_ b: JournalEvent.Body) -> JournalEvent {
            JournalEvent.stamped(b, user: user)
        }
        var events: [JournalEvent] = []
        let status: FollowUpAction.Status? = done ? .done : undone ? .open : inProgress ? .inProgress : nil
        if let status { events.append(event(.actionStatusSet(actionId: id, status: status, previous: a.status))) }
        if let owner { events.append(event(.actionOwnerSet(actionId: id, owner: owner, previous: a.owner))) }
        if let due { events.append(event(.actionDueSet(actionId: id, due: PartialDate(parsing: due), previous: a.due))) }
        if let note { events.append(event(.actionNoteAdded(actionId: id, note: note))) }
        try write(events, ds, path)
        for e in events { try emit("ok \(e.eventId)\n") }
    }
}

func write(_ events: [JournalEvent], _ ds: Dataset, _ path: String) throws {
    do {
        if let moved = try JournalWriter(path: path, datasetId: ds.datasetId).append(events) {
            Platform.writeStderr("trade-tui: an interrupted last line of the journal was moved to \(Sanitizer.line(moved))\n")
        }
    } catch {
        Platform.writeStderr("trade-tui: \(Sanitizer.line(error.message)); nothing was recorded\n")
        throw ExitCode(ExitStatus.ioError)
    }
}

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Check, repair or back up the journal of run-time changes.",
        subcommands: [Check.self, Repair.self, Export.self, Stress.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report damaged lines, an interrupted last line and unknown ids (exit 65 if damaged).")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = common.journalPath(for: ds)
            let r = JournalMaintenance.check(path: path, dataset: ds)
            common.report(r.problems, quietWarnings: false)
            let where_ = Sanitizer.line(path)
            if !FileReader.exists(path) {
                try emit("\(where_): no journal yet (nothing has been changed)\n")
                return
            }
            try emit("\(where_): \(r.lines) lines, \(r.events) events applied, \(r.damaged) damaged, interrupted last line: \(r.tornTail > 0 ? "\(r.tornTail) bytes" : "no")\n")
            if !r.clean {
                Platform.writeStderr(r.refused ? "trade-tui: this journal cannot be used with this data set\n" : "trade-tui: run `trade-tui journal repair` to set the damaged lines aside\n")
                throw ExitCode(ExitStatus.dataError)
            }
        }
    }

    struct Repair: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Keep every readable event; move the rest to <journal>.damaged-<time> (never deleted).")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = common.journalPath(for: ds)
            guard FileReader.exists(path) else { try emit("no journal at \(Sanitizer.line(path)); nothing to repair\n"); return }
            let r: JournalMaintenance.RepairOutcome
            do { r = try JournalMaintenance.repair(path: path, dataset: ds) } catch {
                Platform.writeStderr("trade-tui: \(Sanitizer.line(error.message))\n")
                throw ExitCode(ExitStatus.ioError)
            }
            try emit("kept \(r.kept) events; set aside \(r.setAside) lines" + (r.asidePath.map { " in \(Sanitizer.line($0))" } ?? "") + "\n")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a backup copy of the journal.")
        @OptionGroup var common: CommonOptions
        @Option(help: ArgumentHelp("Backup file (default: <journal>.backup-<time>).", valueName: "FILE")) var out: String?

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = common.journalPath(for: ds)
            guard FileReader.exists(path) else { try emit("no journal at \(Sanitizer.line(path)); nothing to export\n"); return }
            let dest = out ?? path + ".backup-" + JournalClock.nowISO().filter { $0 != ":" && $0 != "-" }
            let n: Int
            do { n = try JournalMaintenance.export(path: path, to: dest) } catch {
                Platform.writeStderr("trade-tui: \(Sanitizer.line(error.message))\n")
                throw ExitCode(ExitStatus.ioError)
            }
            try emit("wrote \(n) bytes to \(Sanitizer.line(dest))\n")
        }
    }

    /// For the crash and two-writer tests: appends N ticks, printing each event id once durable.
    struct Stress: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Test tool: append N action events, printing each id once acknowledged.", shouldDisplay: false)
        @OptionGroup var common: CommonOptions
        @Option var events: Int = 100

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = common.journalPath(for: ds)
            let writer = JournalWriter(path: path, datasetId: ds.datasetId)
            let user = common.userName
            for i in 0..<events {
                let a = ds.actions[i % ds.actions.count]
                let e = JournalEvent.stamped(.actionNoteAdded(actionId: a.id, note: "\(user) #\(i)"), user: user)
                do { try writer.append([e]) } catch {
                    Platform.writeStderr("trade-tui: \(error.message)\n")
                    throw ExitCode(ExitStatus.ioError)
                }
                try emit(e.eventId + "\n")
            }
        }
    }
}
