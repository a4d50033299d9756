/// What happened to deals at run time, oldest first: a random-access collection of
/// `DealLogEntry`, kept by field. A journal of a million recorded deals makes a million entries;
/// as `[DealLogEntry]` each took ~100 bytes and two allocations (event id, time). Here: the event
/// id's bytes (`IdBytes`), the time as seconds (`EventStamp`; any other text kept aside), the user
/// as a number, the deal's id (the table's own string), its position and kind — ~60 bytes.
public struct DealLog: Sendable {
    private var eventIds = IdBytes()
    /// Seconds since 1970 (UTC), or `Int64.min`: the text is in `atText`.
    private var at: [Int64] = []
    private var atText: [Int: String] = [:]
    private var users: [UInt32] = []
    private var userNames = AtomTable()
    private var dealIds: [String] = []
    private var dealIndexes: [Int32] = []
    private var kinds: [UInt8] = []
    private var reasons: [Int: String] = [:]

    public init() {}

    /// Room for `n` entries in all (grown at least twofold, so asking for a little more each
    /// time does not copy each time).
    public mutating func reserveCapacity(_ n: Int) {
        guard n > kinds.capacity else { return }
        let m = Swift.max(n, kinds.capacity * 2)
        eventIds.reserve(m); at.reserveCapacity(m); users.reserveCapacity(m); dealIds.reserveCapacity(m)
        dealIndexes.reserveCapacity(m); kinds.reserveCapacity(m)
    }

    public mutating func append(_ e: DealLogEntry) {
        append(eventId: e.eventId, at: e.at, user: e.user, dealId: e.dealId, dealIndex: e.dealIndex, kind: e.kind, reason: e.reason)
    }

    mutating func append(eventId: String, at time: String, user: String, dealId: String, dealIndex: Int, kind: DealLogEntry.Kind,
                         reason: String? = nil) {
        eventIds.append(eventId)
        // Most entries are by the user of the one before: no lookup then.
        let u = users.last.flatMap { userNames[$0] == user ? $0 : nil } ?? userNames.intern(user)
        appendRest(at: EventStamp.seconds(time), text: { time }, user: u, dealId: dealId, dealIndex: dealIndex, kind: kind, reason: reason)
    }

    /// The log's number for this user (`appendRecorded`).
    mutating func userNumber(_ name: String) -> UInt32 { userNames.intern(name) }

    /// A recorded deal's entry from a journal line's bytes (`at`: nil when `atText` holds the time;
    /// `user`: a `userNumber`).
    mutating func appendRecorded(eventId: UnsafeBufferPointer<UInt8>, at seconds: Int64?, atText: () -> String, user: UInt32,
                                 dealId: String, dealIndex: Int) {
        eventIds.append(eventId)
        appendRest(at: seconds, text: atText, user: user, dealId: dealId, dealIndex: dealIndex, kind: .recorded, reason: nil)
    }

    /// The entry's fields after its event id (`text`: the time as written, asked for only when it
    /// is not kept as seconds).
    private mutating func appendRest(at seconds: Int64?, text: () -> String, user: UInt32, dealId: String, dealIndex: Int,
                                     kind: DealLogEntry.Kind, reason: String?) {
        let k = at.count
        if let seconds { at.append(seconds) } else { at.append(.min); atText[k] = text() }
        users.append(user)
        dealIds.append(dealId)
        // A deal table holds at most 2^31 deals (`DealIdIndex`).
        dealIndexes.append(Int32(truncatingIfNeeded: dealIndex))
        kinds.append(kind.index)
        if let reason { reasons[k] = reason }
    }

    public func eventId(at k: Int) -> String { eventIds[k] }

    /// The entry of the event `id`, searched from the newest (a recent event is found at once;
    /// no string is made per entry).
    public func lastIndex(ofEvent id: String) -> Int? {
        var id = id
        return id.withUTF8 { b in indices.reversed().first { eventIds.equals($0, b) } }
    }

    /// The deal's last entry, and all of them oldest first.
    public func lastIndex(ofDeal id: String) -> Int? { indices.reversed().first { dealIds[$0] == id } }
    public func indices(ofDeal id: String) -> [Int] { indices.filter { dealIds[$0] == id } }
    public func dealIndex(at k: Int) -> Int { Int(dealIndexes[k]) }
    public func kind(at k: Int) -> DealLogEntry.Kind { DealLogEntry.Kind(index: kinds[k]) }
    public func dealId(at k: Int) -> String { dealIds[k] }
    func time(at k: Int) -> String { at[k] == .min ? atText[k] ?? "" : EventStamp.text(at[k]) }
    /// Minutes since 1970 (UTC) of entry k's time, nil when it is not a journal time.
    public func utcMinutes(at k: Int) -> Int? {
        if at[k] == .min { return atText[k].flatMap(DateText.utcMinutes) }
        let s = Int(at[k])
        return s >= 0 ? s / 60 : (s - 59) / 60
    }
}

extension DealLog: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { kinds.count }

    public subscript(k: Int) -> DealLogEntry {
        DealLogEntry(eventId: eventIds[k], at: time(at: k), user: userNames[users[k]], dealId: dealIds[k], dealIndex: Int(dealIndexes[k]),
                     kind: kind(at: k), reason: reasons[k])
    }
}

extension DealLog: Equatable, ExpressibleByArrayLiteral {
    public static func == (a: DealLog, b: DealLog) -> Bool { a.count == b.count && a.elementsEqual(b) }

    public init(arrayLiteral entries: DealLogEntry...) {
        self.init()
        for e in entries { append(e) }
    }
}

extension DealLogEntry.Kind {
    var index: UInt8 {
        switch self {
        case .recorded: 0
        case .corrected: 1
        case .withdrawn: 2
        }
    }

    init(index: UInt8) {
        switch index {
        case 0: self = .recorded
        case 1: self = .corrected
        default: self = .withdrawn
        }
    }
}
