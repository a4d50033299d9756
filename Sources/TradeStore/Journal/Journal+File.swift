#if canImport(Glibc)
import Glibc
#endif
import TradeModel

extension Journal {
    /// Applies the journal at `path` to `dataset`. A missing journal is an empty one; reading never
    /// creates or changes the file. Damaged lines are reported with their number and set aside.
    public static func replay(path: String, into dataset: inout Dataset) -> Replay {
        var cursor = Cursor()
        return replay(path: path, into: &dataset, cursor: &cursor, reportTorn: true)
    }

    /// Applies only what was appended since `cursor`.
    public static func replay(path: String, into dataset: inout Dataset, cursor: inout Cursor, reportTorn: Bool) -> Replay {
        var out = Replay()
        // A FIFO, directory or device is refused without being read (a FIFO would block forever,
        // a directory would read as an empty journal).
        let fd: Int32, st: stat
        switch FileReader.openRegular(path) {
        case .failure(.missing):
            if cursor.offset > 0 { out.rewritten = true }
            return out
        case .failure(let f):
            out.problems.append(Problem(.error, file: Sanitizer.line(path), path: "", at: nil, "the journal \(f.sentence)"))
            out.refused = true
            return out
        case .success(let opened): (fd, st) = opened
        }
        defer { close(fd) }
        let inode = UInt64(st.st_ino)
        let size = Int(st.st_size)
        if let known = cursor.inode, known != inode || size < cursor.offset {
            out.rewritten = true
            return out
        }
        cursor.inode = inode
        guard size > cursor.offset else { return out }
        var feed = Feed(path: path, dataset: dataset, cursor: &cursor)
        // Read in 4 MiB chunks: memory is bounded by a chunk and the longest line, not the file.
        var fileOffset = cursor.offset
        var buffer = [UInt8](repeating: 0, count: min(4 << 20, size - cursor.offset))
        while fileOffset < size {
            let want = min(buffer.count, size - fileOffset)
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, want, off_t(fileOffset)) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            fileOffset += n
            if !feed.feed(buffer[0..<n], into: &dataset, cursor: &cursor, plainLines: ParallelPlainLines.decoder) { return feed.replay }
        }
        return feed.finish(cursor: &cursor, reportTorn: reportTorn)
    }
}
