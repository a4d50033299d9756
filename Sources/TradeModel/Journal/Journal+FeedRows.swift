extension Journal {
    /// A part's atoms as the data set's, each found once (`Feed.applyRun`), and which of its
    /// missions are places the data set knows.
    struct RowAtoms {
        var map: [UInt32]
        /// By the part's mission atom: 1 a known mission or agreement, 0 not, -1 not looked up.
        var known: [Int8]
        /// By the part's user number: the log's number for that user, or -1 not looked up yet.
        var users: [Int64]
        /// How many places there were when `known` was filled (a mission created since empties it).
        var places: Int

        init(_ rows: Rows, places: Int) {
            map = [UInt32](repeating: 0, count: rows.atoms.count)
            known = [Int8](repeating: -1, count: rows.atoms.count)
            users = [Int64](repeating: -1, count: rows.users.count)
            self.places = places
        }

        mutating func main(_ a: UInt32, _ from: AtomTable, _ to: inout AtomTable) -> UInt32 {
            if a == 0 { return 0 }
            if map[Int(a)] == 0 { map[Int(a)] = to.intern(from[a]) }
            return map[Int(a)]
        }
    }
}

extension Journal.Feed {
    /// A run of single recorded deals decoded as rows, with their lines (no other line between).
    typealias RowRun = [(row: Int, line: Int)]

    /// Applies a run of rows: exactly what `Journal.apply` does with each event in turn (the same
    /// checks, warnings in the same order, deals and log entries), with no `Deal`, `JournalEvent`
    /// or event-id string made. Each row is checked in order — a repeated event, an unknown
    /// mission, a deal id recorded before (in the table, or earlier in the run) — then the rows
    /// taken are appended together, their atoms mapped once a part.
    mutating func applyRun(_ rows: Journal.Rows, _ run: inout RowRun, bytes: [UInt8], atoms: inout Journal.RowAtoms,
                           into ds: inout Dataset, cursor: inout Journal.Cursor) {
        guard let first = run.first else { return }
        defer { run.removeAll(keepingCapacity: true) }
        abandonOpenBatch(before: first.line)
        if atoms.places != index.places.count { atoms = Journal.RowAtoms(rows, places: index.places.count) }
        let base = ds.deals.count
        var taken: [DealRow] = []
        var takenRows: [Int] = []
        taken.reserveCapacity(run.count)
        takenRows.reserveCapacity(run.count)
        var ahead = -1
        for (r, line) in run {
            if r > ahead {
                // The next 64 rows' slots in both hash tables, read together (a few misses' time,
                // not 128): their inserts below then find them in the cache.
                let next = r..<Swift.min(r + 64, rows.count)
                touched ^= cursor.seen.touch(rows.envelopes[next].lazy.map(\.eventHash)) ^ ds.deals.touchIds(rows.envelopes[next].lazy.map(\.dealHash))
                ahead = next.upperBound - 1
            }
            let idRange = rows.envelopes[r].eventId
            let fresh = rows.idBytes.withUnsafeBufferPointer { cursor.seen.insert(UnsafeBufferPointer(rebasing: $0[idRange]), hash: rows.envelopes[r].eventHash) }
            guard fresh else {
                warn(line, "repeats the event \(Sanitizer.line(String(decoding: rows.idBytes[idRange], as: UTF8.self))); the copy is ignored")
                continue
            }
            var row = rows.deals[r]
            let m = Int(row.mission)
            if atoms.known[m] < 0 { atoms.known[m] = index.places.contains(rows.atoms[row.mission]) ? 1 : 0 }
            if atoms.known[m] == 0 {
                warn(line, "records a deal for the mission \"\(Sanitizer.line(rows.atoms[row.mission]))\", which the fixtures no longer have; it is kept but not counted")
            }
            let position = base + taken.count
            let earlier = ds.deals.indexId(row.id, hash: rows.envelopes[r].dealHash, position: position) { taken[$0 - base].id }
            if earlier != nil {
                warn(line, "records the deal id \"\(Sanitizer.line(row.id))\" a second time; the later one is ignored (correct a deal with dealCorrected)")
                continue
            }
            row.mission = atoms.main(row.mission, rows.atoms, &ds.deals.atoms)
            row.commodity = atoms.main(row.commodity, rows.atoms, &ds.deals.atoms)
            row.unit = atoms.main(row.unit, rows.atoms, &ds.deals.atoms)
            row.source = atoms.main(row.source, rows.atoms, &ds.deals.atoms)
            if row.quantity <= -2 { row.quantity = -2 - Int64(atoms.main(UInt32(-2 - row.quantity), rows.atoms, &ds.deals.atoms)) }
            taken.append(row)
            takenRows.append(r)
        }
        ds.deals.appendIndexedRows(taken)
        ds.dealLog.reserveCapacity(ds.dealLog.count + taken.count)
        rows.idBytes.withUnsafeBufferPointer { ids in
            for (k, r) in takenRows.enumerated() {
                let e = rows.envelopes[r]
                if atoms.users[e.user] < 0 { atoms.users[e.user] = Int64(ds.dealLog.userNumber(rows.users[e.user])) }
                ds.dealLog.appendRecorded(eventId: UnsafeBufferPointer(rebasing: ids[e.eventId]), at: rows.at(r),
                                          atText: { String(decoding: bytes[e.atText], as: UTF8.self) }, user: UInt32(atoms.users[e.user]),
                                          dealId: taken[k].id, dealIndex: base + k)
            }
        }
        let log = ds.dealLog.count - taken.count
        if index.lastLog.count < base + taken.count { index.lastLog += [Int32](repeating: -1, count: base + taken.count - index.lastLog.count) }
        for k in 0..<taken.count { index.lastLog[base + k] = Int32(log + k) }
        replay.applied += taken.count
    }
}
