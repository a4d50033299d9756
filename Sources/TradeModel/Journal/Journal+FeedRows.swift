extension Journal {
    /// A part's atoms as the data set's, each found once (`Feed.applyRow`), and which of its
    /// missions are places the data set knows.
    struct RowAtoms {
        var map: [UInt32]
        /// By the part's mission atom: 1 a known mission or agreement, 0 not, -1 not looked up.
        var known: [Int8]
        /// How many places there were when `known` was filled (a mission created since empties it).
        var places: Int

        init(_ rows: Rows, places: Int) {
            map = [UInt32](repeating: 0, count: rows.atoms.count)
            known = [Int8](repeating: -1, count: rows.atoms.count)
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
    /// Applies a single recorded deal decoded as a row: exactly what `Journal.apply` does with the
    /// event (the same checks, warnings and log entry), with no `Deal`, `JournalEvent` or event-id
    /// string made — the row's fields go straight into the table, its atoms mapped once a part.
    mutating func applyRow(_ rows: Journal.Rows, _ r: Int, bytes: [UInt8], line: Int, atoms: inout Journal.RowAtoms,
                           into ds: inout Dataset, cursor: inout Journal.Cursor) {
        if r & 63 == 0 {
            // The next 64 rows' slots in both hash tables, read together (a few misses' time, not
            // 128): their inserts below then find them in the cache.
            let next = r..<Swift.min(r + 64, rows.count)
            touched ^= cursor.seen.touch(rows.eventHash[next]) ^ ds.deals.touchIds(rows.dealHash[next])
        }
        let idRange = rows.eventId[r]
        let fresh = bytes.withUnsafeBufferPointer { cursor.seen.insert(UnsafeBufferPointer(rebasing: $0[idRange]), hash: rows.eventHash[r]) }
        guard fresh else {
            let id = String(decoding: bytes[idRange], as: UTF8.self)
            warn(line, "repeats the event \(Sanitizer.line(id)); the copy is ignored")
            return
        }
        var row = rows.deals[r]
        if atoms.places != index.places.count { atoms = Journal.RowAtoms(rows, places: index.places.count) }
        let m = Int(row.mission)
        if atoms.known[m] < 0 { atoms.known[m] = index.places.contains(rows.atoms[row.mission]) ? 1 : 0 }
        if atoms.known[m] == 0 {
            warn(line, "records a deal for the mission \"\(Sanitizer.line(rows.atoms[row.mission]))\", which the fixtures no longer have; it is kept but not counted")
        }
        row.mission = atoms.main(row.mission, rows.atoms, &ds.deals.atoms)
        row.commodity = atoms.main(row.commodity, rows.atoms, &ds.deals.atoms)
        row.unit = atoms.main(row.unit, rows.atoms, &ds.deals.atoms)
        row.source = atoms.main(row.source, rows.atoms, &ds.deals.atoms)
        if row.quantity <= -2 { row.quantity = -2 - Int64(atoms.main(UInt32(-2 - row.quantity), rows.atoms, &ds.deals.atoms)) }
        if ds.deals.appendRowIfNew(row, hash: rows.dealHash[r]) != nil {
            warn(line, "records the deal id \"\(Sanitizer.line(row.id))\" a second time; the later one is ignored (correct a deal with dealCorrected)")
            return
        }
        let i = ds.deals.count - 1
        let atText = rows.atText[r]
        bytes.withUnsafeBufferPointer { b in
            ds.dealLog.appendRecorded(eventId: UnsafeBufferPointer(rebasing: b[idRange]), at: rows.at[r],
                                      atText: { String(decoding: b[atText], as: UTF8.self) }, user: rows.user[r], dealId: row.id, dealIndex: i)
        }
        while index.lastLog.count <= i { index.lastLog.append(-1) }
        index.lastLog[i] = Int32(ds.dealLog.count - 1)
        replay.applied += 1
    }
}
