#if canImport(Glibc)
import Glibc
#endif
import Synchronization
import TradeModel

/// The journal in PostgreSQL: the same JSON lines as the file, one row each, in `trade_journal`
/// (see docs/SCHEMA.md). An append is one transaction that takes an advisory lock (so `seq` order is
/// commit order and a reader catching up by `seq` never skips a late commit), does nothing if the
/// change is already there (a COMMIT can fail and still have committed: retries are by event id),
/// inserts the rows and notifies `trade_journal`. Readers catch up by `seq`; a notification is only
/// a wake-up.
public struct PostgresJournal: JournalStore {
    public let url: String
    public let datasetId: String
    let session: Session

    /// How long an append keeps retrying a server that cannot be reached, in seconds.
    public let patience: Double

    public init(url: String, datasetId: String, patience: Double = 10) {
        self.url = url
        self.datasetId = datasetId
        self.patience = patience
        session = Session(url: url)
    }

    public var display: String { PostgresURL.display(url) }

    static let schemaVersion = 1
    static let channel = "trade_journal"
    /// `pg_advisory_xact_lock` key: "trade" in ASCII.
    static let lockKey = "469786452069"

    /// One connection, reopened after it broke; used by one caller at a time.
    final class Session: Sendable {
        let url: String
        private let connection = Mutex<PGConnection?>(nil)

        init(url: String) { self.url = url }

        func with<R: Sendable>(_ body: (PGConnection) throws(PGError) -> R) throws(PGError) -> R {
            try connection.withLock { (held: inout PGConnection?) throws(PGError) -> R in
                if held == nil || held?.isOK == false { held = try PGConnection(url: url) }
                guard let c = held else { throw PGError(kind: .unreachable, message: "no connection") }
                do throws(PGError) {
                    return try body(c)
                } catch {
                    // Leave no transaction open on a connection that is kept; a broken one is dropped.
                    if error.kind == .unreachable {
                        held = nil
                    } else {
                        do throws(PGError) { try c.exec("ROLLBACK") } catch { held = nil }
                    }
                    throw error
                }
            }
        }
    }

