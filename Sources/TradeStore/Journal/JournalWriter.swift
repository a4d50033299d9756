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

    /// Appends `events` as one write; returns the path a torn last line was moved to, if any.
    @discardableResult
    public func append(_ events: [JournalEvent]) throws(JournalWriteError) -> String? {
        guard !events.isEmpty else { return nil }
        var text = ""
        for e in events { text += e.line(datasetId: datasetId) + "\n" }
        return try appendRaw(Array(text.utf8))
    }

    func appendRaw(_ bytes: [UInt8]) throws(JournalWriteError) -> String? {
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
            let moved = try moveTornTailAside(fd, size: Int(mine.st_size))
            var off = 0
            let ok = bytes.withUnsafeBytes { buf -> Bool in
                while off < buf.count {
                    let n = write(fd, buf.baseAddress! + off, buf.count - off)
                    if n < 0 { if errno == EINTR { continue }; return false }
                    off += n
                }
                return true
            }
            if !ok {
                let e = Self.fail("cannot write the journal")
                // Leave no partial line behind for the next writer to find in the middle.
                var st = stat()
                if fstat(fd, &st) == 0 { ftruncate(fd, st.st_size - off_t(off)) }
                throw e
            }
            if fsync(fd) != 0 { throw Self.fail("cannot make the journal durable (fsync)") }
            return moved
        }
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
        var torn = [UInt8](repeating: 0, count: size - start)
        _ = torn.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(start)) }
        let aside = path + ".torn-\(JournalClock.compactStamp())-\(getpid())"
        do { try FileWriter.write(torn, to: aside, sync: true) } catch { throw JournalWriteError(message: error.message) }
        if ftruncate(fd, off_t(start)) != 0 { throw Self.fail("cannot cut the interrupted line off the journal") }
        if fsync(fd) != 0 { throw Self.fail("cannot make the journal durable (fsync)") }
        return aside
    }

    static func syncDirectory(_ dir: String) {
        let d = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if d >= 0 { fsync(d); close(d) }
    }
}
