extension Journal {
    /// The complete lines of `bytes` (each up to, not including, its newline): what a feed applies
    /// and what a read-ahead decodes, found the same way.
    public static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] { lineRanges(bytes, in: 0..<bytes.count) }

    /// The complete lines of `bytes[r]` (`r` starts a line).
    public static func lineRanges(_ bytes: [UInt8], in r: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(r.count / 128)
        var from = r.lowerBound
        bytes.withUnsafeBytes { all in
            let b = UnsafeRawBufferPointer(rebasing: all[..<r.upperBound])
            var i = r.lowerBound
            // Thirty-two bytes a step: each newline byte of a word is flagged exactly (no carry
            // crosses bytes), and the flags name the newlines' places.
            @inline(__always) func newlines(_ at: Int) -> UInt64 {
                let x = b.loadUnaligned(fromByteOffset: at, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
            }
            @inline(__always) func take(_ flags: UInt64, _ at: Int) {
                var m = flags
                while m != 0 {
                    let j = at + (m.trailingZeroBitCount >> 3)
                    ranges.append(from..<j)
                    from = j + 1
                    m &= m &- 1
                }
            }
            while i + 32 <= b.count {
                let (m0, m1, m2, m3) = (newlines(i), newlines(i + 8), newlines(i + 16), newlines(i + 24))
                if m0 | m1 | m2 | m3 != 0 {
                    take(m0, i); take(m1, i + 8); take(m2, i + 16); take(m3, i + 24)
                }
                i += 32
            }
            while i + 8 <= b.count {
                take(newlines(i), i)
                i += 8
            }
            for j in i..<b.count where b[j] == 0x0A {
                ranges.append(from..<j)
                from = j + 1
            }
        }
        return ranges
    }

    /// A batch begun and not yet committed where reading stopped.
    public struct OpenBatch: Sendable, Equatable {
        public var id: String
        /// Events it announced, and how many of them were read.
        public var expected: Int
        public var read: Int
        /// The line of its `batchBegin`.
        public var line: Int

        public init(id: String, expected: Int, read: Int, line: Int) {
            self.id = id
            self.expected = expected
            self.read = read
            self.line = line
        }
    }

    /// Reads the journal's bytes chunk by chunk and applies each complete line (`TradeStore` reads
    /// the file). What reading holds is bounded by a chunk and the longest line (the data applied
    /// grows with the journal, as it must). The events of a
    /// batch are held until its commit and then applied together; a batch still open at the end is
    /// not applied, and the cursor is left before it, so the next look reads it whole.
    public struct Feed {
        let path: String
        let d = Diagnostics()
        var index: ActionIndex
        var pending: [UInt8] = []
        var skippingLongLine = false
        /// Whether the id index was given room for the journal's deals (`Cursor.expectedEvents`).
        var reserved = false
        /// What reading the hash tables ahead read (`applyRun`, `EventIdSet.touch`), kept so it is
        /// not dropped.
        var touched: UInt64 = 0
        /// The batch being read (carried over from an earlier look by the cursor).
        var batch: PendingBatch?
        public internal(set) var replay = Replay()

        /// Takes the cursor's id index for the length of the feed (given back by `finish`), so
        /// applying events never copies it.
        public init(path: String, dataset: Dataset, cursor: inout Cursor) {
            self.path = path
            index = cursor.index ?? ActionIndex(dataset)
            cursor.index = nil
            batch = cursor.pendingBatch
            cursor.pendingBatch = nil
        }

        func warn(_ line: Int, _ message: String) {
            d.warning(path, "line \(line)", JSONLocation(line: line, column: 1), message)
        }

        /// Applies every complete line of `chunk` (after what was left of the last one). False
        /// when the journal must be refused (another data set, a newer format): stop reading.
        public mutating func feed(_ chunk: ArraySlice<UInt8>, into dataset: inout Dataset, cursor: inout Cursor,
                                  plainLines: PlainLineDecoder? = nil) -> Bool {
            // A chunk that starts a line is used where it is (no copy).
            if pending.isEmpty { pending = Array(chunk) } else { pending.append(contentsOf: chunk) }
            // The lines, and the plain ones decoded ahead (on several cores when the reader gives a
            // decoder); the rest, one by one below, where problems are located and explained.
            var ahead = plainLines?(pending, dataset.datasetId) ?? PlainLines(pending)
            let ranges = ahead.ranges
            cursor.seen.reserve(cursor.seen.count + ranges.count)
            if !reserved {
                // Room in the id index and the deal log for the deals the rest of the journal may
                // record, once: growing by doubling copies each column into fresh pages again
                // (at 1M, a third of reading's page faults).
                dataset.deals.reserveIds(dataset.deals.count + cursor.expectedEvents)
                dataset.dealLog.reserveCapacity(dataset.dealLog.count + cursor.expectedEvents)
                reserved = true
            }
            // Where line k's plain decoding is: part p, line j of it; that part's rows and atoms.
            var (p, j) = (0, 0)
            var rows = Rows()
            var atoms = RowAtoms(rows, places: index.places.count)
            // Rows are applied a run at a time: before any other line, a new part, and the end.
            var run = RowRun()
            var start = 0
            for range in ranges {
                let nl = range.upperBound
                let lineOffset = cursor.offset
                cursor.line += 1
                cursor.offset += nl - start + 1
                defer { start = nl + 1 }
                var plain: Int32?
                while p < ahead.parts.count && j == ahead.parts[p].lines.count { (p, j) = (p + 1, 0) }
                if p < ahead.parts.count {
                    if j == 0 {
                        applyRun(rows, &run, bytes: pending, atoms: &atoms, into: &dataset, cursor: &cursor)
                        rows = ahead.parts[p].rows
                        atoms = RowAtoms(rows, places: index.places.count)
                    }
                    plain = ahead.parts[p].lines[j]
                    j += 1
                }
                if skippingLongLine { skippingLongLine = false; continue }
                // A row is a recorded deal (not a blank line): its bytes are not read again here.
                if let code = plain, code >= 0 {
                    run.append((Int(code), cursor.line))
                    continue
                }
                let line = pending[start..<nl]
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
                applyRun(rows, &run, bytes: pending, atoms: &atoms, into: &dataset, cursor: &cursor)
                let decoded: Decoded
                switch plain {
                case let code? where code <= -2: decoded = ahead.parts[p].take(code: code)
                case _?: decoded = decodeGeneral(Array(line), line: cursor.line, datasetId: dataset.datasetId, d)
                case nil: decoded = decode(Array(line), line: cursor.line, datasetId: dataset.datasetId, d)
                }
                switch decoded {
                case .setAside: replay.setAside += 1
                case .unknownType: break
                case .refuse:
                    replay.refused = true
                    // Named after the file, as `finish` names them (a row's warnings and an
                    // event's are the same words from the same place).
                    replay.problems = d.problems.map { var p = $0; p.file = Sanitizer.line(path); return p }
                    cursor.index = index
                    // Stay before the line: every later look refuses it too, never reads past it.
                    cursor.offset = lineOffset
                    cursor.line -= 1
                    return false
                case .batchBegin(let id, let n):
                    abandonOpenBatch(before: cursor.line)
                    batch = PendingBatch(open: OpenBatch(id: id, expected: n, read: 0, line: cursor.line), events: [], lines: [])
                case .batchCommit(let id, let n):
                    commit(id, n, line: cursor.line, into: &dataset, cursor: &cursor)
                case .event(let e, let batchId?):
                    guard batch?.open.id == batchId else {
                        warn(cursor.line, "belongs to the batch \(Sanitizer.line(batchId)), which does not begin before it; it is set aside")
                        replay.setAside += 1
                        continue
                    }
                    batch?.events.append(e)
                    batch?.lines.append(cursor.line)
                    batch?.open.read += 1
                case .event(let e, nil):
                    abandonOpenBatch(before: cursor.line)
                    apply(e, line: cursor.line, into: &dataset, cursor: &cursor)
                }
            }
            applyRun(rows, &run, bytes: pending, atoms: &atoms, into: &dataset, cursor: &cursor)
            if start == pending.count { pending = [] } else { pending.removeFirst(start) }
            if pending.count > maxLineBytes && !skippingLongLine {
                // A line longer than any event can be: set aside, read on after its end.
                warn(cursor.line + 1, "line \(cursor.line + 1) is longer than \(maxLineBytes >> 20) MiB; it is set aside and the rest is used")
                skippingLongLine = true
                replay.setAside += 1
                cursor.offset += pending.count
                pending.removeAll()
            } else if skippingLongLine {
                cursor.offset += pending.count
                pending.removeAll()
            }
            return true
        }

        mutating func apply(_ e: JournalEvent, line: Int, into dataset: inout Dataset, cursor: inout Cursor) {
            guard cursor.seen.insert(e.eventId) else {
                warn(line, "repeats the event \(Sanitizer.line(e.eventId)); the copy is ignored")
                return
            }
            if Journal.apply(e, to: &dataset, index: &index, line: line, d) { replay.applied += 1 }
        }

        /// All of the batch's events, in order, once its commit says how many there were.
        mutating func commit(_ id: String, _ n: Int, line: Int, into dataset: inout Dataset, cursor: inout Cursor) {
            guard let b = batch, b.open.id == id else {
                warn(line, "commits the batch \(Sanitizer.line(id)), which does not begin before it; it is set aside")
                replay.setAside += 1
                return
            }
            batch = nil
            guard b.events.count == n, b.open.expected == n else {
                warn(b.open.line, "the batch \(Sanitizer.line(id)) announced \(Labels.count(b.open.expected, "event", "events")) and holds \(b.events.count) (commit says \(n)); none of them is applied")
                replay.setAside += b.events.count + 2
                return
            }
            // A batch is one change: if any of its events was made from a version that is no
            // longer current, none of it applies.
            if let c = Journal.firstConflict(b.events, in: dataset, index: index) {
                dataset.conflicts.append(contentsOf: b.events.map { Conflict(event: $0, basedOn: c.basedOn, current: c.current) })
                for e in b.events { cursor.seen.insert(e.eventId) }
                return
            }
            for (e, l) in zip(b.events, b.lines) { apply(e, line: l, into: &dataset, cursor: &cursor) }
        }

        /// A batch followed by anything but its own lines was interrupted and never committed:
        /// none of it is applied (the next writer moves such a tail aside; this is an older one).
        mutating func abandonOpenBatch(before line: Int) {
            guard let b = batch else { return }
            warn(b.open.line, "the batch \(Sanitizer.line(b.open.id)) was interrupted (\(b.events.count) of \(Labels.count(b.open.expected, "event", "events")), no commit); none of it is applied")
            replay.setAside += b.events.count + 1
            batch = nil
        }

        /// What replaying found. Bytes after the last newline are an interrupted write (or one in
        /// progress): reported when `reportTorn`, never applied. So is a batch still open.
        public mutating func finish(cursor: inout Cursor, reportTorn: Bool) -> Replay {
            cursor.index = index
            if let b = batch {
                // Kept with the cursor until its commit: it is being written, or was interrupted.
                cursor.pendingBatch = b
                replay.openBatch = b.open
                if reportTorn {
                    warn(b.open.line, "a batch of \(Labels.count(b.open.expected, "event", "events")) begins here and is not committed (\(b.events.count) read); it is not applied, and the next change moves it aside")
                }
            } else if !pending.isEmpty {
                replay.tornTail = pending.count
                if reportTorn {
                    warn(cursor.line + 1, "the last line is incomplete (\(Labels.count(replay.tornTail, "byte", "bytes")) of an interrupted write); it is ignored, and the next change moves it aside")
                }
            }
            replay.problems = d.problems.map { var p = $0; p.file = Sanitizer.line(path); return p }
            return replay
        }
    }
}