    /// Creates the schema if it is not there (idempotent); refuses a newer one.
    public func initialise() throws(PGError) -> Int {
        try session.with { c throws(PGError) in
            try c.exec("BEGIN")
            try c.exec("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try c.exec("CREATE TABLE IF NOT EXISTS trade_tui_schema (id int PRIMARY KEY CHECK (id = 1), version int NOT NULL)")
            let found = try c.exec("SELECT version FROM trade_tui_schema WHERE id = 1")
            let v: Int? = found.first.flatMap { $0.first ?? nil }.flatMap { Int($0) }
            if let v, v > Self.schemaVersion {
                try c.exec("ROLLBACK")
                throw PGError(kind: .refused, message: "the database holds journal schema \(v); this trade-tui knows \(Self.schemaVersion)")
            }
            try c.exec("""
                CREATE TABLE IF NOT EXISTS trade_journal (
                    seq bigserial PRIMARY KEY,
                    dataset_id text NOT NULL,
                    event_id text NOT NULL,
                    line text NOT NULL,
                    recorded_at timestamptz NOT NULL DEFAULT now(),
                    UNIQUE (dataset_id, event_id))
                """)
            try c.exec("INSERT INTO trade_tui_schema (id, version) VALUES (1, \(Self.schemaVersion)) ON CONFLICT (id) DO NOTHING")
            try c.exec("COMMIT")
            return Self.schemaVersion
        }
    }

    @discardableResult

    public func append(_ events: [JournalEvent], retrying: Bool) throws(JournalWriteError) -> String? {
        guard !events.isEmpty else { return nil }
        let rows: [(id: String, line: String)]
        do { rows = try Self.rows(events, datasetId: datasetId) } catch { throw error }
        // A server restarting, or a connection cut, is retried with backoff for `patience`
        // seconds: the insert does nothing if the change is already there, so a retry after a
        // COMMIT that failed yet committed records nothing twice.
        var atCommit = false
        do {
            try withPatience { () throws(PGError) in
                do throws(PGError) { try insert([rows]) } catch {
                    atCommit = atCommit || error.atCommit
                    throw error
                }
            }
            return nil
        } catch {
            // Only a COMMIT cut off on its way may have committed; anything earlier recorded nothing.
            var e = JournalWriteError(message: "the journal " + Self.sentence(error, display),
                                      outcome: atCommit ? .mayBeRecorded : .nothingRecorded,
                                      unreachable: error.kind == .unreachable)
            e.messageId = "jurnal " + Self.sentence(error, display, .id)
            (e.reason, e.reasonId) = (Self.reason(error, .en), Self.reason(error, .id))
            throw e
        }
    }

    /// The rows of one change: a single event, or a batch between its begin and commit lines.
    /// The last row's id marks the change as complete.
    static func rows(_ events: [JournalEvent], datasetId: String) throws(JournalWriteError) -> [(id: String, line: String)] {
        let first = events[0]
        let batch = events.count > 1 ? "b-" + first.eventId : nil
        var out: [(String, String)] = []
        if let batch { out.append((batch + ":begin", Journal.batchLine("batchBegin", id: batch, events: events.count, datasetId: datasetId, at: first.at, user: first.user))) }
        for (i, e) in events.enumerated() {
            let line = e.line(datasetId: datasetId, batch: batch)
            guard line.utf8.count < Journal.maxLineBytes else {
                throw JournalWriteError(message: "change \(i + 1) of \(events.count) is \(line.utf8.count) bytes, more than a journal line may hold (\(Journal.maxLineBytes >> 20) MiB)")
            }
            out.append((e.eventId, line))
        }
        if let batch { out.append((batch + ":commit", Journal.batchLine("batchCommit", id: batch, events: events.count, datasetId: datasetId, at: first.at, user: first.user))) }
        return out
    }

    /// Inserts changes, each skipped whole when its completing row is already there, in one
    /// transaction, then notifies. Returns how many changes were new.
    @discardableResult
    func insert(_ changes: [[(id: String, line: String)]]) throws(PGError) -> Int {
        try session.with { c throws(PGError) in
            try c.exec("BEGIN")
            try c.exec("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            var added = 0
            for rows in changes {
                guard let done = rows.last?.id else { continue }
                let there = try c.exec("SELECT 1 FROM trade_journal WHERE dataset_id = $1 AND event_id = $2", [datasetId, done])
                if !there.isEmpty { continue }
                for r in rows {
                    try c.exec("INSERT INTO trade_journal (dataset_id, event_id, line) VALUES ($1, $2, $3) ON CONFLICT (dataset_id, event_id) DO NOTHING",
                               [datasetId, r.id, r.line])
                }
                added += 1
            }
            if added > 0 { try c.exec("SELECT pg_notify($1, $2)", [Self.channel, datasetId]) }
            do throws(PGError) {
                try c.exec("COMMIT")
            } catch {
                var e = error
                e.atCommit = true
                throw e
            }
            return added
        }
    }

    /// Runs `body`, retrying while the server cannot be reached, with backoff, for `patience` seconds.
    func withPatience<R>(_ body: () throws(PGError) -> R) throws(PGError) -> R {
        var delay: UInt32 = 100_000
        let start = JournalClock.monotonicSeconds()
        while true {
            do throws(PGError) {
                return try body()
            } catch {
                guard error.kind == .unreachable, JournalClock.monotonicSeconds() - start + Double(delay) / 1e6 < patience else { throw error }
                usleep(delay)
                delay = min(delay * 2, 1_000_000)
            }
        }
    }

    /// The position of the last row committed (0 for none): where a reader starting now begins.
    public func lastPosition() throws(PGError) -> Int64 {
        try session.with { c throws(PGError) in
            let r = try c.exec("SELECT coalesce(max(seq), 0) FROM trade_journal WHERE dataset_id = $1", [datasetId])
            return r.first.flatMap { $0.first ?? nil }.flatMap { Int64($0) } ?? 0
        }
    }

    /// The rows after `seq`, oldest first, at most `limit`.
    func rows(after seq: Int64, limit: Int = 20_000) throws(PGError) -> [(seq: Int64, line: String)] {
        try session.with { c throws(PGError) in try Self.rows(on: c, datasetId: datasetId, after: seq, limit: limit) }
    }

    /// The one query every reader uses (the store's replay, `journal copy`, the watcher).
    static func rows(on c: PGConnection, datasetId: String, after seq: Int64, limit: Int = 20_000,
                     deadline: Double = 20) throws(PGError) -> [(seq: Int64, line: String)] {
        try c.exec("SELECT seq, line FROM trade_journal WHERE dataset_id = $1 AND seq > $2 ORDER BY seq LIMIT \(limit)",
                   [datasetId, String(seq)], deadline: deadline).compactMap { r in
            guard let s = r[0].flatMap({ Int64($0) }), let l = r[1] else { return nil }
            return (s, l)
        }
    }

    public func replay(into dataset: inout Dataset, cursor: inout Journal.Cursor, reportTorn: Bool) -> Journal.Replay {
        var feed = Journal.Feed(path: display, dataset: dataset, cursor: &cursor)
        while true {
            let page: [(seq: Int64, line: String)]
            do {
                page = try withPatience { () throws(PGError) in try rows(after: cursor.position) }
            } catch {
                var out = Journal.Replay()
                out.problems.append(Problem(.error, file: display, path: "", at: nil, "the journal " + Self.sentence(error, display)))
                out.refused = true
                out.unreachable = error.kind == .unreachable
                return out
            }
            guard let last = page.last else { break }
            var bytes: [UInt8] = []
            for r in page { bytes += r.line.utf8; bytes.append(0x0A) }
            if !feed.feed(bytes[...], into: &dataset, cursor: &cursor) { return feed.replay }
            cursor.position = last.seq
            if page.count < 20_000 { break }
        }
        return feed.finish(cursor: &cursor, reportTorn: reportTorn)
    }

    /// Why a write failed, in a few words: what a narrow screen shows before the whole sentence.
    public static func reason(_ e: PGError, _ lang: Language = .en) -> String {
        switch (e.kind, e.state, lang) {
        case (_, "42501"?, .en): "read-only role"
        case (_, "42501"?, .id): "peran hanya-baca"
        case (_, "42P01"?, .en): "no schema on the server"
        case (_, "42P01"?, .id): "server belum berskema"
        case (.unreachable, _, .en): "server unreachable"
        case (.unreachable, _, .id): "server tak terjangkau"
        case (.refused, _, .en): "refused by the server"
        case (.refused, _, .id): "ditolak server"
        }
    }

    /// A PostgreSQL failure as a user reads it, naming the server without credentials.
    public static func sentence(_ e: PGError, _ display: String, _ lang: Language = .en) -> String {
        switch (e.kind, e.state, lang) {
        case (_, "42501"?, .en): "at \(display) may not be written with this database role (read-only): \(e.message)"
        case (_, "42501"?, .id): "di \(display) tidak boleh ditulis dengan peran basis data ini (hanya-baca): \(e.message)"
        case (_, "42P01"?, .en): "at \(display) has no trade-tui schema yet: run `trade-tui journal init URL` (\(e.message))"
        case (_, "42P01"?, .id): "di \(display) belum punya skema trade-tui: jalankan `trade-tui journal init URL` (\(e.message))"
        case (.unreachable, _, .en): "at \(display) cannot be reached: \(e.message)"
        case (.unreachable, _, .id): "di \(display) tidak terjangkau: \(e.message)"
        case (.refused, _, .en): "at \(display) refused the change: \(e.message)"
        case (.refused, _, .id): "di \(display) menolak perubahan: \(e.message)"
        }
    }
}
