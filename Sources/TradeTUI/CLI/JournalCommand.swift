import ArgumentParser
import TradeModel
import TradeStore

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Check, repair or back up the journal of run-time changes.",
        subcommands: [Check.self, Repair.self, Export.self, Init.self, Copy.self, Stress.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report damaged lines, an interrupted last line and unknown ids (exit 65 if damaged).")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = try common.journalPath(for: ds)
            if JournalStores.isPostgres(path) { return try JournalCommand.checkPostgres(path, ds, common) }
            let r = JournalMaintenance.check(path: path, dataset: ds)
            let where_ = Sanitizer.line(path)
            if !r.found {
                try emit(CLIText.noJournalYet(where_, common.language) + "\n")
                return
            }
            common.report(r.problems, quietWarnings: false)
            if r.unusable != nil { throw ExitCode(ExitStatus.dataError) }
            let l = common.language
            try emit(CLIText.checked(where_, lines: r.lines, events: r.events, damaged: r.damaged, tornBytes: r.tornTail, l) + "\n")
            if !r.clean {
                Platform.writeStderr("trade-tui: " + (r.refused ? CLIText.journalOfAnotherDataset(l) : CLIText.runRepair(l)) + "\n")
                throw ExitCode(ExitStatus.dataError)
            }
        }
    }

    struct Repair: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Keep every usable event; move the rest to <journal>.damaged-<time> (never deleted).",
            discussion: "Refuses, changing nothing, a journal that `check` refuses (another data set's, a newer format's). A symbolic link is kept: its target is repaired, with its mode and owner.")
        @OptionGroup var common: CommonOptions

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = try common.journalPath(for: ds)
            let l = common.language
            if JournalStores.isPostgres(path) { try emit(CLIText.nothingToRepairOnPostgres(PostgresURL.display(path), l) + "\n"); return }
            guard FileReader.exists(path) else { try emit(CLIText.nothingToRepair(Sanitizer.line(path), l) + "\n"); return }
            let r: JournalMaintenance.RepairOutcome
            do { r = try JournalMaintenance.repair(path: path, dataset: ds) } catch { throw fail(error) }
            let summary = CLIText.RepairSummary(kept: r.kept, setAside: r.setAside, asidePath: r.asidePath.map { Sanitizer.line($0) },
                                                changedRepeats: r.changedRepeats, exactRepeats: r.exactRepeats,
                                                linkTarget: r.throughLink ? r.repaired.map { Sanitizer.line($0) } : nil,
                                                unchanged: r.repaired == nil)
            try emit("ok " + CLIText.repaired(summary, l) + "\n")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a backup copy of the journal (also: journal backup).",
            discussion: "Taken under the writers' lock, streamed (any size), made durable and renamed into place.",
            aliases: ["backup"])
        @OptionGroup var common: CommonOptions
        @Option(help: ArgumentHelp("Backup file (default: <journal>.backup-<time>).", valueName: "FILE")) var out: String?

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = try common.journalPath(for: ds)
            if JournalStores.isPostgres(path) {
                // A backup of a server's journal is a file journal with the same lines.
                let dest = out ?? ds.datasetId + ".backup-" + JournalClock.nowISO().filter { $0 != ":" && $0 != "-" } + ".jsonl"
                switch JournalCopy.copy(from: path, to: dest, datasetId: ds.datasetId) {
                case .failure(.source(let why)), .failure(.destination(let why)):
                    Platform.writeStderr("trade-tui: \(Sanitizer.line(why))\n")
                    throw ExitCode(ExitStatus.ioError)
                case .success(let r):
                    try emit("ok " + CLIText.copied(read: r.read, copied: r.copied, skipped: r.skippedLines, from: PostgresURL.display(path),
                                            to: Sanitizer.line(dest), common.language) + "\n")
                    return
                }
            }
            guard FileReader.exists(path) else { try emit(CLIText.nothingToExport(Sanitizer.line(path), common.language) + "\n"); return }
            let dest = out ?? path + ".backup-" + JournalClock.nowISO().filter { $0 != ":" && $0 != "-" }
            let n: Int
            do { n = try JournalMaintenance.export(path: path, to: dest) } catch { throw fail(error) }
            try emit("ok " + CLIText.wrote(n, Sanitizer.line(dest), common.language) + "\n")
        }
    }

    /// Prints why maintenance did nothing; refused (another data set, not a file) exits 65, a
    /// failure of the system 74.
    static func fail(_ error: JournalMaintenanceError) -> ExitCode {
        for p in error.problems { Platform.writeStderr(p.description + "\n") }
        Platform.writeStderr("trade-tui: \(Sanitizer.line(error.message))\n")
        return ExitCode(error.kind == .refused ? ExitStatus.dataError : ExitStatus.ioError)
    }

    /// For the crash and two-writer tests: appends N ticks, printing each event id once durable.
    struct Stress: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Test tool: append N action events, printing each id once acknowledged.", shouldDisplay: false)
        @OptionGroup var common: CommonOptions
        @OptionGroup var who: UserOption
        @Option var events: Int = 100
        @Flag(help: "Record deals of Rp1.000 each on m2025-kaltim instead of notes.") var deals = false

        func run() throws {
            let ds = try common.loadFixtures(quietWarnings: true)
            let path = try common.journalPath(for: ds)
            let writer = JournalStores.open(path, datasetId: ds.datasetId)
            let user = who.userName
            for i in 0..<events {
                let a = ds.actions[i % ds.actions.count]
                let body: JournalEvent.Body = deals
                    ? .dealRecorded(Deal(id: "d-\(user)-\(i)-" + JournalClock.newEventId().suffix(6), mission: "m2025-kaltim", direction: .sell,
                                         valueRupiah: 1_000, status: .reported, kind: .itemised, source: "desk:\(user)"))
                    : .actionNoteAdded(actionId: a.id, note: "\(user) #\(i)")
                let e = JournalEvent.stamped(body, user: user)
                do { try writer.append([e]) } catch {
                    Platform.writeStderr("trade-tui: \(error.message)\n")
                    throw ExitCode(ExitStatus.ioError)
                }
                try emit(e.eventId + "\n")
            }
        }
    }
}
