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
        /// Whether the deal has any out-of-line field (product, description, includedIn, party,
        /// counterparty, period, note, a provenance other than stated, conflicting figures).
        public let hasExtra: Bool

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
                let hasExtra = e < chunks[c].extraAt.count && Int(chunks[c].extraAt[e]) == o
                if hasExtra { e += 1 }
                try body(Fields(position: position, id: chunks[c].ids[o], mission: chunks[c].mission[o], commodity: chunks[c].commodity[o],
                                source: chunks[c].source[o], valueRupiah: chunks[c].value[o], flags: chunks[c].flags[o],
                                hasExtra: hasExtra))
                position += 1
            }
        }
    }

    /// The deals with out-of-line fields (`Fields.hasExtra`), with their positions: the only ones
    /// that can have an `includedIn`, a product, a period, conflicts or an unstated provenance.
    public var unusual: [(position: Int, deal: Deal)] {
        var out: [(position: Int, deal: Deal)] = []
        var start = 0
        for c in chunks.indices {
            for o in chunks[c].extraAt { out.append((start + Int(o), deal(c, Int(o)))) }
            start += chunks[c].count
        }
        return out
    }
}
