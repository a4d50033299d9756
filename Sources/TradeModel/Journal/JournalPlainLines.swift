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
    /// each event's envelope — where its id lies in the chunk's bytes, the hashes
    /// of its event id and deal id (worked out on the decoding core), its time and user.
    struct Rows: Sendable {
        var deals: [DealRow] = []
        var atoms = AtomTable()
        var eventId: [Range<Int>] = []
        var eventHash: [Int] = []
        var dealHash: [Int] = []
        /// Seconds (`EventStamp`), or nil: the time is text, at `atText`.
        var at: [Int64?] = []
        var atText: [Range<Int>] = []
        var user: [String] = []

        var count: Int { eventId.count }

        /// Row k as a deal.
        func deal(_ k: Int) -> Deal { DealTable.deal(of: deals[k], atoms) }
    }
}

extension Journal.Rows {
    /// A recorded deal read from a line of `bytes`; its number among the rows.
    mutating func add(_ deal: DealRow, eventId: Range<Int>, at: Range<Int>, user: String, in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            eventHash.append(IdBytes.hash(UnsafeBufferPointer(rebasing: b[eventId])))
            self.at.append(EventStamp.seconds(UnsafeBufferPointer(rebasing: b[at])))
        }
        deals.append(deal)
        self.eventId.append(eventId)
        atText.append(at)
        dealHash.append(DealIdIndex.hash(deal.id))
        self.user.append(user)
        return deals.count - 1
    }
}
