/// Up to `DealTable.chunkCapacity` deals, field by field. Strings that repeat (mission,
/// commodity, unit, source, a decimal quantity) are atoms of the table; a whole-number quantity is
/// the number itself; the rare out-of-line fields are kept only for the deals that have them.
/// About 49 bytes a deal, against 128 for a `Deal` in an array.
struct DealChunk: Sendable {
    var ids: [String] = []
    var mission: [UInt32] = []
    var commodity: [UInt32] = []
    var unit: [UInt32] = []
    var source: [UInt32] = []
    /// ≥ 0: a whole-number quantity; -1: none; ≤ -2: the atom -(q + 2) holds the literal.
    var quantity: [Int64] = []
    var value: [Int64] = []
    /// Direction in bits 0–1, status 2–3, kind 4–5, illustrative bit 6.
    var flags: [UInt8] = []
    /// The offsets (ascending) of the deals that have out-of-line fields, and those fields.
    var extraAt: [UInt16] = []
    var extras: [Deal.Extra] = []

    var count: Int { ids.count }

    mutating func reserve(_ n: Int) {
        ids.reserveCapacity(n); mission.reserveCapacity(n); commodity.reserveCapacity(n); unit.reserveCapacity(n)
        source.reserveCapacity(n); quantity.reserveCapacity(n); value.reserveCapacity(n); flags.reserveCapacity(n)
    }

    /// Where offset `o` is, or would go, in `extraAt`.
    func extraSlot(_ o: Int) -> Int {
        var (lo, hi) = (0, extraAt.count)
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(extraAt[mid]) < o { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func extra(_ o: Int) -> Deal.Extra? {
        if extraAt.isEmpty { return nil }
        let k = extraSlot(o)
        return k < extraAt.count && Int(extraAt[k]) == o ? extras[k] : nil
    }

    mutating func setExtra(_ o: Int, _ e: Deal.Extra?) {
        let k = extraSlot(o)
        let there = k < extraAt.count && Int(extraAt[k]) == o
        switch (there, e) {
        case (true, let e?): extras[k] = e
        case (true, nil): extraAt.remove(at: k); extras.remove(at: k)
        case (false, let e?): extraAt.insert(UInt16(o), at: k); extras.insert(e, at: k)
        case (false, nil): break
        }
    }

    mutating func append(_ r: DealRow) {
        if let e = r.extra { extraAt.append(UInt16(ids.count)); extras.append(e) }
        ids.append(r.id); mission.append(r.mission); commodity.append(r.commodity); unit.append(r.unit)
        source.append(r.source); quantity.append(r.quantity); value.append(r.value); flags.append(r.flags)
    }

    mutating func set(_ o: Int, _ r: DealRow) {
        ids[o] = r.id; mission[o] = r.mission; commodity[o] = r.commodity; unit[o] = r.unit
        source[o] = r.source; quantity[o] = r.quantity; value[o] = r.value; flags[o] = r.flags
        setExtra(o, r.extra)
    }

    /// Renumbers atoms (a chunk decoded with another table's atoms joins this one).
    mutating func renumber(_ map: [UInt32]) {
        for o in 0..<count {
            mission[o] = map[Int(mission[o])]
            commodity[o] = map[Int(commodity[o])]
            unit[o] = map[Int(unit[o])]
            source[o] = map[Int(source[o])]
            if quantity[o] <= -2 { quantity[o] = -2 - Int64(map[Int(-2 - quantity[o])]) }
        }
    }
}

/// One deal as a chunk stores it.
struct DealRow {
    var id: String
    var mission, commodity, unit, source: UInt32
    var quantity: Int64
    var value: Int64
    var flags: UInt8
    var extra: Deal.Extra?

    static func flags(_ d: Deal.Direction, _ s: Deal.Status, _ k: Deal.Kind, _ illustrative: Bool) -> UInt8 {
        UInt8(d.index) | UInt8(s.index) << 2 | UInt8(k.index) << 4 | (illustrative ? 64 : 0)
    }

    /// A quantity literal of 1–15 digits with no leading zero is kept as its number (it prints back
    /// the same); anything else (`12.5`, `1e3`, `007`) as an atom.
    static func wholeQuantity(_ q: String) -> Int64? {
        var v: Int64 = 0
        var n = 0
        for c in q.utf8 {
            guard c >= 0x30, c <= 0x39, n < 15 else { return nil }
            v = v * 10 + Int64(c - 0x30)
            n += 1
        }
        guard n > 0, !(n > 1 && q.utf8.first == 0x30) else { return nil }
        return v
    }

    static func quantity(_ q: String?, _ atoms: inout AtomTable) -> Int64 {
        guard let q else { return -1 }
        return wholeQuantity(q) ?? -2 - Int64(atoms.intern(q))
    }

    init(id: String, mission: UInt32, commodity: UInt32, unit: UInt32, source: UInt32, quantity: Int64, value: Int64,
         flags: UInt8, extra: Deal.Extra?) {
        self.id = id; self.mission = mission; self.commodity = commodity; self.unit = unit; self.source = source
        self.quantity = quantity; self.value = value; self.flags = flags; self.extra = extra
    }

    init(_ d: Deal, _ atoms: inout AtomTable) {
        self.init(id: d.id, mission: atoms.intern(d.mission), commodity: atoms.intern(d.commodity), unit: atoms.intern(d.unit),
                  source: atoms.intern(d.source), quantity: Self.quantity(d.quantity, &atoms), value: d.valueRupiah,
                  flags: Self.flags(d.direction, d.status, d.kind, d.illustrative), extra: d.extra)
    }
}

extension Deal.Direction {
    init(index: UInt8) {
        switch index {
        case 0: self = .sell
        case 1: self = .buy
        case 2: self = .investment
        default: self = .unspecified
        }
    }
}

extension Deal.Status {
    init(index: UInt8) {
        switch index {
        case 0: self = .reported
        case 1: self = .committed
        case 2: self = .validated
        default: self = .withdrawn
        }
    }

    var index: Int {
        switch self {
        case .reported: 0
        case .committed: 1
        case .validated: 2
        case .withdrawn: 3
        }
    }
}

extension Deal.Kind {
    /// Position in `allCases` (the order `Deal.Direction.index` keeps too).
    init(index: UInt8) {
        switch index {
        case 0: self = .itemised
        case 1: self = .publishedAggregate
        case 2: self = .letterOfIntent
        default: self = .unallocated
        }
    }

    public var index: Int {
        switch self {
        case .itemised: 0
        case .publishedAggregate: 1
        case .letterOfIntent: 2
        case .unallocated: 3
        }
    }
}
