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
        cursor.expect(bytes: size - cursor.offset)
        var feed = Feed(path: path, dataset: dataset, cursor: &cursor)
        // Read in 4 MiB chunks: memory is bounded by two chunks and the longest line, not the file.
        // The next chunk is read and decoded on the other core while this one's events apply. A
        // chunk ends at its last newline (the rest is read again with the next), so the feed holds
        // no part line between chunks and uses each chunk where it lies.
        var fileOffset = cursor.offset
        let chunkSize = min(4 << 20, size - cursor.offset)
        func read() -> [UInt8]? {
            guard fileOffset < size else { return nil }
            let want = min(chunkSize, size - fileOffset)
            var n = 0
            let buffer = [UInt8](unsafeUninitializedCapacity: want) { b, count in
                repeat { n = pread(fd, b.baseAddress!, want, off_t(fileOffset)) } while n < 0 && errno == EINTR
                // Up to the last newline, unless this is the file's end (or no newline is in it).
                count = max(0, n)
                if n > 0, fileOffset + n < size, let nl = b[..<n].lastIndex(of: 0x0A) { count = nl + 1 }
            }
            if n <= 0 { return nil }
            fileOffset += buffer.count
            return buffer
        }
        let datasetId = dataset.datasetId
        var carry: [UInt8] = []
        var chunk = read()
        var ahead = chunk.map { JournalReadAhead(carry: carry, chunk: $0, datasetId: datasetId) }
        while let c = chunk {
            let carryAfter = JournalReadAhead.carry(after: carry, c[...])
            let next = read()
            let nextAhead = next.map { JournalReadAhead(carry: carryAfter, chunk: $0, datasetId: datasetId) }
            let current = ahead
            let fed = feed.feed(c[...], into: &dataset, cursor: &cursor) { bytes, id in
                current?.take(bytes) ?? ParallelPlainLines.decoder(bytes, id)
            }
            current?.finish()
            if !fed {
                nextAhead?.finish()
                return feed.replay
            }
            (carry, chunk, ahead) = (carryAfter, next, nextAhead)
        }
        return feed.finish(cursor: &cursor, reportTorn: reportTorn)
    }
}
