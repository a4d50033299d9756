import ArgumentParser
import TradeModel
import TradeStore

extension JournalCommand {
    /// `journal check` on PostgreSQL: every row read and judged as replay judges it.
    static func checkPostgres(_ url: String, _ ds: Dataset, _ common: CommonOptions) throws {
        var copy = ds, cursor = Journal.Cursor()
        let r = PostgresJournal(url: url, datasetId: ds.datasetId).replay(into: &copy, cursor: &cursor, reportTorn: true)
        common.report(r.problems, quietWarnings: false)
        if r.unreachable { throw ExitCode(ExitStatus.unavailable) }
        if r.refused { throw ExitCode(ExitStatus.dataError) }
        try emit(CLIText.checked(PostgresURL.display(url), lines: cursor.line, events: r.applied, damaged: r.setAside, tornBytes: 0, common.language) + "\n")
        if r.setAside > 0 { throw ExitCode(ExitStatus.dataError) }
    }

    /// `journal init URL`: the PostgreSQL schema, created if missing (versioned, idempotent).
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the journal's schema in PostgreSQL (idempotent; refuses a newer schema).",
            discussion: "URL is libpq's form, postgresql://user@host:port/db?sslmode=…; the password comes from PGPASSWORD or ~/.pgpass, never the URL.")
        @OptionGroup var common: LanguageOption
        @Argument(help: "postgresql://user@host:port/dbname") var url: String

        func run() throws {
            let l = common.language
            guard JournalStores.isPostgres(url), !PostgresURL.hasPassword(url) else {
                Platform.writeStderr("trade-tui: \(CLIText.notAPostgresURL(PostgresURL.display(url), l))\n")
                throw ExitCode(ExitStatus.usage)
            }
            let store = PostgresJournal(url: url, datasetId: "")
            do {
                let v = try store.initialise()
                try emit("ok \(store.display) " + CLIText.schemaReady(v, l) + "\n")
            } catch let e as PGError {
                Platform.writeStderr("trade-tui: " + CLIText.journalAt(PostgresJournal.sentence(e, store.display), l) + "\n")
                throw ExitCode(e.kind == .unreachable ? ExitStatus.unavailable : ExitStatus.dataError)
            }
        }
    }

    /// `journal copy FROM TO`: every committed change, line for line, into another store.
    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy every committed change from one journal to another (file or PostgreSQL), losslessly and idempotently.",
            discussion: "Run it again and nothing is copied twice. A file → PostgreSQL moves a forum online; PostgreSQL → a file makes an archive.")
        @OptionGroup var common: FixtureOptions
        @Argument(help: "The journal to read: a file or postgresql://…") var from: String
        @Argument(help: "The journal to add to: a file or postgresql://…") var to: String

        func run() throws {
            let l = common.language
            let ds = try common.loadFixtures(quietWarnings: true)
            for loc in [from, to] where JournalStores.isPostgres(loc) && PostgresURL.hasPassword(loc) {
                Platform.writeStderr("trade-tui: \(CLIText.notAPostgresURL(PostgresURL.display(loc), l))\n")
                throw ExitCode(ExitStatus.usage)
            }
            let shown = { (s: String) in Sanitizer.line(JournalStores.isPostgres(s) ? PostgresURL.display(s) : s) }
            if !JournalStores.isPostgres(from) && !FileReader.exists(from) {
                Platform.writeStderr("trade-tui: \(CLIText.noJournalToCopy(shown(from), l))\n")
                throw ExitCode(ExitStatus.noInput)
            }
            switch JournalCopy.copy(from: from, to: to, datasetId: ds.datasetId) {
            case .failure(.source(let why)):
                Platform.writeStderr("trade-tui: \(shown(from)): \(Sanitizer.line(why))\n")
                throw ExitCode(ExitStatus.ioError)
            case .failure(.destination(let why)):
                Platform.writeStderr("trade-tui: \(shown(to)): \(Sanitizer.line(why))\n")
                throw ExitCode(ExitStatus.ioError)
            case .success(let r):
                if let moved = r.movedAside { Platform.writeStderr("trade-tui: \(CLIText.interruptedMoved(Sanitizer.line(moved), l))\n") }
                // Merging two histories: a change made from a version the destination had already
                // changed is kept there as a conflict, not applied. Say how many, never just "ok".
                var merged = ds, cursor = Journal.Cursor()
                _ = JournalStores.open(to, datasetId: ds.datasetId).replay(into: &merged, cursor: &cursor, reportTorn: false)
                let copiedIds = Set(r.eventIds)
                let conflicts = merged.conflicts.filter { copiedIds.contains($0.event.eventId) }.count
                let line = CLIText.copied(read: r.read, copied: r.copied, skipped: r.skippedLines, from: shown(from), to: shown(to), l)
                if conflicts > 0 {
                    try emit(line + "\n")
                    Platform.writeStderr("trade-tui: \(CLIText.copyConflicts(conflicts, to: shown(to), l))\n")
                    throw ExitCode(ExitStatus.dataError)
                }
                try emit("ok " + line + "\n")
            }
        }
    }
}
