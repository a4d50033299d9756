#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// Looks at the journal from its end, under the writers' lock: whether it ends inside a batch that
/// was never committed, and whether a change is already in it (for a retry).
enum JournalTail {
    /// The offset of the `batchBegin` of a batch still open at the end of the file, or nil when
    /// the file ends with a commit, a single event, or a line that cannot be judged. Reads back
    /// in 4 MiB chunks (a line at a time would reread 64 KiB per line of a large batch).
    static func openBatchStart(_ fd: Int32, datasetId: String) throws(JournalWriteError) -> Int? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw JournalWriter.fail("cannot read the journal") }
        var end = Int(st.st_size)          // the newline that ends the current line, + 1
        var chunkStart = end
        var chunk: [UInt8] = []            // bytes chunkStart..<end, a whole number of lines at its end
        while end > 0 {
            // The current line ends at end - 1; find its start inside the chunk, reading more as needed.
            var nl: Int? = nil
            while true {
                let upto = end - 1 - chunkStart
                if upto > 0, let k = chunk[0..<upto].lastIndex(of: 0x0A) { nl = chunkStart + k; break }
                if chunkStart == 0 { break }
                let from = max(0, chunkStart - (4 << 20))
                chunk = try read(fd, from, chunkStart) + chunk
                chunkStart = from
            }
            let start = (nl ?? -1) + 1
            let line = Array(chunk[(start - chunkStart)..<(end - 1 - chunkStart)])
            chunk.removeLast(chunk.count - (start - chunkStart))
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
