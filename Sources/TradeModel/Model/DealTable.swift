/// The deals of a data set: a random-access collection of `Deal` values, stored by field in chunks
/// of 4096 (`DealChunk`) with the strings they repeat kept once (`AtomTable`) and an id index.
///
/// Why not `[Deal]`: a million deals take ~49 MB here against 128 MB as an array, two halves
/// decoded on two cores join without copying, and a model that appends one deal to a table it
/// shares with the one on screen copies one chunk, not the million deals (copy-on-write works
/// per chunk). Reading `table[i]` makes the `Deal` from its fields.
public struct DealTable: Sendable {
    static let chunkCapacity = 4096
    static let chunkShift = 12

    var chunks: [DealChunk] = []
    /// `ends[c]`: the position just after chunk c's last deal. Every chunk holds at most
    /// `chunkCapacity` deals, so position i is in chunk `i >> chunkShift` or a later one.
    var ends: [Int] = []
    var atoms = AtomTable()
    /// The id index, in hash partitions (one, or one per core a loader built it on).
    private var ids: [DealIdIndex] = [DealIdIndex()]
    private var indexed = true
    /// Positions that repeat an earlier deal's id, with that earlier position, in the order found.
    public private(set) var repeatedIds: [RepeatedId] = []

    public struct RepeatedId: Sendable, Equatable {
        public var first: Int
        public var later: Int
    }

    public init() {}

    public init(_ deals: some Sequence<Deal>) {
        for d in deals { append(d) }
    }

    @inline(__always)
    func locate(_ i: Int) -> (chunk: Int, offset: Int) {
        var c = i >> Self.chunkShift
        while ends[c] <= i { c += 1 }
        return (c, c == 0 ? i : i - ends[c - 1])
    }

    func deal(_ c: Int, _ o: Int) -> Deal { deal(of: row(c, o)) }

    func row(_ c: Int, _ o: Int) -> DealRow {
        DealRow(id: chunks[c].ids[o], mission: chunks[c].mission[o], commodity: chunks[c].commodity[o], unit: chunks[c].unit[o],
                source: chunks[c].source[o], quantity: chunks[c].quantity[o], value: chunks[c].value[o], flags: chunks[c].flags[o],
                extra: chunks[c].extra(o))
    }

    /// Adds a deal at the end.
    public mutating func append(_ d: Deal) {
        let row = DealRow(d, &atoms)
        appendRow(row)
    }

    public mutating func append(contentsOf deals: some Sequence<Deal>) {
        for d in deals { append(d) }
    }

    /// Keeps only the deals `drop` is false for (rebuilds the table).
    public mutating func removeAll(where drop: (Deal) throws -> Bool) rethrows {
        self = DealTable(try filter { try !drop($0) })
    }

    /// Adds a row made from this table's atoms; `index: false` leaves the id index to
    /// `indexIds()` (a decoder indexes once, after joining its halves).
    mutating func appendRow(_ row: DealRow, index: Bool = true) {
        let position = count
        appendToChunk(row)
        if index && indexed { indexId(row.id, position) } else { indexed = false }
    }

    /// Appends unless a deal already has this id (the journal's check and append in one look at
    /// the index); returns that deal's position then.
    public mutating func appendIfNew(_ d: Deal) -> Int? {
        // The next position: no pending row for `indexId` to read.
        if let first = indexId(d.id, hash: DealIdIndex.hash(d.id), position: count, pending: { _ in "" }) { return first }
        appendIndexedRows([DealRow(d, &atoms)])
        return nil
    }

    /// Reads ahead the id index's slots for ids with these hashes (`DealIdIndex.touch`).
    func touchIds(_ hashes: some Sequence<Int>) -> UInt64 {
        ids.count == 1 && indexed ? ids[0].touch(hashes) : 0
    }

