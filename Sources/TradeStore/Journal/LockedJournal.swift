#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// A journal opened for maintenance: symbolic links resolved (maintenance changes the file a link
/// names, never the link), a regular file, locked like the writers lock it, and — checked after
/// the lock was granted — still the file the path names. A `journal repair` that replaced the file
/// while this one waited is noticed, and the new file is opened instead, as `JournalWriter` does.
final class LockedJournal {
    let fd: Int32
    /// The real path, links resolved: where a repaired journal is renamed to.
    let target: String
    /// The file as opened: its size, mode and owner.
    let status: stat
    /// The path given is a symbolic link (to `target`).
    let isLink: Bool

    private init(fd: Int32, target: String, status: stat, isLink: Bool) {
        self.fd = fd
        self.target = target
        self.status = status
        self.isLink = isLink
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Nil when there is no journal at `path`. `exclusive` for a repair (writers wait), shared for
    /// a check or a copy (writers wait, readers do not).
    static func open(_ path: String, exclusive: Bool) throws(JournalMaintenanceError) -> LockedJournal? {
        while true {
            guard let target = realPath(path) else {
                if errno == ENOENT { return nil }
                throw failure("cannot find the journal \(path)")
            }
            let fd: Int32, status: stat
            // O_NOFOLLOW: the path is resolved; a link put there since is met on the next round.
            switch FileReader.openRegular(target, flags: O_NOFOLLOW) {
            case .failure(.missing): continue
            case .failure(.unreadable(let why)): throw JournalMaintenanceError(.failed, "cannot open the journal \(path): \(why)")
            case .failure(let f): throw JournalMaintenanceError(.refused, "the journal \(path) \(f.sentence)")
            case .success(let opened): (fd, status) = opened
            }
            while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
                if errno != EINTR {
                    let e = failure("cannot lock the journal \(path)")
                    close(fd)
                    throw e
                }
            }
            // Another repair may have renamed a new file into place while we waited.
            var now = stat()
            if stat(target, &now) == 0, now.st_dev == status.st_dev, now.st_ino == status.st_ino, realPath(path) == target {
                var locked = stat(), link = stat()
                fstat(fd, &locked)
                let isLink = lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK
                return LockedJournal(fd: fd, target: target, status: locked, isLink: isLink)
            }
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    static func failure(_ what: String) -> JournalMaintenanceError {
        JournalMaintenanceError(.failed, "\(what): \(String(cString: strerror(errno)))")
    }

    static func realPath(_ path: String) -> String? {
        guard let r = realpath(path, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }
}
