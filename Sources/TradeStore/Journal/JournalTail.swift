#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// Looks at the journal from its end, under the writers' lock: whether it ends inside a batch that
/// was never committed, and whether a change is already in it (for a retry).
enum JournalTail {
    /// The offset of the `batchBegin` of a batch still open at the end of the file, or nil when
    /// the file ends with a commit, a single event, or a line that cannot be judged.
    static func openBatchStart(_ fd: Int32, datasetId: String) throws(JournalWriteError) -> Int? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw JournalWriter.fail("cannot read the journal") }
        var end = Int(st.st_size)
        // Walk back one complete line at a time: a batch's own lines until its begin.
        while end > 0 {
            let start = try lineStart(fd, before: end)
            let line = try read(fd, start, end - 1)
            end = start
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            switch Journal.decode(line, line: 0, datasetId: datasetId, Diagnostics(limit: 1)) {
            case .batchBegin: return start
            case .event(_, batch: .some): continue
            case .event(_, batch: nil), .batchCommit, .setAside, .unknownType, .refuse: return nil
            }
        }
        return nil
    }

    /// Where the line ending just before `end` (its newline at `end - 1`) starts.
    static func lineStart(_ fd: Int32, before end: Int) throws(JournalWriteError) -> Int {
        var pos = end - 1
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while pos > 0 {
            let from = max(0, pos - chunk.count)
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, pos - from, off_t(from)) }
            guard n == pos - from else { throw JournalWriter.fail("cannot read the journal") }
            if let nl = chunk[0..<n].lastIndex(of: 0x0A) { return from + nl + 1 }
            pos = from
        }
        return 0
    }

    static func read(_ fd: Int32, _ from: Int, _ to: Int) throws(JournalWriteError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(0, to - from))
        let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(from)) }
        guard n == out.count else { throw JournalWriter.fail("cannot read the journal") }
        return out
    }

    /// Whether `marker` occurs in the file (read in 4 MiB chunks, overlapping by the marker's length).
    static func contains(_ fd: Int32, _ marker: [UInt8]) throws(JournalWriteError) -> Bool {
        var st = stat()
        guard fstat(fd, &st) == 0, !marker.isEmpty else { return false }
        let size = Int(st.st_size)
        var buf = [UInt8](repeating: 0, count: 4 << 20)
        var off = 0
        while off < size {
            let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, min($0.count, size - off), off_t(off)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw JournalWriter.fail("cannot read the journal") }
            if n >= marker.count {
                for i in 0...(n - marker.count) where buf[i] == marker[0] && buf[i..<(i + marker.count)].elementsEqual(marker) { return true }
            }
            if off + n >= size { break }
            off += max(1, n - marker.count + 1)
        }
        return false
    }
}
