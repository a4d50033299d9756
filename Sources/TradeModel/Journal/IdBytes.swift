/// Identifiers kept as their UTF-8 bytes, one after another (no `String` and no allocation per id):
/// the event ids of a journal a million events long. Ids compare as `String`s do — canonically —
/// so `hash` agrees with `DealIdIndex.hash` and a non-ASCII id is compared as a string.
struct IdBytes: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// `ends[k]`: where id k's bytes end (it starts where id k - 1's end).
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// Room for `n` ids in all (grown at least twofold, so reserving a little more each time
    /// does not copy each time).
    mutating func reserve(_ n: Int, bytesEach: Int = 24) {
        if n > ends.capacity { ends.reserveCapacity(Swift.max(n, ends.capacity * 2)) }
        if n * bytesEach > bytes.capacity { bytes.reserveCapacity(Swift.max(n * bytesEach, bytes.capacity * 2)) }
    }

    mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: b)
        ends.append(bytes.count)
    }

    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    func range(_ k: Int) -> Range<Int> { (k == 0 ? 0 : ends[k - 1])..<ends[k] }

    subscript(k: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(k)]), as: UTF8.self) }
    }

    func withBytes<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range(k)])) }
    }

    /// Whether id k is `b`, as strings compare (canonically: bytes decide for ASCII).
    func equals(_ k: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        withBytes(k) { mine in
            if mine.count == b.count && Self.same(mine.baseAddress, b.baseAddress, b.count) { return true }
            if Self.isASCII(mine) && Self.isASCII(b) { return false }
            return String(decoding: mine, as: UTF8.self) == String(decoding: b, as: UTF8.self)
        }
    }

    static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool { b.allSatisfy { $0 < 0x80 } }

    /// `AtomBytes.hash` of ASCII bytes, else the string's canonical hash: equal to `DealIdIndex.hash`.
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        isASCII(b) ? AtomBytes.hash(b) : DealIdIndex.hash(String(decoding: b, as: UTF8.self))
    }

    private static func same(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
        guard n > 0, let a, let b else { return true }
        return Bytes.same(a, b, n)
    }
}

/// The event ids a reader has seen (`Journal.Cursor`), to find a repeated event: each id's bytes
/// once (`IdBytes`) and an open-addressed table of their numbers. A journal's events come with
/// their hashes worked out ahead, on the decoding cores (`insert(_:hash:)`).
public struct EventIdSet: Sendable, Equatable {
    private var ids = IdBytes()
    /// 0 empty, else a hash tag and the id's number + 1 (`DealIdIndex.slot`).
    private var slots: [UInt64] = []
    private var mask = -1

    public init() {}

    public var count: Int { ids.count }

    /// Room for `n` ids in all without growing again.
    public mutating func reserve(_ n: Int) {
        var size = Swift.max(16, slots.count)
        while size * 3 < n * 4 { size *= 2 }
        if size > slots.count { rehash(size) }
        ids.reserve(n)
    }

    /// Adds the id; false when it was there already.
    @discardableResult
    public mutating func insert(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { insert($0, hash: IdBytes.hash($0)) }
    }

    public func contains(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { b in
            guard count > 0 else { return false }
            let h = IdBytes.hash(b)
            var i = h & mask
            while slots[i] != 0 {
                if matches(slots[i], h, b) { return true }
                i = (i + 1) & mask
            }
            return false
        }
    }

    /// Reads the slots the ids with these hashes start from, and nothing else: independent
    /// loads the processor overlaps (a dozen misses in flight rather than one), so the inserts
    /// that follow find their slots in the cache. The result only keeps the reads from being
    /// dropped.
    func touch(_ hashes: some Sequence<Int>) -> UInt64 {
        guard !slots.isEmpty else { return 0 }
        var x: UInt64 = 0
        for h in hashes { x ^= slots[h & mask] }
        return x
    }

    @inline(__always)
    private func matches(_ s: UInt64, _ h: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        s & 0xFFFF_FFFF_0000_0000 == DealIdIndex.tag(h) && ids.equals(Int(s & 0xFFFF_FFFF) - 1, b)
    }

    /// Adds the id whose bytes are `b` and whose `IdBytes.hash` is `h`; false when it was there.
    mutating func insert(_ b: UnsafeBufferPointer<UInt8>, hash h: Int) -> Bool {
        if (count + 1) * 4 > slots.count * 3 { rehash(Swift.max(16, slots.count * 2)) }
        var i = h & mask
        while slots[i] != 0 {
            if matches(slots[i], h, b) { return false }
            i = (i + 1) & mask
        }
        // 2^31 events (a journal of some 600 GB) is beyond any office's: the rest are not held.
        guard count < Int(Int32.max) else { return true }
        slots[i] = DealIdIndex.slot(h, count)
        ids.append(b)
        return true
    }

    private mutating func rehash(_ size: Int) {
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for k in 0..<count {
            let h = ids.withBytes(k) { IdBytes.hash($0) }
            var i = h & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = DealIdIndex.slot(h, k)
        }
    }

    public static func == (a: EventIdSet, b: EventIdSet) -> Bool { a.ids == b.ids }
}
