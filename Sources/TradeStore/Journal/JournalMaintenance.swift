#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// `trade-tui journal check | repair | export`.
public enum JournalMaintenance {
    public struct Report: Sendable {
        public var lines = 0
        public var events = 0
        public var problems: [Problem] = []
        public var refused = false
        public var tornTail = 0
        /// Lines that cannot be used (damaged, or a field that cannot be read).
        public var damaged = 0
        public var clean: Bool { !refused && damaged == 0 && tornTail == 0 }
    }

    /// Replays the journal against the fixtures and reports without changing anything.
    public static func check(path: String, dataset: Dataset) -> Report {
        var ds = dataset
        var cursor = Journal.Cursor()
        let r = Journal.replay(path: path, into: &ds, cursor: &cursor, reportTorn: true)
        return Report(lines: cursor.line, events: r.applied, problems: r.problems, refused: r.refused, tornTail: r.tornTail, damaged: r.setAside)
    }

    public struct RepairOutcome: Sendable {
        public var kept = 0
        public var setAside = 0
        /// Where the unusable lines went (never deleted).
        public var asidePath: String?
    }

    /// Keeps every readable event and moves the rest to `<journal>.damaged-<time>`, under the
    /// writers' lock; the journal is replaced atomically (temp file, fsync, rename).
    public static func repair(path: String, dataset: Dataset) throws(JournalWriteError) -> RepairOutcome {
        let fd = open(path, O_RDWR | O_CLOEXEC)
        if fd < 0 { throw JournalWriter.fail("cannot open the journal \(path)") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 { if errno != EINTR { throw JournalWriter.fail("cannot lock the journal") } }
        defer { flock(fd, LOCK_UN) }
        guard case .success(let bytes) = FileReader.contents(of: path) else { throw JournalWriteError(message: "cannot read \(path)") }
        var good: [UInt8] = []
        var bad: [UInt8] = []
        var out = RepairOutcome()
        var seen: Set<String> = []
        var start = 0
        var line = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let lineBytes = Array(bytes[start..<end])
            start = end + 1
            line += 1
            if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            var usable = false
            if end < bytes.count || lineBytes.last == 0x7D {
                switch Journal.decode(lineBytes, line: line, datasetId: dataset.datasetId, Diagnostics()) {
                case .event(let e, _):
                    usable = seen.insert(e.eventId).inserted
                    if !usable { continue } // an exact repeat of an event adds nothing
                case .batchBegin, .batchCommit:
                    usable = true
                case .unknownType:
                    usable = true // an event type from a newer version: kept, not ours to judge
                case .setAside, .refuse:
                    break
                }
            }
            if usable { good += lineBytes + [0x0A]; out.kept += 1 } else { bad += lineBytes + [0x0A]; out.setAside += 1 }
        }
        guard out.setAside > 0 || good.count != bytes.count else { return out }
        if !bad.isEmpty {
            let aside = path + ".damaged-\(JournalClock.compactStamp())-\(getpid())"
            do { try FileWriter.write(bad, to: aside, sync: true) } catch { throw JournalWriteError(message: error.message) }
            out.asidePath = aside
        }
        do { try FileWriter.write(good, to: path, sync: true) } catch { throw JournalWriteError(message: error.message) }
        return out
    }

    /// A consistent copy (taken under the lock) for backup.
    public static func export(path: String, to destination: String) throws(JournalWriteError) -> Int {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw JournalWriter.fail("cannot open the journal \(path)") }
        defer { close(fd) }
        while flock(fd, LOCK_SH) != 0 { if errno != EINTR { throw JournalWriter.fail("cannot lock the journal") } }
        defer { flock(fd, LOCK_UN) }
        guard case .success(let bytes) = FileReader.contents(of: path) else { throw JournalWriteError(message: "cannot read \(path)") }
        do { try FileWriter.write(bytes, to: destination, sync: true) } catch { throw JournalWriteError(message: error.message) }
        return bytes.count
    }
}
