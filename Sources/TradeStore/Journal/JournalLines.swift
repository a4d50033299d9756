#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// The lines of an open journal, read with `pread` in chunks: memory is bounded by a chunk and
/// the longest line, never the file. A line longer than `maxLine` (longer than any event can be)
/// is handed over in parts, so even that is never held whole.
struct JournalLines {
    enum Piece {
        /// A line without its newline, where it starts in the file, and whether a newline ended it
        /// (false only for the bytes after the last newline: an interrupted write).
        case line([UInt8], offset: Int, terminated: Bool)
        /// Part of a line longer than `maxLine`: `first` for its start, `last` for its end.
        case part([UInt8], first: Bool, last: Bool, terminated: Bool)
    }

    let fd: Int32
    private(set) var size: Int
    let path: String
    let chunk: Int
    let maxLine: Int
    private var buffer: [UInt8] = []
    /// Where the current line starts in `buffer`, and how far it was searched for a newline.
    private var start = 0
    private var searched = 0
    /// Where `buffer[start]` is in the file, and where the next read starts.
    private var lineOffset = 0
    private var readOffset = 0
    private var inLongLine = false

    init(fd: Int32, size: Int, path: String, chunk: Int = 4 << 20, maxLine: Int = JSONParser.maxStringBytes) {
        self.fd = fd
        self.size = size
        self.path = path
        self.chunk = chunk
        self.maxLine = maxLine
    }

    mutating func next() throws(JournalMaintenanceError) -> Piece? {
        while true {
            if let nl = newline() {
                let bytes = Array(buffer[start..<nl])
                let offset = lineOffset
                lineOffset += nl - start + 1
                start = nl + 1
                searched = start
                if inLongLine {
                    inLongLine = false
                    return .part(bytes, first: false, last: true, terminated: true)
                }
                return .line(bytes, offset: offset, terminated: true)
            }
            searched = buffer.count
            if buffer.count - start > maxLine {
                let bytes = Array(buffer[start...])
                let first = !inLongLine
                inLongLine = true
                lineOffset += bytes.count
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
                return .part(bytes, first: first, last: false, terminated: false)
            }
            if readOffset < size {
                try read()
                continue
            }
            // The end of the file.
            let rest = Array(buffer[start...])
            buffer.removeAll()
            start = 0
            searched = 0
            if inLongLine {
                inLongLine = false
                return .part(rest, first: false, last: true, terminated: false)
            }
            if rest.isEmpty { return nil }
            lineOffset += rest.count
            return .line(rest, offset: lineOffset - rest.count, terminated: false)
        }
    }

    /// The next newline in the buffer after what was searched (memchr: fast in any build).
    private func newline() -> Int? {
        guard searched < buffer.count else { return nil }
        return buffer.withUnsafeBytes { b -> Int? in
            guard let p = memchr(b.baseAddress! + searched, 0x0A, b.count - searched) else { return nil }
            return b.baseAddress!.distance(to: UnsafeRawPointer(p))
        }
    }

    private mutating func read() throws(JournalMaintenanceError) {
        if start > 0 {
            buffer.removeFirst(start)
            searched -= start
            start = 0
        }
        let want = min(chunk, size - readOffset)
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: want) { buf, count in
            while true {
                let n = pread(fd, buf.baseAddress!, want, off_t(readOffset))
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno }
                count = max(0, n)
                return
            }
        }
        if failure != 0 {
            throw JournalMaintenanceError(.failed, "cannot read the journal \(path): \(String(cString: strerror(failure)))")
        }
        buffer.append(contentsOf: bytes)
        readOffset += bytes.count
        // Shorter than it was when locked: only what is there is read.
        if bytes.isEmpty { size = readOffset }
    }
}
