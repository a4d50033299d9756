#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written as it goes, beside the file it will become: created new and private
/// (`O_CREAT | O_EXCL | O_NOFOLLOW`, mode 0600, so no planted link or stale file is ever written
/// through), filled through a buffer, made durable, then renamed into place. Until then it is
/// removed when dropped. A buffer of zero bytes becomes a hole, as `cp` does for sparse files.
final class TempFile {
    static let bufferSize = 1 << 20
    private static let zeros = [UInt8](repeating: 0, count: bufferSize)

    let path: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes appended so far.
    private(set) var length = 0
    private var placed = false

    static func fail(_ what: String) -> FileWriteError {
        FileWriteError(message: "\(what): \(String(cString: strerror(errno)))")
    }

    /// A new file named `<destination>.tmp-<pid>-<random>`.
    init(beside destination: String) throws(FileWriteError) {
        var attempt = 0
        while true {
            let name = destination + ".tmp-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))"
            let fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 {
                self.fd = fd
                path = name
                break
            }
            attempt += 1
            if errno != EEXIST || attempt >= 100 { throw Self.fail("cannot create a file beside \(destination)") }
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit {
        if fd >= 0 { close(fd) }
        if !placed { unlink(path) }
    }

    func append(_ bytes: ArraySlice<UInt8>) throws(FileWriteError) {
        var rest = bytes
        while !rest.isEmpty {
            let take = min(rest.count, Self.bufferSize - buffer.count)
            buffer.append(contentsOf: rest.prefix(take))
            rest = rest.dropFirst(take)
            length += take
            if buffer.count == Self.bufferSize { try flush() }
        }
    }

    func append(_ byte: UInt8) throws(FileWriteError) {
        buffer.append(byte)
        length += 1
        if buffer.count == Self.bufferSize { try flush() }
    }

    private func flush() throws(FileWriteError) {
        guard !buffer.isEmpty else { return }
        let hole = buffer.count == Self.bufferSize && buffer.withUnsafeBytes { b in
            Self.zeros.withUnsafeBytes { z in memcmp(b.baseAddress!, z.baseAddress!, b.count) == 0 }
        }
        if hole {
            if lseek(fd, off_t(buffer.count), SEEK_CUR) < 0 { throw Self.fail("cannot write \(path)") }
        } else {
            var off = 0
            let failed = buffer.withUnsafeBytes { buf -> Bool in
                while off < buf.count {
                    let n = write(fd, buf.baseAddress! + off, buf.count - off)
                    if n < 0 { if errno == EINTR { continue }; return true }
                    off += n
                }
                return false
            }
            if failed { throw Self.fail("cannot write \(path)") }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and `fsync`s: the whole content is on the disk.
    func sync() throws(FileWriteError) {
        try flush()
        // A hole at the end is only a seek so far: give the file its length.
        if ftruncate(fd, off_t(length)) != 0 { throw Self.fail("cannot write \(path)") }
        if fsync(fd) != 0 { throw Self.fail("cannot make \(path) durable (fsync)") }
    }

    /// Gives the file the mode of `original`, and its owner and group where they differ (which
    /// only root, or the owner changing the group to one of theirs, may do: otherwise it fails,
    /// and the original is not replaced by a file others can no longer use).
    func keep(modeAndOwnerOf original: stat) throws(FileWriteError) {
        if fchmod(fd, original.st_mode & 0o7777) != 0 { throw Self.fail("cannot give \(path) the journal's mode") }
        var mine = stat()
        guard fstat(fd, &mine) == 0 else { throw Self.fail("cannot look at \(path)") }
        if mine.st_uid != original.st_uid || mine.st_gid != original.st_gid {
            if fchown(fd, original.st_uid, original.st_gid) != 0 {
                throw Self.fail("cannot give \(path) the journal's owner (uid \(original.st_uid), gid \(original.st_gid)); run this as the journal's owner")
            }
            // chown clears set-id bits: put the mode back.
            if fchmod(fd, original.st_mode & 0o7777) != 0 { throw Self.fail("cannot give \(path) the journal's mode") }
        }
    }

    /// Renames the (synced) file to `destination`, replacing what is there.
    func place(at destination: String) throws(FileWriteError) {
        if rename(path, destination) != 0 { throw Self.fail("cannot rename \(path) to \(destination)") }
        placed = true
        close(fd)
        fd = -1
    }

    /// Renames the (synced) file to a name starting with `prefix` that nothing has yet
    /// (`prefix`, else `prefix-2`, …): never replaces an earlier file.
    func placeNew(_ prefix: String) throws(FileWriteError) -> String {
        var n = 1
        while true {
            let name = n == 1 ? prefix : prefix + "-\(n)"
            // link() fails if the name exists, so nothing is ever overwritten.
            if link(path, name) == 0 {
                unlink(path)
                placed = true
                close(fd)
                fd = -1
                return name
            }
            if errno == EEXIST && n < 1000 { n += 1; continue }
            // A file system without hard links: rename, after making sure the name is free.
            var st = stat()
            if errno != EEXIST && lstat(name, &st) != 0 && errno == ENOENT {
                try place(at: name)
                return name
            }
            throw Self.fail("cannot create \(name)")
        }
    }
}
