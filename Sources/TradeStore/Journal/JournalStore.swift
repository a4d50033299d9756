import TradeModel

/// Where the journal lives: a plain-text file on one machine, or PostgreSQL across several. Both
/// keep the same promises — a change is durable before `append` returns, a batch is applied whole
/// or not at all, a retry by event id never records twice, readers see changes in commit order —
/// and both hold the same JSON lines, so replay (and conflict detection) is one code path.
public protocol JournalStore: Sendable {
    /// What the screen shows after ✎: a path, or `postgresql://host/db` without credentials.
    var display: String { get }
    /// Appends `events` as one change, durably (see `JournalWriter.append`). `retrying`: the same
    /// events were appended before with an unknown outcome; if they are there, nothing is written.
    /// Returns a note to show (e.g. where a torn line was moved), if any.
    @discardableResult
    func append(_ events: [JournalEvent], retrying: Bool) throws(JournalWriteError) -> String?
    /// Applies what was committed after `cursor` to `dataset`.
    func replay(into dataset: inout Dataset, cursor: inout Journal.Cursor, reportTorn: Bool) -> Journal.Replay
}

extension JournalStore {
    @discardableResult
    public func append(_ events: [JournalEvent]) throws(JournalWriteError) -> String? { try append(events, retrying: false) }
}

/// The plain-text journal, one JSON line per event (see `JournalWriter`, `Journal.replay(path:)`).
public struct FileJournal: JournalStore {
    public let path: String
    public let datasetId: String

    public init(path: String, datasetId: String) {
        self.path = path
        self.datasetId = datasetId
    }

    public var display: String { path }

    @discardableResult

    public func append(_ events: [JournalEvent], retrying: Bool) throws(JournalWriteError) -> String? {
        try JournalWriter(path: path, datasetId: datasetId).append(events, retrying: retrying)
    }

    public func replay(into dataset: inout Dataset, cursor: inout Journal.Cursor, reportTorn: Bool) -> Journal.Replay {
        Journal.replay(path: path, into: &dataset, cursor: &cursor, reportTorn: reportTorn)
    }
}

public enum JournalStores {
    /// True for `postgresql://…` and `postgres://…` (libpq's URI forms).
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// The store at `location`: a PostgreSQL URL or a file path. `patience`: how long a PostgreSQL
    /// append retries a server that cannot be reached (a desk with an outbox waits less).
    public static func open(_ location: String, datasetId: String, patience: Double = 10) -> any JournalStore {
        isPostgres(location) ? PostgresJournal(url: location, datasetId: datasetId, patience: patience)
            : FileJournal(path: location, datasetId: datasetId)
    }
}
