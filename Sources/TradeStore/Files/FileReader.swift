#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// Reads whole files with plain POSIX calls: fast, and every failure becomes a sentence.
public enum FileReader {
    /// Larger inputs are refused rather than read whole into memory (the general reader builds a
    /// tree per element; the deals fast path streams and has no such limit).
    public static let maxBytes = 256 << 20

    public enum Failure: Error, Sendable, Equatable {
        case missing, isDirectory, unreadable(String), tooLarge(Int)

        public var sentence: String {
            switch self {
            case .missing: "the file does not exist"
            case .isDirectory: "is a directory, not a file"
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

    public static func contents(of path: String) -> Result<[UInt8], Failure> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            return .failure(e == ENOENT ? .missing : .unreadable(String(cString: strerror(e))))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        if (st.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory) }
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
