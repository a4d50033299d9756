/// Passes over every deal that read a few fields (validation, totals, reports) read them where
/// they lie: no `Deal` is made, and a string field is an atom number — the same number for the
/// same string — so a pass looks a mission or commodity up once per atom, not once per deal.
extension DealTable {
    public struct Fields {
        public let position: Int
        public let id: String
        /// Atoms (`DealTable.atom(_:)`); 0 for a missing commodity.
        public let mission, commodity, source: UInt32
        public let valueRupiah: Int64
        let flags: UInt8
        /// The deal's out-of-line fields (product, description, includedIn, party, counterparty,
        /// period, note, a provenance other than stated, conflicting figures), if it has any.
        let extra: Deal.Extra?
        public var hasExtra: Bool { extra != nil }
        public var includedIn: String? { extra?.includedIn }
        public var product: String? { extra?.product }
        public var period: String? { extra?.period }
        public var basis: Provenance { extra?.provenance.record ?? .stated }
        public var includedInBasis: Provenance { extra?.provenance.includedIn ?? .stated }
        public var hasConflicts: Bool { !(extra?.conflictsWith.isEmpty ?? true) }

        public var direction: Deal.Direction { Deal.Direction(index: flags & 3) }
        public var status: Deal.Status { Deal.Status(index: flags >> 2 & 3) }
        public var kind: Deal.Kind { Deal.Kind(index: flags >> 4 & 3) }
        public var illustrative: Bool { flags & 64 != 0 }
    }

    /// How many atoms there are: an array this long can hold something per atom.
    public var atomCount: Int { atoms.count }

    /// The string of an atom (nil for 0, "none").
    public func atom(_ a: UInt32) -> String? { atoms.optional(a) }

    /// Every deal's fields in order, from position `from`.
    public func forEachFields<E: Error>(from: Int = 0, _ body: (Fields) throws(E) -> Void) throws(E) {
        guard from < count else { return }
        let (c0, o0) = locate(from)
        var position = from
        for c in c0..<chunks.count {
            let n = chunks[c].count
            var e = c == c0 ? chunks[c].extraSlot(o0) : 0
            for o in (c == c0 ? o0 : 0)..<n {
                var extra: Deal.Extra?
                if e < chunks[c].extraAt.count && Int(chunks[c].extraAt[e]) == o {
                    extra = chunks[c].extras[e]
                    e += 1
                }
                try body(Fields(position: position, id: chunks[c].ids[o], mission: chunks[c].mission[o], commodity: chunks[c].commodity[o],
                                source: chunks[c].source[o], valueRupiah: chunks[c].value[o], flags: chunks[c].flags[o],
                                extra: extra))
                position += 1
            }
        }
    }

    /// One deal's fields, without making the `Deal` (a list's sum over its rows, each frame).
    public func fields(at i: Int) -> Fields {
        let (c, o) = locate(i)
        return Fields(position: i, id: chunks[c].ids[o], mission: chunks[c].mission[o], commodity: chunks[c].commodity[o],
                      source: chunks[c].source[o], valueRupiah: chunks[c].value[o], flags: chunks[c].flags[o], extra: chunks[c].extra(o))
    }

    /// The deals `keep` picks by their fields, made whole (for passes that want a few: the lines
    /// with an unstated provenance, with conflicting figures…), with their positions.
    public func deals(where keep: (Fields) -> Bool) -> [(position: Int, deal: Deal)] {
        var out: [(position: Int, deal: Deal)] = []
        forEachFields { f in if keep(f) { out.append((f.position, self[f.position])) } }
        return out
    }
}
