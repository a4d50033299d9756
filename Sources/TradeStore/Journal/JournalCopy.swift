#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// `journal copy FROM TO`: every committed change of one store into another, line for line (the
/// JSON lines are copied as written, so nothing is lost in translation), skipping a change the
/// destination already holds — running it twice copies nothing twice.
public enum JournalCopy {
    /// One change: a single event, or a batch from its begin to its commit line. The last id
    /// marks it complete.
    struct Change {
        var rows: [(id: String, line: String)]
        var events: [JournalEvent] = []
    }

    public struct Report: Sendable, Equatable {
        /// Changes read from the source, and how many the destination did not have.
        public var read = 0
        public var copied = 0
        /// Lines the source holds that are not part of a committed change (damaged, an
        /// interrupted batch): not copied, as replay would not apply them either.
        public var skippedLines = 0
        /// Where an interrupted write at the end of a destination file was moved aside, if any.
        public var movedAside: String?
        /// The ids of the copied events, to check what the destination made of them.
        public var eventIds: [String] = []
    }

    public enum Failure: Error, Sendable {
        case source(String)
        case destination(String)
    }

    /// Groups decoded lines into changes.
    struct Grouper {
        var open: Change?
        var out: [Change] = []
        var skipped = 0

        mutating func add(_ bytes: [UInt8], datasetId: String) {
            let line = String(decoding: bytes, as: UTF8.self)
            switch Journal.decode(bytes, line: 0, datasetId: datasetId, Diagnostics(limit: 1)) {
            case .event(let e, batch: nil):
                closeInterrupted()
                out.append(Change(rows: [(e.eventId, line)], events: [e]))
            case .batchBegin(let id, _):
                closeInterrupted()
                open = Change(rows: [(id + ":begin", line)])
            case .event(let e, batch: .some):
                if open == nil { skipped += 1 } else { open?.rows.append((e.eventId, line)); open?.events.append(e) }
            case .batchCommit(let id, _):
                if var c = open {
                    c.rows.append((id + ":commit", line))
                    out.append(c)
                    open = nil
                } else {
                    skipped += 1
                }
            case .setAside, .unknownType, .refuse:
                skipped += 1
            }
        }

        mutating func closeInterrupted() {
            if let c = open { skipped += c.rows.count; open = nil }
        }
    }

    public static func copy(from: String, to: String, datasetId: String) -> Result<Report, Failure> {
        var g = Grouper()
        switch read(from, datasetId: datasetId, into: &g, reading: true) {
        case .failure(let f): return .failure(f)
        case .success: break
        }
        g.closeInterrupted()
        var report = Report(read: g.out.count, copied: 0, skippedLines: g.skipped)
        report.eventIds = g.out.flatMap { $0.events.map(\.eventId) }
        switch write(g.out, to: to, datasetId: datasetId) {
        case .failure(let f): return .failure(f)
        case .success(let (n, moved)): report.copied = n; report.movedAside = moved
        }
        return .success(report)
    }

    /// `reading`: the source of a copy (a missing file is an error); else a destination or an
    /// outbox (a missing file holds nothing yet).
    static func read(_ location: String, datasetId: String, into g: inout Grouper, reading: Bool = false) -> Result<Void, Failure> {
        if JournalStores.isPostgres(location) {
            let pg = PostgresJournal(url: location, datasetId: datasetId)
            var after: Int64 = 0
            while true {
                let page: [(seq: Int64, line: String)]
                do { page = try pg.rows(after: after) } catch { return .failure(.source(PostgresJournal.sentence(error, pg.display))) }
                guard let last = page.last else { return .success(()) }
                for r in page { g.add(Array(r.line.utf8), datasetId: datasetId) }
                after = last.seq
            }
        }
        let fd: Int32, st: stat
        switch FileReader.openRegular(location) {
        case .failure(.missing) where !reading: return .success(())
        case .failure(.missing): return .failure(.source("there is no journal at \(Sanitizer.line(location))"))
        case .failure(let f): return .failure(.source("the journal \(Sanitizer.line(location)) \(f.sentence)"))
        case .success(let opened): (fd, st) = opened
        }
        defer { close(fd) }
        var lines = JournalLines(fd: fd, size: Int(st.st_size), path: location)
        do {
            while let piece = try lines.next() {
                switch piece {
                case .line(let bytes, _, terminated: true):
                    if !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { g.add(bytes, datasetId: datasetId) }
                case .line(_, _, terminated: false), .part:
                    g.skipped += 1
                }
            }
        } catch {
            return .failure(.source(error.message))
        }
        return .success(())
    }

    static func write(_ changes: [Change], to location: String, datasetId: String) -> Result<(Int, String?), Failure> {
        if JournalStores.isPostgres(location) {
            let pg = PostgresJournal(url: location, datasetId: datasetId)
            var copied = 0
            var i = 0
            while i < changes.count {
                let chunk = changes[i..<min(changes.count, i + 500)].map(\.rows)
                do { copied += try pg.insert(Array(chunk)) } catch { return .failure(.destination(PostgresJournal.sentence(error, pg.display))) }
                i += 500
            }
            return .success((copied, nil))
        }
        // A file: what it holds already, then the rest in one locked, fsynced append.
        var have = Grouper()
        switch read(location, datasetId: datasetId, into: &have) {
        case .failure(.source(let why)), .failure(.destination(let why)): return .failure(.destination(why))
        case .success: break
        }
        let held = Set(have.out.compactMap { $0.rows.last?.id })
        let missing = changes.filter { c in c.rows.last.map { !held.contains($0.id) } ?? false }
        guard !missing.isEmpty else { return .success((0, nil)) }
        var bytes: [UInt8] = []
        for c in missing { for r in c.rows { bytes += r.line.utf8; bytes.append(0x0A) } }
        do {
            let moved = try JournalWriter(path: location, datasetId: datasetId).appendRaw(bytes)
            return .success((missing.count, moved))
        } catch {
            return .failure(.destination(error.message))
        }
    }
}
