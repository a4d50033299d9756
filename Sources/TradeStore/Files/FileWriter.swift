#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// Whole-file writes and directory creation with POSIX calls.
public enum FileWriter {
    static func failure(_ what: String) -> FileWriteError {
        FileWriteError(message: "\(what): \(String(cString: strerror(errno)))")
    }

    /// `mkdir -p`.
    public static func makeDirectories(_ path: String) throws(FileWriteError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw failure("cannot create \(current)") }
        }
        guard FileReader.isDirectory(path) else { throw FileWriteError(message: "\(path) is not a directory") }
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it into place.
    /// With `sync`, the file and its directory are fsync'ed before returning.
    public static func write(_ bytes: [UInt8], to path: String, sync: Bool = false) throws(FileWriteError) {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw failure("cannot create \(tmp)") }
        var off = 0
        let ok = bytes.withUnsafeBytes { buf -> Bool in
            while off < buf.count {
                let n = systemWrite(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 { if errno == EINTR { continue }; return false }
                off += n
            }
            return true
        }
        if !ok { let e = failure("cannot write \(tmp)"); close(fd); unlink(tmp); throw e }
        if sync && fsync(fd) != 0 { let e = failure("cannot sync \(tmp)"); close(fd); unlink(tmp); throw e }
        if close(fd) != 0 { let e = failure("cannot write \(tmp)"); unlink(tmp); throw e }
        if rename(tmp, path) != 0 { let e = failure("cannot rename to \(path)"); unlink(tmp); throw e }
        if sync, let slash = path.lastIndex(of: "/") {
            JournalWriter.syncDirectory(slash == path.startIndex ? "/" : String(path[..<slash]))
        }
    }
}

@inline(__always)
func systemWrite(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int { write(fd, buf, n) }
