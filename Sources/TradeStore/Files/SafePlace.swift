#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which files trade-tui may follow or create. In a directory anyone can write to (`/tmp`), another
/// user can plant a symbolic link, or a directory of their own to put links in later. There, only
/// entries owned by the user running trade-tui, root, or the directory's owner are trusted — the
/// kernel's `protected_symlinks` rule, checked here because it is often switched off.
public enum SafePlace {
    public enum Rule: Sendable {
        /// A path the user named: only a symbolic link planted by another user is refused.
        case links
        /// A place trade-tui chooses and creates (the default journal): also a file or directory
        /// owned by another user, and a world-writable directory without the sticky bit.
        case strict
    }

    /// Why the existing part of `path` cannot be trusted, or nil. Each component is looked at
    /// without following it (`lstat`), in its directory as reached (through links already judged);
    /// the walk stops at the first component that does not exist yet.
    public static func problem(with path: String, rule: Rule, uid: uid_t = geteuid()) -> String? {
        var parent = path.hasPrefix("/") ? "/" : "."
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            var st = stat()
            if lstat(current, &st) != 0 { return nil }
            if let why = judge(current, st, in: parent, rule: rule, uid: uid) { return why }
            parent = current
        }
        return nil
    }

    /// Why the entry `path` (whose `lstat` is `st`) in the directory `parent` is not trusted, or nil.
    static func judge(_ path: String, _ st: stat, in parent: String, rule: Rule, uid: uid_t) -> String? {
        var dir = stat()
        guard stat(parent, &dir) == 0, dir.st_mode & S_IWOTH != 0 else { return nil }
        if rule == .strict && dir.st_mode & S_ISVTX == 0 {
            return "\(parent) can be written by anyone and is not sticky, so anyone can replace \(path)"
        }
        if st.st_uid == uid || st.st_uid == 0 || st.st_uid == dir.st_uid { return nil }
        if (st.st_mode & S_IFMT) == S_IFLNK {
            return "\(path) is a symbolic link owned by another user (uid \(st.st_uid)) in the shared directory \(parent); it is not followed"
        }
        if rule == .strict {
            return "\(path) belongs to another user (uid \(st.st_uid)) in the shared directory \(parent)"
        }
        return nil
    }
}
