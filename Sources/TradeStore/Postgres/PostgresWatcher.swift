#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import TradeModel

/// Follows a PostgreSQL journal for a dashboard or projector, off the screen's thread: on its own
/// connection it `LISTEN`s on `trade_journal`, and on each notification — or every second, since a
/// notification sent while it was disconnected is lost — reads the rows after the last one it has.
/// The screen takes those rows (`replay`) without touching the network, and asks whether the
/// server is reachable (`offlineSince`). A lost connection is reopened with backoff.
public final class PostgresWatcher: Sendable {
    public let display: String
    let url: String
    let datasetId: String
    private struct State {
        var rows: [(seq: Int64, line: String)] = []
        var fetched: Int64
        var offlineSince: Double?
        var why: String?
        var stopped = false
    }
    private let state: Mutex<State>

    /// Starts following after `seq` (what the loader already read).
    public init(url: String, datasetId: String, after seq: Int64) {
        self.url = url
        self.datasetId = datasetId
        display = PostgresURL.display(url)
        state = Mutex(State(fetched: seq))
        DispatchQueue.global(qos: .userInitiated).async { [self] in follow() }
    }

    public func stop() { state.withLock { $0.stopped = true } }

    /// Seconds since the epoch when the server stopped answering, and why; nil while it answers.
    public var offline: (since: Double, why: String)? {
        state.withLock { s in s.offlineSince.map { ($0, s.why ?? "") } }
    }

    /// Whether rows wait to be read.
    public var hasNews: Bool { state.withLock { !$0.rows.isEmpty } }

    /// Applies the rows fetched since `cursor` (no network here).
    public func replay(into dataset: inout Dataset, cursor: inout Journal.Cursor) -> Journal.Replay {
        let rows = state.withLock { s -> [(seq: Int64, line: String)] in
            defer { s.rows.removeAll() }
            return s.rows
        }
        let fresh = rows.filter { $0.seq > cursor.position }
        var feed = Journal.Feed(path: display, dataset: dataset, cursor: &cursor)
        guard let last = fresh.last else { return feed.finish(cursor: &cursor, reportTorn: false) }
        var bytes: [UInt8] = []
        for r in fresh { bytes += r.line.utf8; bytes.append(0x0A) }
        if !feed.feed(bytes[...], into: &dataset, cursor: &cursor) { return feed.replay }
        cursor.position = last.seq
        return feed.finish(cursor: &cursor, reportTorn: false)
    }

    private func follow() {
        var connection: PGConnection?
        var backoff: UInt32 = 250_000
        while !state.withLock({ $0.stopped }) {
            do throws(PGError) {
                if connection == nil || connection?.isOK == false {
                    let c = try PGConnection(url: url, timeout: 3)
                    try c.exec("LISTEN \(PostgresJournal.channel)")
                    connection = c
                }
                guard let c = connection else { continue }
                let after = state.withLock { $0.fetched }
                // A server that stops answering is offline within seconds, whatever TCP thinks.
                let rows = try PostgresJournal.rows(on: c, datasetId: datasetId, after: after, deadline: 5)
                state.withLock { s in
                    s.rows += rows
                    if let last = rows.last { s.fetched = last.seq }
                    s.offlineSince = nil
                    s.why = nil
                }
                backoff = 250_000
                if rows.count == 20_000 { continue }
                // Until a notification wakes us, or a second passes.
                if c.waitReadable(milliseconds: 1000) { _ = try c.notifications() }
            } catch {
                connection = nil
                state.withLock { s in
                    if s.offlineSince == nil { s.offlineSince = Double(time(nil)) }
                    s.why = error.message
                }
                usleep(backoff)
                backoff = min(backoff * 2, 2_000_000)
            }
        }
    }
}
