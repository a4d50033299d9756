/// Deal id → the position of the first deal with that id, for a `DealTable`: an open-addressed
/// table of 8-byte slots, a hash tag and a position (16 MB for a million deals, against ~40 MB
/// for a `[String: Int]`),
/// hashed eight bytes at a time over the id's UTF-8 (`hash`), several times cheaper than `Hasher`
/// for the short ids deals have. The ids themselves stay in the table's column.
struct DealIdIndex: Sendable {
    private var slots: [UInt64] = []
    private var mask = -1
    private(set) var count = 0

    /// A hash that agrees with `String`'s `==`, which compares canonically ("café" composed equals
    /// "cafe" + combining accent; the Kelvin sign equals "K"): `AtomBytes.hash` of the UTF-8 when the
    /// string is ASCII — nearly always — or is ASCII but for the three characters whose canonical
    /// form is ASCII; otherwise `Hasher`, which hashes the canonical form.
    static func hash(_ s: String) -> Int {
        var s = s
        if let h = s.withUTF8({ b -> Int? in b.allSatisfy { $0 < 0x80 } ? AtomBytes.hash(b) : nil }) { return h }
        var ascii: [UInt8] = []
        for u in s.unicodeScalars {
            switch u.value {
            case 0..<0x80: ascii.append(UInt8(u.value))
            case 0x037E: ascii.append(UInt8(ascii: ";"))
            case 0x1FEF: ascii.append(UInt8(ascii: "`"))
            case 0x212A: ascii.append(UInt8(ascii: "K"))
            default: return s.hashValue
            }
        }
        return ascii.withUnsafeBufferPointer { AtomBytes.hash($0) }
    }

    /// A slot: 0 empty, else the top 32 bits of the id's hash (a tag: most ids that are not the
    /// one looked for are passed over without reading their id, which is far away in memory)
    /// and the position + 1.
    @inline(__always)
    static func slot(_ h: Int, _ position: Int) -> UInt64 { UInt64(UInt(bitPattern: h) >> 32) << 32 | UInt64(position + 1) }
    @inline(__always)
    static func tag(_ h: Int) -> UInt64 { UInt64(UInt(bitPattern: h) >> 32) << 32 }

    /// As `EventIdSet.touch`: the slots these hashes start from, read ahead of the inserts.
    func touch(_ hashes: some Sequence<Int>) -> UInt64 {
        guard !slots.isEmpty else { return 0 }
        var x: UInt64 = 0
        for h in hashes { x ^= slots[h & mask] }
        return x
    }

    /// The position stored for `id`; `idAt` reads the id at a position.
    func find(_ id: String, hash h: Int, idAt: (Int) -> String) -> Int? {
        guard count > 0 else { return nil }
        let tag = Self.tag(h)
        var i = h & mask
        while true {
            let s = slots[i]
            if s == 0 { return nil }
            if s & 0xFFFF_FFFF_0000_0000 == tag, idAt(Int(s & 0xFFFF_FFFF) - 1) == id { return Int(s & 0xFFFF_FFFF) - 1 }
            i = (i + 1) & mask
        }
    }

    /// Stores `position` for `id` unless the id is there already; returns the earlier position then.
    mutating func insert(_ id: String, hash h: Int, position: Int, idAt: (Int) -> String) -> Int? {
        if (count + 1) * 4 > slots.count * 3 { grow(idAt) }
        let tag = Self.tag(h)
        var i = h & mask
        while true {
            let s = slots[i]
            if s == 0 { break }
            if s & 0xFFFF_FFFF_0000_0000 == tag, idAt(Int(s & 0xFFFF_FFFF) - 1) == id { return Int(s & 0xFFFF_FFFF) - 1 }
            i = (i + 1) & mask
        }
        precondition(position < Int(Int32.max), "a deal table holds fewer than 2^31 deals")
        slots[i] = Self.slot(h, position)
        count += 1
        return nil
    }

    /// Room for `n` ids without growing again.
    mutating func reserve(_ n: Int, _ idAt: (Int) -> String) {
        var size = max(16, slots.count)
        while size * 3 < n * 4 { size *= 2 }
        if size > slots.count { rehash(size, idAt) }
    }

    private mutating func grow(_ idAt: (Int) -> String) { rehash(max(16, slots.count * 2), idAt) }

    private mutating func rehash(_ size: Int, _ idAt: (Int) -> String) {
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for s in old where s != 0 {
            let k = Int(s & 0xFFFF_FFFF) - 1
            let h = Self.hash(idAt(k))
            var i = h & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Self.slot(h, k)
        }
    }
}
