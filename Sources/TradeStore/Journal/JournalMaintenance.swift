#if canImport(Glibc)
import Glibc
#endif
import TradeModel

/// `trade-tui journal check | repair | export`. Each streams the journal (memory bounded by a chunk
/// and the longest line, never the file), under the writers' lock, and every failure says why.
public enum JournalMaintenance {
    public struct Report: Sendable {
        /// False when there is no journal at the path (nothing has been changed yet).
        public var found = true
        public var lines = 0
        public var events = 0
        public var problems: [Problem] = []
        public var refused = false
        /// Why the file itself cannot be used (not a regular file, cannot be opened), if so.
        public var unusable: String?
        public var tornTail = 0
        /// Lines that cannot be used (damaged, or a field that cannot be read).
        public var damaged = 0
        public var clean: Bool { !refused && damaged == 0 && tornTail == 0 }
    }

    /// Replays the journal against the fixtures and reports without changing anything: what
    /// loading it would find, line for line (`Journal.Feed` judges each line).
    public static func check(path: String, dataset: Dataset) -> Report {
        var report = Report()
        let journal: LockedJournal
        do {
            guard let j = try LockedJournal.open(path, exclusive: false) else { report.found = false; return report }
            journal = j
        } catch {
            report.refused = true
            report.unusable = error.message
            report.problems = [Problem(.error, file: Sanitizer.line(path), path: "", at: nil, error.message)]
            return report
        }
        // The lock is held until the end, not only until the descriptor's last use.
        defer { withExtendedLifetime(journal) {} }
        var ds = dataset
        var cursor = Journal.Cursor()
        var feed = Journal.Feed(path: path, dataset: dataset, cursor: &cursor)
        var lines = JournalLines(fd: journal.fd, size: Int(journal.status.st_size), path: path)
        var long: [Problem] = []
        var longLines = 0
        var line = 0
        do {
            while let piece = try lines.next() {
                switch piece {
                case .line(var bytes, _, let terminated):
                    line += 1
                    if terminated { bytes.append(0x0A) }
                    if !feed.feed(bytes[...], into: &ds, cursor: &cursor) {
                        return Report(lines: line, events: feed.replay.applied, problems: feed.replay.problems,
                                      refused: true, damaged: feed.replay.setAside + longLines)
                    }
                case .part(_, let first, let last, _):
                    // Longer than any event: never decoded. The feed sees an empty line, so it
                    // counts lines on; the warning is the one loading gives.
                    if first {
                        line += 1
                        longLines += 1
                        long.append(Problem(.warning, file: Sanitizer.line(path), path: "line \(line)", at: JSONLocation(line: line, column: 1),
                                            "line \(line) is longer than \(JSONParser.maxStringBytes >> 20) MiB; it is set aside and the rest is used"))
                    }
                    if last && !feed.feed([0x0A][...], into: &ds, cursor: &cursor) { report.refused = true }
                }
            }
        } catch {
            report.refused = true
            report.unusable = error.message
            report.problems = [Problem(.error, file: Sanitizer.line(path), path: "", at: nil, error.message)]
            return report
        }
        let r = feed.finish(cursor: &cursor, reportTorn: true)
        let problems = (r.problems + long).enumerated().sorted {
            ($0.element.location?.line ?? 0, $0.offset) < ($1.element.location?.line ?? 0, $1.offset)
        }.map(\.element)
        return Report(lines: line, events: r.applied, problems: problems, refused: r.refused, tornTail: r.tornTail,
                      damaged: r.setAside + longLines)
    }

    /// A consistent copy for backup (`journal export`, also called `journal backup`): taken under
    /// the shared lock, streamed to a new file beside `destination`, `fsync`ed and renamed into
    /// place, with the journal's mode. Returns the bytes copied.
    public static func export(path: String, to destination: String) throws(JournalMaintenanceError) -> Int {
        guard let journal = try LockedJournal.open(path, exclusive: false) else {
            throw JournalMaintenanceError(.failed, "there is no journal at \(path)")
        }
        defer { withExtendedLifetime(journal) {} }
        let size = Int(journal.status.st_size)
        do {
            let copy = try TempFile(beside: destination)
            var lines = JournalLines(fd: journal.fd, size: size, path: path)
            while let piece = try lines.next() {
                switch piece {
                case .line(let bytes, _, let terminated), .part(let bytes, _, _, let terminated):
                    try copy.append(bytes[...])
                    if terminated { try copy.append(0x0A) }
                }
            }
            guard copy.length == size else {
                throw JournalMaintenanceError(.failed, "the journal \(path) changed size while it was copied (\(size) → \(copy.length) bytes); nothing was written")
            }
            try copy.keep(modeAndOwnerOf: ownedByMe(journal.status))
            try copy.sync()
            try copy.place(at: destination)
            JournalWriter.syncDirectory(directory(of: destination))
            return size
        } catch let e as FileWriteError {
            throw JournalMaintenanceError(.failed, e.message)
        } catch let e as JournalMaintenanceError {
            throw e
        } catch {
            throw JournalMaintenanceError(.failed, "\(error)")
        }
    }

    /// `st` with this process as its owner: a backup keeps the journal's mode, but belongs to
    /// whoever made it.
    static func ownedByMe(_ st: stat) -> stat {
        var mine = st
        mine.st_uid = geteuid()
        mine.st_gid = getegid()
        return mine
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
