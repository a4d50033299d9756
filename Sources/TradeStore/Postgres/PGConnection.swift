import CLibPQ
#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// A failure talking to PostgreSQL: the server's or libpq's own sentence, never a password.
public struct PGError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Could not connect, or the connection broke: the server may be down or unreachable.
        case unreachable
        /// The server refused the statement (permissions, constraint, syntax).
        case refused
    }
    public var kind: Kind
    public var message: String
    /// SQLSTATE, e.g. "42501" (insufficient privilege), when the server sent one.
    public var state: String?
    /// The connection broke while COMMIT was on its way: the change may have been committed.
    public var atCommit = false
}

/// One libpq connection, used from one thread at a time (`PostgresJournal` keeps it behind a lock).
/// Text parameters and results only: every value here is text or a number written as text.
final class PGConnection {
    private let conn: OpaquePointer

    /// `url` is libpq's URI form (`postgresql://user@host:port/db?sslmode=…`); the password comes
    /// from PGPASSWORD or ~/.pgpass as libpq does. Connecting gives up after `timeout` seconds.
    init(url: String, timeout: Int = 5) throws(PGError) {
        // Defaults first, so what the URL says wins. No statement, lock or open transaction waits
        // forever, and a server that stops answering is noticed within seconds.
        let keys = ["connect_timeout", "application_name", "keepalives_idle", "keepalives_interval", "keepalives_count",
                    "tcp_user_timeout", "options", "dbname"]
        let values = [String(timeout), "trade-tui", "5", "2", "3", "10000",
                      "-c statement_timeout=15000 -c lock_timeout=10000 -c idle_in_transaction_session_timeout=30000", url]
        var made: OpaquePointer?
        withCStrings(keys) { k in withCStrings(values) { v in made = PQconnectdbParams(k, v, 1) } }
        guard let made else { throw PGError(kind: .unreachable, message: "out of memory connecting to PostgreSQL") }
        // From here `deinit` frees the connection, also when this initialiser throws.
        conn = made
        // libpq prints server messages that arrive between statements ("FATAL: terminating
        // connection …") to stderr, i.e. over the dashboard: errors reach the user as results.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        if PQstatus(conn) != CONNECTION_OK {
            throw PGError(kind: .unreachable, message: Self.text(PQerrorMessage(conn)))
        }
        _ = PQsetClientEncoding(conn, "UTF8")
        // The server's NOTICEs ("already exists, skipping") are not for the user's terminal.
        try exec("SET client_min_messages TO warning")
    }

    deinit { PQfinish(conn) }

    var isOK: Bool { PQstatus(conn) == CONNECTION_OK }
    var socket: Int32 { PQsocket(conn) }

    /// Runs one statement with text parameters; the rows as text (nil for NULL). A server that
    /// does not answer within `deadline` seconds — stopped, or gone without closing the connection —
    /// is an unreachable server: the caller drops this connection. Never waits forever.
    @discardableResult
    func exec(_ sql: String, _ params: [String?] = [], deadline: Double = 20) throws(PGError) -> [[String?]] {
        let lengths = params.map { $0.map { Int32($0.utf8.count) } ?? 0 }
        var sent: Int32 = 0
        withOptionalCStrings(params) { p in
            sent = PQsendQueryParams(conn, sql, Int32(params.count), nil, p, lengths, nil, 0)
        }
        guard sent == 1 else { throw PGError(kind: .unreachable, message: Self.text(PQerrorMessage(conn))) }
        let end = JournalClock.monotonicSeconds() + deadline
        while PQflush(conn) == 1 { try wait(POLLOUT, until: end) }
        var last: OpaquePointer?
        while true {
            while PQisBusy(conn) == 1 {
                try wait(POLLIN, until: end)
                guard PQconsumeInput(conn) == 1 else { throw PGError(kind: .unreachable, message: Self.text(PQerrorMessage(conn))) }
            }
            guard let r = PQgetResult(conn) else { break }
            if let previous = last { PQclear(previous) }
            last = r
        }
        guard let result = last else { throw PGError(kind: .unreachable, message: Self.text(PQerrorMessage(conn))) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY: return []
        case PGRES_TUPLES_OK:
            let rows = Int(PQntuples(result)), cols = Int(PQnfields(result))
            var out: [[String?]] = []
            out.reserveCapacity(rows)
            for r in 0..<rows {
                var row: [String?] = []
                for c in 0..<cols {
                    if PQgetisnull(result, Int32(r), Int32(c)) != 0 { row.append(nil); continue }
                    let n = Int(PQgetlength(result, Int32(r), Int32(c)))
                    let p = PQgetvalue(result, Int32(r), Int32(c))!
                    row.append(p.withMemoryRebound(to: UInt8.self, capacity: n) { String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self) })
                }
                out.append(row)
            }
            return out
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let message = Self.text(PQresultErrorMessage(result))
            throw PGError(kind: PQstatus(conn) == CONNECTION_OK ? .refused : .unreachable, message: message, state: state)
        }
    }

    /// Waits until the socket is ready for `events` or the deadline passes (then: unreachable).
    private func wait(_ events: Int32, until end: Double) throws(PGError) {
        while true {
            let left = end - JournalClock.monotonicSeconds()
            guard left > 0 else { throw PGError(kind: .unreachable, message: "the server did not answer in time") }
            var p = pollfd(fd: socket, events: Int16(events), revents: 0)
            let n = poll(&p, 1, Int32(min(left, 1) * 1000))
            if n > 0 { return }
            if n < 0 && errno != EINTR { throw PGError(kind: .unreachable, message: "cannot wait for the server") }
        }
    }

    /// Notifications that arrived on this connection (after `LISTEN`), without blocking.
    func notifications() throws(PGError) -> [String] {
        guard PQconsumeInput(conn) != 0 else { throw PGError(kind: .unreachable, message: Self.text(PQerrorMessage(conn))) }
        var out: [String] = []
        while let n = PQnotifies(conn) {
            out.append(String(cString: n.pointee.relname))
            PQfreemem(n)
        }
        return out
    }

    /// Waits up to `milliseconds` for something to read on the connection (a notification).
    func waitReadable(milliseconds: Int32) -> Bool {
        var p = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, milliseconds) > 0
    }

    static func text(_ p: UnsafePointer<CChar>?) -> String {
        guard let p else { return "" }
        // libpq's messages run over several lines ("…failed: Connection refused\n\tIs the server
        // running…"): one line, spaces for the breaks.
        let words = String(cString: p).split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == " " || $0 == "\r" })
        return Sanitizer.line(words.joined(separator: " "))
    }
}

private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeBufferPointer { buf in
        buf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buf.count) { body($0) }
    }
}

private func withOptionalCStrings<R>(_ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) -> R) -> R {
    if strings.isEmpty { return body(nil) }
    let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { $0.map { strdup($0) } ?? nil }
    defer { for p in pointers { free(p) } }
    return pointers.withUnsafeBufferPointer { buf in
        buf.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buf.count) { body($0) }
    }
}