    /// Indexes `id` for `position` — this table's next positions, whose rows are not appended yet
    /// (`appendIndexedRows`): `pending` reads the id of such a position. Returns the position of
    /// an earlier deal with the id instead (nothing indexed then).
    mutating func indexId(_ id: String, hash h: Int, position: Int, pending: (Int) -> String) -> Int? {
        guard indexed else {
            if let p = self.position(ofId: id) { return p }
            return (count..<position).first { pending($0) == id }
        }
        let p = Self.partition(h, ids.count)
        var index = ids[p]
        ids[p] = DealIdIndex()
        let n = count
        let first = index.insert(id, hash: h, position: position) { $0 < n ? self.id(at: $0) : pending($0) }
        ids[p] = index
        return first
    }

    /// Appends rows of this table's atoms whose ids `indexId` indexed, in order.
    mutating func appendIndexedRows(_ rows: [DealRow]) {
        if !indexed {
            // (Never indexed: the ids were checked one by one, and the index waits for `indexIds`.)
            for r in rows { appendToChunk(r) }
            return
        }
        var i = 0
        while i < rows.count {
            if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkCapacity {
                var k = DealChunk()
                if !chunks.isEmpty { k.reserve(Self.chunkCapacity) }
                chunks.append(k)
                ends.append(ends.last ?? 0)
            }
            let last = chunks.count - 1
            let n = Swift.min(Self.chunkCapacity - chunks[last].count, rows.count - i)
            // Taken out while it is filled, so its columns are not shared and grow in place.
            var k = chunks[last]
            chunks[last] = DealChunk()
            for j in i..<(i + n) { k.append(rows[j]) }
            chunks[last] = k
            ends[last] += n
            i += n
        }
    }

    /// Room in the id index for `n` deals in all (a journal about to record many).
    mutating func reserveIds(_ n: Int) {
        guard indexed, ids.count == 1 else { return }
        var index = ids[0]
        ids[0] = DealIdIndex()
        index.reserve(n) { self.id(at: $0) }
        ids[0] = index
    }

    /// The deal a row of this table's atoms holds.
    func deal(of r: DealRow) -> Deal { Self.deal(of: r, atoms) }

    static func deal(of r: DealRow, _ atoms: AtomTable) -> Deal {
        Deal(stored: r.id, mission: atoms[r.mission], direction: Deal.Direction(index: r.flags & 3), commodity: atoms.optional(r.commodity),
             quantity: r.quantity >= 0 ? String(r.quantity) : r.quantity == -1 ? nil : atoms[UInt32(-2 - r.quantity)],
             unit: atoms.optional(r.unit), valueRupiah: r.value, status: Deal.Status(index: r.flags >> 2 & 3),
             kind: Deal.Kind(index: r.flags >> 4 & 3), illustrative: r.flags & 64 != 0, source: atoms[r.source], extra: r.extra)
    }

    private mutating func appendToChunk(_ row: DealRow) {
        if chunks.isEmpty || chunks[chunks.count - 1].count == Self.chunkCapacity {
            // The first chunk grows as a small data set needs; later ones take their whole room at
            // once (grown by doubling, a column can end up half empty).
            var k = DealChunk()
            if !chunks.isEmpty { k.reserve(Self.chunkCapacity) }
            chunks.append(k)
            ends.append(ends.last ?? 0)
        }
        chunks[chunks.count - 1].append(row)
        ends[ends.count - 1] += 1
    }

    private mutating func indexId(_ id: String, _ position: Int) {
        let h = DealIdIndex.hash(id)
        let p = Self.partition(h, ids.count)
        var index = ids[p]
        ids[p] = DealIdIndex()
        if let first = index.insert(id, hash: h, position: position, idAt: { self.id(at: $0) }) {
            repeatedIds.append(RepeatedId(first: first, later: position))
        }
        ids[p] = index
    }

    /// Which partition of `parts` an id with hash `h` lives in (top bits; slots use the low ones).
    static func partition(_ h: Int, _ parts: Int) -> Int {
        parts == 1 ? 0 : Int(UInt(bitPattern: h) >> 56) % parts
    }

    /// Builds the id index over every deal (after rows were added with `index: false`).
    mutating func indexIds() { setIdIndex([idIndexPart(0, of: 1)]) }

