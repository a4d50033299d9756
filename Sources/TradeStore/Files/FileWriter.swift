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

    /// `mkdir -p`, which never goes through what another user put in a shared directory: each
    /// component, made or found, is judged by `SafePlace`'s strict rule before the next is made
    /// in it (a link or directory planted in `/tmp` by someone else is refused, not followed).
    public static func makeDirectories(_ path: String) throws(FileWriteError) {
        var parent = path.hasPrefix("/") ? "/" : "."
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw failure("cannot create \(current)") }
            var st = stat()
            if lstat(current, &st) != 0 { throw failure("cannot look at \(current)") }
            if let why = SafePlace.judge(current, st, in: parent, rule: .strict, uid: geteuid()) {
                throw FileWriteError(message: "will not create files under \(current): \(why)")
            }
            parent = current
        }
        guard FileReader.isDirectory(path) else { throw FileWriteError(message: "\(path) is not a directory") }
    }

    /// Writes `bytes` to a new temporary file beside `path`, then renames it into place.
    /// With `sync`, the file and its directory are fsync'ed before returning. The temporary file
    /// is created, never opened through a link someone put at its name (`O_EXCL | O_NOFOLLOW`).
    public static func write(_ bytes: [UInt8], to path: String, sync: Bool = false) throws(FileWriteError) {
        var tmp = "", fd: Int32 = -1
        for _ in 0..<100 {
            tmp = path + ".tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
            fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
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
