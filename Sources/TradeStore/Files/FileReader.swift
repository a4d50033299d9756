#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// Reads whole files with plain POSIX calls: fast, and every failure becomes a sentence.
public enum FileReader {
    /// Larger inputs are refused rather than read whole into memory (the general reader builds a
    /// tree per element; the deals fast path and the journal stream and have no such limit).
    public static let maxBytes = 256 << 20

    public enum Failure: Error, Sendable, Equatable {
        case missing, isDirectory, unreadable(String), tooLarge(Int)
        /// A FIFO, a device or a socket (named): never opened for reading, so it cannot block.
        case notAFile(String)

        public var sentence: String {
            switch self {
            case .missing: "the file does not exist"
            case .isDirectory: "is a directory, not a file"
            case .notAFile(let what): "is \(what), not a regular file"
            case .unreadable(let why): "cannot be read: \(why)"
            case .tooLarge(let n): "is too large to read whole (\(n) bytes; at most \(FileReader.maxBytes))"
            }
        }
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// What a file that is not a regular one is, in words ("a FIFO (named pipe)"), or nil for a
    /// regular file.
    public static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a file"
        }
    }

    static func refusal(_ mode: mode_t) -> Failure? {
        guard let what = kind(mode) else { return nil }
        return (mode & S_IFMT) == S_IFDIR ? .isDirectory : .notAFile(what)
    }

    /// Opens an existing regular file without ever blocking: it is looked at before it is opened
    /// (a FIFO, directory or device is refused unopened), opened with `O_NONBLOCK` (a FIFO swapped
    /// in meanwhile cannot hang the open) and looked at again through the descriptor.
    /// `flags` adds to `O_RDONLY | O_CLOEXEC | O_NONBLOCK` (e.g. `O_NOFOLLOW`).
    public static func openRegular(_ path: String, flags: Int32 = 0) -> Result<(fd: Int32, stat: stat), Failure> {
        var before = stat()
        if stat(path, &before) == 0, let refused = refusal(before.st_mode) { return .failure(refused) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | flags)
        if fd < 0 {
            let e = errno
            return .failure(e == ENOENT ? .missing : .unreadable(String(cString: strerror(e))))
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let why = String(cString: strerror(errno))
            close(fd)
            return .failure(.unreadable(why))
        }
        if let refused = refusal(st.st_mode) { close(fd); return .failure(refused) }
        return .success((fd, st))
    }

    public static func contents(of path: String) -> Result<[UInt8], Failure> {
        let fd: Int32, st: stat
        switch openRegular(path) {
        case .failure(let f): return .failure(f)
        case .success(let opened): (fd, st) = opened
        }
        defer { close(fd) }
        let size = Int(st.st_size)
        if size > maxBytes { return .failure(.tooLarge(size)) }
        var out = [UInt8]()
        out.reserveCapacity(size + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
            if out.count > maxBytes { return .failure(.tooLarge(out.count)) }
        }
        return .success(out)
    }
}
