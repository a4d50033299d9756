import ArgumentParser
import TradeModel
import TradeStore

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
            let path = try common.journalPath(for: ds)
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
            let path = try common.journalPath(for: ds)
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
            let path = try common.journalPath(for: ds)
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
            let path = try common.journalPath(for: ds)
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