    /// One hash partition of the id index, built alone: a loader builds the parts on several
    /// cores (`idIndexPart(k, of: n)` for each k) and installs them with `setIdIndex`.
    public struct IdIndexPart: Sendable {
        var index: DealIdIndex
        var repeats: [RepeatedId]
    }

    public func idIndexPart(_ part: Int, of parts: Int) -> IdIndexPart {
        var index = DealIdIndex()
        var repeats: [RepeatedId] = []
        index.reserve(count / parts + 16) { self.id(at: $0) }
        var position = 0
        for c in chunks.indices {
            for id in chunks[c].ids {
                let h = DealIdIndex.hash(id)
                if Self.partition(h, parts) == part,
                   let first = index.insert(id, hash: h, position: position, idAt: { self.id(at: $0) }) {
                    repeats.append(RepeatedId(first: first, later: position))
                }
                position += 1
            }
        }
        return IdIndexPart(index: index, repeats: repeats)
    }

    /// Installs the parts `idIndexPart(k, of: parts.count)` built, in order of k.
    public mutating func setIdIndex(_ parts: [IdIndexPart]) {
        ids = parts.map(\.index)
        repeatedIds = parts.flatMap(\.repeats).sorted { $0.later < $1.later }
        indexed = true
    }

    /// The id of the deal at `i`, without making the rest of it.
    public func id(at i: Int) -> String {
        let (c, o) = locate(i)
        return chunks[c].ids[o]
    }

    /// The position of the first deal with this id.
    public func position(ofId id: String) -> Int? {
        if indexed {
            let h = DealIdIndex.hash(id)
            return ids[Self.partition(h, ids.count)].find(id, hash: h) { self.id(at: $0) }
        }
        return firstIndex { $0.id == id }
    }

    /// Appends another table's deals (the second half of a decoded file), renumbering its atoms.
    /// Its chunks join as they are: no deal is copied (each chunk is moved out of `other`, so its
    /// columns are renumbered in place).
    mutating func join(_ other: inout DealTable) {
        var map = [UInt32](repeating: 0, count: other.atoms.count)
        for a in 1..<Swift.max(1, other.atoms.count) { map[a] = atoms.intern(other.atoms[UInt32(a)]) }
        let same = map.indices.allSatisfy { map[$0] == UInt32($0) }
        let base = count
        for c in other.chunks.indices where other.chunks[c].count > 0 {
            var k = other.chunks[c]
            other.chunks[c] = DealChunk()
            if !same { k.renumber(map) }
            chunks.append(k)
            ends.append((ends.last ?? base) + k.count)
        }
        other = DealTable()
        indexed = false
    }
}

extension DealTable: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.last ?? 0 }

    public subscript(i: Int) -> Deal {
        get {
            let (c, o) = locate(i)
            return deal(c, o)
        }
        set {
            let (c, o) = locate(i)
            let oldId = chunks[c].ids[o]
            let row = DealRow(newValue, &atoms)
            chunks[c].set(o, row)
            if oldId != newValue.id { indexIds() }
        }
    }

    public struct Iterator: IteratorProtocol {
        let table: DealTable
        var c = 0, o = 0

        public mutating func next() -> Deal? {
            while c < table.chunks.count {
                if o < table.chunks[c].count {
                    defer { o += 1 }
                    return table.deal(c, o)
                }
                c += 1
                o = 0
            }
            return nil
        }
    }

    public func makeIterator() -> Iterator { Iterator(table: self) }
}

extension DealTable: RangeReplaceableCollection {
    /// Appending is cheap; any other replacement rebuilds the table.
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with deals: C) where C.Element == Deal {
        if range.isEmpty && range.lowerBound == endIndex {
            append(contentsOf: deals)
            return
        }
        var out = DealTable(self[..<range.lowerBound])
        out.append(contentsOf: deals)
        out.append(contentsOf: self[range.upperBound...])
        self = out
    }
}

extension DealTable: Equatable, ExpressibleByArrayLiteral {
    public static func == (a: DealTable, b: DealTable) -> Bool { a.count == b.count && a.elementsEqual(b) }

    public init(arrayLiteral deals: Deal...) { self.init(deals) }
}
