#if canImport(Glibc)
import Glibc
#endif
import TradeModel

extension JournalMaintenance {
    public struct RepairOutcome: Sendable {
        /// Lines kept in the journal.
        public var kept = 0
        /// Lines moved to `asidePath`: damaged, an interrupted last line, longer than any event,
        /// or repeating an event id with other content.
        public var setAside = 0
        /// Of `setAside`: lines that repeat an event id with other content (the first is kept).
        public var changedRepeats = 0
        /// Exact copies of an earlier line, dropped: the event stays in the journal once.
        public var exactRepeats = 0
        /// Where the set-aside lines went (never deleted).
        public var asidePath: String?
        /// The file rewritten (a symbolic link's target, never the link); nil when the journal
        /// needed no change and was left as it was.
        public var repaired: String?
        /// The path given was a symbolic link: `repaired` is the file it names, the link is kept.
        public var throughLink = false
    }

    /// Keeps every usable line and moves every other one to `<journal>.damaged-<time>-<pid>`, under
    /// the writers' exclusive lock, after checking the path still names the locked file. Refuses,
    /// changing nothing, a journal `check` refuses (another data set's, a newer format's). The
    /// journal is replaced atomically — streamed to a file beside it with its mode and owner,
    /// `fsync`ed, renamed — and a symbolic link is left in place, its target repaired.
    public static func repair(path: String, dataset: Dataset) throws(JournalMaintenanceError) -> RepairOutcome {
        guard let journal = try LockedJournal.open(path, exclusive: true) else {
            throw JournalMaintenanceError(.failed, "there is no journal at \(path)")
        }
        defer { withExtendedLifetime(journal) {} }
        do {
            return try repair(journal, path: path, dataset: dataset)
        } catch let e as FileWriteError {
            throw JournalMaintenanceError(.failed, e.message + "; the journal was not changed")
        } catch let e as JournalMaintenanceError {
            throw e
        } catch {
            throw JournalMaintenanceError(.failed, "\(error)")
        }
    }

    private static func repair(_ journal: LockedJournal, path: String, dataset: Dataset) throws -> RepairOutcome {
        let target = journal.target
        let good = try TempFile(beside: target)
        var bad: TempFile?
        var out = RepairOutcome()
        func setAside(_ bytes: [UInt8], endsLine: Bool = true) throws {
            if bad == nil { bad = try TempFile(beside: target) }
            try bad?.append(bytes[...])
            if endsLine { try bad?.append(0x0A) }
        }
        func keep(_ bytes: [UInt8]) throws {
            try good.append(bytes[...])
            try good.append(0x0A)
            out.kept += 1
        }
        /// Where each event id was first seen, to tell an exact repeat from a changed one.
        var first: [String: (offset: Int, length: Int)] = [:]
        var blankLines = 0
        var number = 0
        var lines = JournalLines(fd: journal.fd, size: Int(journal.status.st_size), path: path)
        while let piece = try lines.next() {
            switch piece {
            case .part(let bytes, let isFirst, let last, _):
                // Longer than any event: set aside whole, streamed.
                if isFirst { number += 1; out.setAside += 1 }
                try setAside(bytes, endsLine: last)
            case .line(let bytes, let offset, let terminated):
                number += 1
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { blankLines += 1; continue }
                // An interrupted write: never applied by a reader, so never kept as an event.
                guard terminated else { try setAside(bytes); out.setAside += 1; continue }
                let d = Diagnostics()
                switch Journal.decode(bytes, line: number, datasetId: dataset.datasetId, d) {
                case .refuse:
                    let problems = d.problems.map { var p = $0; p.file = Sanitizer.line(path); return p }
                    throw JournalMaintenanceError(.refused, "the journal \(path) cannot be used with this data set; nothing was changed", problems: problems)
                case .setAside:
                    try setAside(bytes)
                    out.setAside += 1
                case .unknownType:
                    try keep(bytes) // a newer version's event type: kept, not ours to judge
                case .batchBegin, .batchCommit:
                    try keep(bytes) // a batch's frame: readers apply its events whole or not at all
                case .event(let e, batch: .some):
                    // Inside a batch every line stays, so its count still holds (readers apply a
                    // repeated event once).
                    if first[e.eventId] == nil { first[e.eventId] = (offset, bytes.count) }
                    try keep(bytes)
                case .event(let e, batch: nil):
                    if let seen = first[e.eventId] {
                        if try same(journal.fd, at: seen.offset, length: seen.length, as: bytes, path: path) {
                            out.exactRepeats += 1 // adds nothing: the event stays once
                        } else {
                            try setAside(bytes)
                            out.setAside += 1
                            out.changedRepeats += 1
                        }
                    } else {
                        first[e.eventId] = (offset, bytes.count)
                        try keep(bytes)
                    }
                }
            }
        }
        guard out.setAside > 0 || out.exactRepeats > 0 || blankLines > 0 else { return out }
        let directory = directory(of: target)
        // Whatever can fail fails before anything is placed (the owner first: only root, or the
        // owner, may give a file the journal's owner).
        try good.keep(modeAndOwnerOf: journal.status)
        try good.sync()
        // The set-aside lines are durable under their own name before the journal loses them.
        if let bad {
            try bad.keep(modeAndOwnerOf: journal.status)
            try bad.sync()
            out.asidePath = try bad.placeNew(target + ".damaged-\(JournalClock.compactStamp())-\(getpid())")
            JournalWriter.syncDirectory(directory)
        }
        try good.place(at: target)
        JournalWriter.syncDirectory(directory)
        out.repaired = target
        out.throughLink = journal.isLink
        return out
    }

    /// Whether the line at `offset` in the (locked) journal is exactly `bytes`.
    private static func same(_ fd: Int32, at offset: Int, length: Int, as bytes: [UInt8], path: String) throws(JournalMaintenanceError) -> Bool {
        guard length == bytes.count else { return false }
        var earlier = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let n = earlier.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, length - done, off_t(offset + done)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw JournalMaintenanceError(.failed, "cannot read the journal \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { return false }
            done += n
        }
        return earlier == bytes
    }
}
