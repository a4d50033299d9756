extension Journal {
    /// A chunk's lines decoded ahead of applying them (`decodePlain`, on one core or several): for
    /// each line, its event, or that it is a recorded deal kept as a row (`Rows`), or that the
    /// general path must judge it. The parts are consecutive runs of lines, one per decoding core.
    public struct PlainLines: Sendable {
        /// The complete lines of the bytes decoded (`Journal.lineRanges`), each without its newline.
        public let ranges: [Range<Int>]
        var parts: [Part]

        /// The complete lines of `bytes`, none decoded ahead (the feed decodes them one by one).
        public init(_ bytes: [UInt8]) {
            ranges = Journal.lineRanges(bytes)
            parts = []
        }

        /// Every line of `ranges` left to the general path (a test's reader that skips the fast path).
        public static func general(_ ranges: [Range<Int>]) -> PlainLines {
            PlainLines(ranges: ranges, parts: [Part(lines: [Int32](repeating: Part.general, count: ranges.count), decoded: [], rows: Rows())])
        }

        /// The lines `ranges`, decoded in `parts` (in order, covering them all).
        public static func joined(_ ranges: [Range<Int>], _ parts: [PlainLines]) -> PlainLines {
            PlainLines(ranges: ranges, parts: parts.flatMap(\.parts))
        }

        init(ranges: [Range<Int>], parts: [Part]) {
            self.ranges = ranges
            self.parts = parts
        }
    }

    struct Part: Sendable {
        /// Each line, as a small code: ≥ 0, a single `dealRecorded` event (no batch, not an undo,
        /// made from no version) kept as row k of `rows` and applied straight into the deal table
        /// (`Feed.applyRun`); -1, the general path; ≤ -2, the event `decoded[-2 - code]`.
        var lines: [Int32]
        var decoded: [Decoded]
        var rows: Rows
        static let general: Int32 = -1

        /// The event of a line whose code is ≤ -2, moved out (each is applied once).
        mutating func take(code: Int32) -> Decoded {
            var d = Decoded.setAside
            swap(&d, &decoded[Int(-2 - code)])
            return d
        }
    }

    /// Recorded deals as a decoder read them: the deals as rows of the decoder's own atoms, and
    /// each event's envelope — its id (copied next to the others' in `idBytes`: the core that
    /// applies the rows reads them one after another, not one cache miss a line across the chunk),
    /// the hashes of its event id and deal id (worked out on the decoding core), its time and user
    /// — one value a row.
    struct Rows: Sendable {
        var deals: [DealRow] = []
        var atoms = AtomTable()
        var envelopes: [Envelope] = []
        /// The event ids' bytes, one after another (`Envelope.eventId`).
        var idBytes: [UInt8] = []
        /// The users, each once, in the order first seen (`Envelope.user` numbers them).
        var users: [String] = []
        var userNumbers: [String: Int] = [:]
        /// Where the last user read from its bytes lies, and its number: a later row's user whose
        /// bytes are the same is that user without a lookup (`sameUser`).
        var lastUser: (bytes: Range<Int>, user: Int)?
        /// The last time read as seconds, where it lies in the bytes: a time in the same minute
        /// (most lines: they come seconds apart) reads only its seconds (`seconds(_:in:)`).
        var lastAt: (range: Range<Int>, seconds: Int64)?

        struct Envelope: Sendable {
            /// Where the event id lies in `idBytes`.
            var eventId: Range<Int>
            var eventHash: Int
            var dealHash: Int
            /// Seconds (`EventStamp`), or `Int64.min`: the time is text, at `atText` of the chunk.
            var at: Int64
            var atText: Range<Int>
            var user: Int
        }

        var count: Int { envelopes.count }

        /// Row k as a deal.
        func deal(_ k: Int) -> Deal { DealTable.deal(of: deals[k], atoms) }

        /// Row k's time as seconds, or nil when it is text (`atText`).
        func at(_ k: Int) -> Int64? { envelopes[k].at == .min ? nil : envelopes[k].at }

        func user(_ k: Int) -> String { users[envelopes[k].user] }

        /// Row k as the event its line holds (`bytes`: the chunk it was read from).
        func event(_ k: Int, in bytes: [UInt8]) -> Decoded {
            let e = envelopes[k]
            let at = at(k).map(EventStamp.text) ?? String(decoding: bytes[e.atText], as: UTF8.self)
            return .event(JournalEvent(eventId: String(decoding: idBytes[e.eventId], as: UTF8.self), at: at, user: user(k),
                                       body: .dealRecorded(deal(k))), batch: nil)
        }
    }
}

extension Journal.Rows {
    /// A recorded deal read from a line of `bytes`; its number among the rows. `dealHash`: the
    /// deal id's `DealIdIndex.hash` when the decoder had it from the bytes.
    mutating func add(_ deal: DealRow, eventId: Range<Int>, at: Range<Int>, user: Int, dealHash: Int? = nil, in bytes: [UInt8]) -> Int {
        let from = idBytes.count
        let (eventHash, time) = bytes.withUnsafeBufferPointer { b in
            let id = UnsafeBufferPointer(rebasing: b[eventId])
            idBytes.append(contentsOf: id)
            return (IdBytes.hash(id), self.seconds(at, in: b))
        }
        deals.append(deal)
        envelopes.append(Envelope(eventId: from..<idBytes.count, eventHash: eventHash, dealHash: dealHash ?? DealIdIndex.hash(deal.id),
                                  at: time ?? .min, atText: at, user: user))
        return deals.count - 1
    }

    /// `EventStamp.seconds` of the time at `r`: when its first 17 bytes (`YYYY-MM-DDTHH:MM:`) are
    /// the last time's, only its seconds are read; else all of it.
    mutating func seconds(_ r: Range<Int>, in b: UnsafeBufferPointer<UInt8>) -> Int64? {
        if r.count == 20, let last = lastAt, b[r.lowerBound + 19] == UInt8(ascii: "Z") {
            let (p, q) = (r.lowerBound, last.range.lowerBound)
            let same = Self.same(b, p, q, 17)
            let (t, u) = (Int64(b[p + 17]) - 0x30, Int64(b[p + 18]) - 0x30)
            if same, (0...5).contains(t), (0...9).contains(u) {
                let was = (Int64(b[q + 17]) - 0x30) * 10 + Int64(b[q + 18]) - 0x30
                return last.seconds - was + t * 10 + u
            }
        }
        let s = EventStamp.seconds(UnsafeBufferPointer(rebasing: b[r]))
        lastAt = s.map { (r, $0) }
        return s
    }

    /// The number of this user (added if new).
    mutating func user(_ name: String) -> Int {
        if let k = userNumbers[name] { return k }
        users.append(name)
        userNumbers[name] = users.count - 1
        return users.count - 1
    }

    /// The number of the user whose name's bytes are `r` of `bytes`, or nil when they are not the
    /// `lastUser`'s (the caller reads the name then, and numbers it with `user(_:)`).
    func sameUser(_ r: Range<Int>, in bytes: [UInt8]) -> Int? {
        guard let last = lastUser, r.count == last.bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { b in Self.same(b, r.lowerBound, last.bytes.lowerBound, r.count) ? last.user : nil }
    }

    /// Whether the `n` bytes at `p` and at `q` of `b` are the same: eight at a time.
    static func same(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, _ q: Int, _ n: Int) -> Bool {
        precondition(p >= 0 && q >= 0 && p + n <= b.count && q + n <= b.count)
        guard n > 0, let base = b.baseAddress else { return true }
        return Bytes.same(base + p, base + q, n)
    }
}
