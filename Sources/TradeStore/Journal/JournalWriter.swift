#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// Appends events durably: under an advisory lock, after moving aside an interrupted last line,
/// and `fsync`ed before `append` returns. Several processes may append to one journal.
public struct JournalWriter: Sendable {
    public let path: String
    public let datasetId: String

    public init(path: String, datasetId: String) {
        self.path = path
        self.datasetId = datasetId
    }

    static func fail(_ what: String) -> JournalWriteError {
        JournalWriteError(message: "\(what): \(String(cString: strerror(errno)))")
    }

    var directory: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Appends `events` as one change, durably: a single event as one line, several as a batch
    /// that readers apply whole or not at all. Lines too long for a reader are refused before
    /// anything is written. `retrying`: the same events were appended before with an unknown
    /// outcome; if they are there, nothing is written again. Returns the path a torn last line or
    /// an interrupted batch was moved to, if any.
    @discardableResult
    public func append(_ events: [JournalEvent], retrying: Bool = false) throws(JournalWriteError) -> String? {
        guard let first = events.first else { return nil }
        let batch = events.count > 1 ? "b-" + first.eventId : nil
        var lines: [String] = []
        if let batch { lines.append(Journal.batchLine("batchBegin", id: batch, events: events.count, datasetId: datasetId, at: first.at, user: first.user)) }
        for (i, e) in events.enumerated() {
            let line = e.line(datasetId: datasetId, batch: batch)
            guard line.utf8.count < Journal.maxLineBytes else {
                throw JournalWriteError(message: "change \(i + 1) of \(events.count) is \(line.utf8.count) bytes, more than a journal line may hold (\(Journal.maxLineBytes >> 20) MiB)")
            }
            lines.append(line)
        }
        if let batch { lines.append(Journal.batchLine("batchCommit", id: batch, events: events.count, datasetId: datasetId, at: first.at, user: first.user)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for l in lines { bytes += l.utf8; bytes.append(0x0A) }
        // What marks the change as complete in the file: a batch's commit, or the single event.
        let done = batch.map { "\"batch\":\"\($0)\",\"type\":\"batchCommit\"" } ?? "\"eventId\":\"\(first.eventId)\""
        return try appendRaw(bytes, unlessFound: retrying ? Array(done.utf8) : nil)
    }

    func appendRaw(_ bytes: [UInt8], unlessFound marker: [UInt8]? = nil) throws(JournalWriteError) -> String? {
        do { try FileWriter.makeDirectories(directory) } catch { throw JournalWriteError(message: error.message) }
        while true {
            let existed = FileReader.exists(path)
            let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            if fd < 0 { throw Self.fail("cannot open the journal \(path)") }
            defer { close(fd) }
            if !existed { Self.syncDirectory(directory) }
            while flock(fd, LOCK_EX) != 0 {
                if errno != EINTR { throw Self.fail("cannot lock the journal") }
            }
            defer { flock(fd, LOCK_UN) }
            // `journal repair` may have replaced the file while we waited: append to the new one.
            var mine = stat(), current = stat()
            fstat(fd, &mine)
            if stat(path, &current) != 0 || current.st_ino != mine.st_ino { continue }
            var moved = try moveTornTailAside(fd, size: Int(mine.st_size))
            if let aside = try moveOpenBatchAside(fd) { moved = aside }
            if let marker, try JournalTail.contains(fd, marker) { return moved }
            fstat(fd, &mine)
            let sizeBefore = mine.st_size
            var off = 0
            let ok = bytes.withUnsafeBytes { buf -> Bool in
                while off < buf.count {
                    let n = write(fd, buf.baseAddress! + off, buf.count - off)
                    if n < 0 { if errno == EINTR { continue }; return false }
                    off += n
                }
                return true
            }
            if !ok { throw undo(fd, to: sizeBefore, Self.fail("cannot write the journal")) }
            if fsync(fd) != 0 { throw undo(fd, to: sizeBefore, Self.fail("cannot make the journal durable (fsync)")) }
            return moved
        }
    }

    /// After a failed write or `fsync`, cuts the journal back to where this change began (still
    /// under the lock, so no one else wrote after it) and makes that durable. If that fails too,
    /// the change may be in the file, and the error says so.
    func undo(_ fd: Int32, to size: off_t, _ error: JournalWriteError) -> JournalWriteError {
        if ftruncate(fd, size) == 0 && fsync(fd) == 0 { return error }
        return JournalWriteError(message: error.message, outcome: .mayBeRecorded)
    }

    /// A batch whose writer died before its commit: under the lock no one else is writing, so a
    /// batch still open at the end of the file was interrupted. It is copied to a `.torn-…` file
    /// beside the journal (never deleted) and cut off, so later events never follow half a batch.
    func moveOpenBatchAside(_ fd: Int32) throws(JournalWriteError) -> String? {
        guard let start = try JournalTail.openBatchStart(fd, datasetId: datasetId) else { return nil }
        var st = stat()
        fstat(fd, &st)
        return try moveAside(fd, from: start, to: Int(st.st_size))
    }

    /// An interrupted write leaves a last line without its newline. Under the lock, copy it to a
    /// `.torn-…` file beside the journal (never deleted) and cut it off, so it never ends up in
    /// the middle of the file.
    func moveTornTailAside(_ fd: Int32, size: Int) throws(JournalWriteError) -> String? {
        guard size > 0 else { return nil }
        var last: UInt8 = 0
        guard pread(fd, &last, 1, off_t(size - 1)) == 1 else { throw Self.fail("cannot read the journal") }
        if last == 0x0A { return nil }
        var start = size
        var chunk = [UInt8](repeating: 0, count: 4096)
        search: while start > 0 {
            let from = max(0, start - chunk.count)
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, start - from, off_t(from)) }
            guard n == start - from else { throw Self.fail("cannot read the journal") }
            for i in stride(from: n - 1, through: 0, by: -1) where chunk[i] == 0x0A {
                start = from + i + 1
                break search
            }
            start = from
        }
        return try moveAside(fd, from: start, to: size)
    }

    /// Copies `from..<to` to a `.torn-…` file beside the journal, then cuts the journal at `from`.
    func moveAside(_ fd: Int32, from start: Int, to end: Int) throws(JournalWriteError) -> String {
        var torn = [UInt8](repeating: 0, count: end - start)
        let n = torn.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(start)) }
        guard n == end - start else { throw Self.fail("cannot read the journal") }
        // Unique even for two moves in one second by one process (a torn line, then a batch).
        let aside = path + ".torn-\(JournalClock.compactStamp())-\(getpid())-\(JournalClock.newEventId().suffix(6))"
        do { try FileWriter.write(torn, to: aside, sync: true) } catch { throw JournalWriteError(message: error.message) }
        if ftruncate(fd, off_t(start)) != 0 { throw Self.fail("cannot cut the interrupted write off the journal") }
        if fsync(fd) != 0 { throw Self.fail("cannot make the journal durable (fsync)") }
        return aside
    }

    static func syncDirectory(_ dir: String) {
        let d = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if d >= 0 { fsync(d); close(d) }
    }
}
