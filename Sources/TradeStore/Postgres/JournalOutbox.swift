#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// Changes a desk made while the PostgreSQL server could not be reached: held in a plain-text
/// journal on this laptop (durable, fsynced, like any journal), shown on this desk's screen as
/// "saved on this laptop, not yet shared", and sent when the server answers again — by event id,
/// so a send cut off halfway is simply sent again, and with the usual conflict checks (a change
/// made from a version someone changed meanwhile is kept as a conflict, never an overwrite).
public struct JournalOutbox: Sendable {
    public let path: String
    public let datasetId: String

    public init(path: String, datasetId: String) {
        self.path = path
        self.datasetId = datasetId
    }

    /// The outbox for `url` under the private state directory (nil without HOME/XDG_STATE_HOME).
    public static func place(for url: String, datasetId: String, environment: [String: String]) -> JournalOutbox? {
        guard let journal = Journal.defaultPath(datasetId: datasetId, environment: environment) else { return nil }
        let server = PostgresURL.display(url).dropFirst("postgresql://".count).map { c -> Character in
            c.isASCII && (c.isLetter || c.isNumber) ? c : "_"
        }
        let dir = journal.lastIndex(of: "/").map { String(journal[..<$0]) } ?? "."
        return JournalOutbox(path: dir + "/" + datasetId + ".outbox-" + String(server) + ".jsonl", datasetId: datasetId)
    }

    /// Holds `events` durably on this laptop.
    public func hold(_ events: [JournalEvent]) throws(JournalWriteError) {
        _ = try FileJournal(path: path, datasetId: datasetId).append(events, retrying: true)
    }

    /// Changes waiting to be shared.
    public func waiting() -> Int {
        var g = JournalCopy.Grouper()
        switch JournalCopy.read(path, datasetId: datasetId, into: &g) {
        case .success: return g.out.count
        case .failure: return 0
        }
    }

    /// The held changes applied on top of `dataset` (what this desk sees until they are shared).
    public func replay(onto dataset: inout Dataset) -> Journal.Replay {
        var cursor = Journal.Cursor()
        return Journal.replay(path: path, into: &dataset, cursor: &cursor, reportTorn: false)
    }

    /// Sends every held change to `pg`, oldest first, and empties the outbox, under the outbox's
    /// lock. Returns the events sent (the server may have had some already: retries are by id).
    /// The desk's journal worker alone calls this, before its next append, so this desk's changes
    /// reach the server in the order they were made.
    public func send(to pg: PostgresJournal) throws(PGError) -> [JournalEvent] {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        if fd < 0 { return [] }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 { if errno != EINTR { return [] } }
        defer { flock(fd, LOCK_UN) }
        var g = JournalCopy.Grouper()
        guard case .success = JournalCopy.read(path, datasetId: datasetId, into: &g) else { return [] }
        guard !g.out.isEmpty else { return [] }
        try pg.insert(g.out.map(\.rows))
        // Everything that could be sent is on the server now. Lines that are not a whole change
        // (damaged, or from a newer version) are never deleted: the file is kept beside, renamed.
        if g.skipped > 0 {
            let aside = path + ".unsent-" + JournalClock.compactStamp()
            if rename(path, aside) == 0 { return g.out.flatMap(\.events) }
        }
        if ftruncate(fd, 0) == 0 { fsync(fd) }
        return g.out.flatMap(\.events)
    }
}
