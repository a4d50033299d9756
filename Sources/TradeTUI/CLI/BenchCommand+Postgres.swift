import Glibc
import ArgumentParser
import TradeModel
import TradeStore

extension BenchCommand {
    /// With `--postgres URL`: append latency (one event per transaction, side by side with the file
    /// journal's), and how long a watcher — what a projector runs — takes to have a deal appended by
    /// another connection (notify, then catch up by position).
    func measurePostgres(_ url: String) throws {
        let ds = try common.loadFixtures(quietWarnings: true, withoutDeals: true)
        let pg = PostgresJournal(url: url, datasetId: ds.datasetId)
        do { _ = try pg.initialise() } catch { throw ValidationError(PostgresJournal.sentence(error, pg.display)) }
        var appends: [Double] = [], seen: [Double] = []
        for i in 0..<self.appends {
            let e = JournalEvent.stamped(.actionNoteAdded(actionId: ds.actions[i % ds.actions.count].id, note: "bench \(i)"), user: "bench")
            let a = Self.now()
            do { try pg.append([e]) } catch { throw ValidationError(error.message) }
            appends.append(Self.now() - a)
        }
        // A watcher from the end: one change at a time, appended, then had.
        let start: Int64
        do { start = try pg.lastPosition() } catch { throw ValidationError(PostgresJournal.sentence(error, pg.display)) }
        var cursor = Journal.Cursor()
        cursor.position = start
        let follower = PostgresWatcher(url: url, datasetId: ds.datasetId, after: start)
        defer { follower.stop() }
        usleep(300_000)
        var copy = ds
        for i in 0..<min(200, self.appends) {
            let e = JournalEvent.stamped(.actionNoteAdded(actionId: ds.actions[i % ds.actions.count].id, note: "seen \(i)"), user: "bench")
            let a = Self.now()
            do { try pg.append([e]) } catch { throw ValidationError(error.message) }
            while !follower.hasNews { usleep(100) }
            _ = follower.replay(into: &copy, cursor: &cursor)
            seen.append(Self.now() - a)
            usleep(20_000)
        }
        try say("== journal on PostgreSQL (\(pg.display)) ==")
        try say("append one event (advisory lock, insert, notify, commit): \(Self.stats(appends))")
        try say("appended → a watcher has it (LISTEN, catch up by seq): \(Self.stats(seen))")
    }
}
