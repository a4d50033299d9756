/// The few strings a million deals repeat (missions, commodities, units, sources, decimal
/// quantities), each kept once and named by a number. Atom 0 is "none" (a missing optional).
struct AtomTable: Sendable {
    private(set) var strings: [String] = [""]
    /// Open addressing on `AtomBytes.hash` of the UTF-8 (cheaper than `Hasher` for short strings); 0 is empty.
    private var slots: [UInt32] = []
    private var mask = -1

    var count: Int { strings.count }

    subscript(atom: UInt32) -> String { strings[Int(atom)] }

    /// The string's atom, added if new.
    mutating func intern(_ s: String) -> UInt32 {
        let h = DealIdIndex.hash(s)
        if !slots.isEmpty {
            var i = h & mask
            while slots[i] != 0 {
                if strings[Int(slots[i])] == s { return slots[i] }
                i = (i + 1) & mask
            }
        }
        let n = UInt32(strings.count)
        strings.append(s)
        if strings.count * 2 > slots.count { rehash() } else { place(n, h) }
        return n
    }

    mutating func intern(_ s: String?) -> UInt32 { s.map { intern($0) } ?? 0 }

    func optional(_ atom: UInt32) -> String? { atom == 0 ? nil : strings[Int(atom)] }

    private mutating func place(_ n: UInt32, _ h: Int) {
        var i = h & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = n
    }

    private mutating func rehash() {
        slots = [UInt32](repeating: 0, count: Swift.max(16, slots.count * 2))
        mask = slots.count - 1
        for n in 1..<strings.count { place(UInt32(n), DealIdIndex.hash(strings[n])) }
    }
}

/// A byte-keyed front for an `AtomTable`, for decoders: a value seen before is found from its
/// bytes with no `String` made and no UTF-8 checked again. Only bytes that once made a valid,
/// accepted string are ever stored, so a hit is exactly as valid as the first time.
struct AtomBytes {
    private var slots: [Int32]
    private var keys: [UInt8] = []
    /// Start offset of each stored key in `keys`, and its atom; one more offset ends the last.
    private var starts: [Int32] = [0]
    private var atoms: [UInt32] = []
    private var mask: Int

    /// Empty, with no room yet: a reader made per journal line allocates nothing until it stores.
    init() {
        slots = []
        mask = -1
    }

    /// Eight bytes at a time (a multiply and a shift each), then a 64-bit finaliser (splitmix64's):
    /// ids and names are 5–30 bytes, so this is a few multiplies where a byte-at-a-time hash takes
    /// one per byte. Only ever compared within one process (never stored).
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        var h = 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: n &+ 1)
        if let p = b.baseAddress, n > 0 {
            let raw = UnsafeRawPointer(p)
            var i = 0
            while i + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 29
                i += 8
            }
            if i < n {
                // The last 1–7 bytes: the word ending at the last byte when there is one (its first
                // bytes were hashed already, harmlessly), else byte by byte.
                var w: UInt64 = 0
                if n >= 8 {
                    w = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
                } else {
                    for j in 0..<n { w |= UInt64(p[j]) << UInt64(8 * j) }
                }
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            }
        }
        h ^= h >> 30
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 27
        h &*= 0x94D0_49BB_1331_11EB
        h ^= h >> 31
        return Int(truncatingIfNeeded: h)
    }

    /// The atom stored for exactly these bytes.
    func find(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard !atoms.isEmpty else { return nil }
        var i = Self.hash(b) & mask
        while true {
            let k = Int(slots[i])
            if k < 0 { return nil }
            let (s, e) = (Int(starts[k]), Int(starts[k + 1]))
            if e - s == b.count && keys.withUnsafeBufferPointer({ memeq($0.baseAddress! + s, b) }) { return atoms[k] }
            i = (i + 1) & mask
        }
    }

    private func memeq(_ p: UnsafePointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let q = b.baseAddress else { return true }
        return Bytes.same(p, q, b.count)
    }

    /// Remembers that these bytes are `atom` (they must not be stored yet).
    mutating func store(_ b: UnsafeBufferPointer<UInt8>, _ atom: UInt32) {
        if (atoms.count + 1) * 2 > slots.count { grow() }
        let k = Int32(atoms.count)
        keys.append(contentsOf: b)
        starts.append(Int32(keys.count))
        atoms.append(atom)
        place(k, Self.hash(b))
    }

    private mutating func place(_ k: Int32, _ h: Int) {
        var i = h & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = k
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: max(256, slots.count * 2))
        mask = slots.count - 1
        for k in 0..<atoms.count {
            let (s, e) = (Int(starts[k]), Int(starts[k + 1]))
            let h = keys.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[s..<e])) }
            place(Int32(k), h)
        }
    }
}
