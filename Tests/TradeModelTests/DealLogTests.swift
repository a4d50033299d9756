import Testing
@testable import TradeModel

/// `DealLog` must behave exactly like the `[DealLogEntry]` it replaced: every entry back as it went
/// in (times as seconds or as text, users as numbers, sparse reasons), equal when the entries are,
/// and a collection that slices and reverses like an array.
@Suite struct DealLogTests {
    static let times = ["2026-11-23T01:02:03Z", "t", "", "1969-12-31T23:59:59Z", "kemarin", "2026-11-23T01:02:03.5Z",
                        "1900-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2200-12-31T23:59:59Z", " 2026-11-23T01:02:03Z"]
    static let users = ["Sri Wahyuní", "Sri Wahyuní", "budi", "", "Sri Wahyuni\u{301}", "desk:t", "budi", "Ĳssel 🌊"]
    static let reasons: [String?] = [nil, "batal", "", nil, "dibatalkan — pihak mitra mundur", nil, "ü\n tab\t"]

    /// Entries of every kind, time, user and reason, in an order where neighbours differ.
    static func entries(_ n: Int) -> [DealLogEntry] {
        (0..<n).map { k in
            let kind = [DealLogEntry.Kind.recorded, .corrected, .withdrawn][k % 3]
            return DealLogEntry(eventId: k % 11 == 0 ? "é-\(k)" : "01JC\(k)-\(k * 7919 % 1000)", at: times[k % times.count],
                                user: users[k % users.count], dealId: k % 13 == 0 ? "dé\(k / 2)" : "d\(k / 2)", dealIndex: k / 2,
                                kind: kind, reason: kind == .withdrawn ? reasons[k % reasons.count] : nil)
        }
    }

    static func log(_ entries: [DealLogEntry]) -> DealLog {
        var log = DealLog()
        for e in entries { log.append(e) }
        return log
    }

    @Test func entriesComeBackAsAppended() {
        let entries = Self.entries(10_000)
        let log = Self.log(entries)
        #expect(log.count == entries.count && Array(log) == entries)
        for k in [0, 1, 2, 3, 4, 10, 11, 4095, 4096, 9_999] {
            #expect(log[k] == entries[k])
            // Compared byte for byte too: a kept time or id must not come back in another form.
            #expect(Array(log[k].at.utf8) == Array(entries[k].at.utf8))
            #expect(Array(log[k].eventId.utf8) == Array(entries[k].eventId.utf8))
            #expect(log[k].reason.map { Array($0.utf8) } == entries[k].reason.map { Array($0.utf8) })
        }
        #expect(log.map(\.reason) == entries.map(\.reason), "an empty reason is not a missing one")
        #expect(log.map(\.at) == entries.map(\.at))
        #expect(log.map(\.user) == entries.map(\.user))
    }

    @Test func accessorsAgreeWithTheSubscript() {
        let entries = Self.entries(500)
        let log = Self.log(entries)
        for k in log.indices {
            let e = entries[k]
            #expect(log.eventId(at: k) == e.eventId && log.dealIndex(at: k) == e.dealIndex, "entry \(k)")
            #expect(log.kind(at: k) == e.kind && log.dealId(at: k) == e.dealId, "entry \(k)")
            #expect(log.utcMinutes(at: k) == DateText.utcMinutes(e.at), "entry \(k): \(e.at)")
        }
    }

    @Test func equalityIsTheEntries() {
        let entries = Self.entries(60)
        #expect(Self.log(entries) == Self.log(entries))
        #expect(DealLog() == DealLog() && DealLog() == [])
        #expect(Self.log(entries) != Self.log(Array(entries.dropLast())))
        #expect(Self.log(entries) != Self.log(entries + [entries[0]]))
        // One field of one entry changed: a different log.
        let changes: [(inout DealLogEntry) -> Void] = [
            { $0.eventId += "x" }, { $0.at = "2026-11-23T01:02:04Z" }, { $0.at = "2026-11-23T01:02:03.0Z" }, { $0.user = "budi2" },
            { $0.dealId += "x" }, { $0.dealIndex += 1 }, { $0.kind = .corrected }, { $0.reason = "batal" }, { $0.reason = "" },
        ]
        for (n, change) in changes.enumerated() {
            var other = entries
            change(&other[30])
            #expect(other[30] != entries[30], "change \(n)")
            #expect(Self.log(other) != Self.log(entries), "change \(n)")
            #expect(Array(Self.log(other)) == other, "change \(n)")
        }
        // Canonically equal text is equal (as the entries' strings are).
        var decomposed = entries
        decomposed[11].eventId = "e\u{301}-11"
        decomposed[8].user = "Sri Wahyuni\u{301}"
        #expect(Self.log(decomposed) == Self.log(entries))
    }

    @Test func arrayLiteralIsAppending() {
        let e = Self.entries(4)
        let literal: DealLog = [e[0], e[1], e[2], e[3]]
        #expect(literal == Self.log(e) && Array(literal) == e)
        let empty: DealLog = []
        #expect(empty.isEmpty && empty.count == 0 && Array(empty) == [])
    }

    @Test func slicesAndReversedAreTheArrays() {
        let entries = Self.entries(300)
        let log = Self.log(entries)
        for k in [0, 1, 150, 299, 300] {
            #expect(Array(log[k...]) == Array(entries[k...]), "from \(k)")
            #expect(Array(log[..<k]) == Array(entries[..<k]), "up to \(k)")
            #expect(log[k...].startIndex == k && log[k...].count == entries.count - k)
        }
        #expect(Array(log[100..<120]) == Array(entries[100..<120]))
        #expect(log[100..<120].map(\.dealId) == entries[100..<120].map(\.dealId))
        #expect(Array(log.reversed()) == Array(entries.reversed()))
        #expect(log.reversed().first == entries.last && log.last == entries.last && log.first == entries.first)
        #expect(log.suffix(5).map(\.eventId) == entries.suffix(5).map(\.eventId))
        let emptyReason = { (e: DealLogEntry) in e.kind == .withdrawn && e.reason == "" }
        #expect(log.lastIndex(where: emptyReason) == entries.lastIndex(where: emptyReason) && log.lastIndex(where: emptyReason) != nil)
    }

    /// A log is a value: a copy appended to leaves the original as it was.
    @Test func copiesAreIndependent() {
        let entries = Self.entries(50)
        let log = Self.log(entries)
        var copy = log
        copy.reserveCapacity(200)
        for e in Self.entries(120).suffix(70) { copy.append(e) }
        #expect(Array(log) == entries && copy.count == 120 && Array(copy.prefix(50)) == entries)
        #expect(Array(copy.suffix(70)) == Array(Self.entries(120).suffix(70)))
    }

    /// The lookups screens and checks use find what a search of the entries finds (event ids
    /// compared as strings: a decomposed "é" finds the composed one), newest first.
    @Test func lookupsFindWhatASearchOfTheEntriesFinds() {
        let entries = Self.entries(3_000)
        let log = Self.log(entries)
        for id in ["é-0", "e\u{301}-0", "é-2992", "01JC1-7919", "01JC2999-\(2999 * 7919 % 1000)", "nope", ""] {
            #expect(log.lastIndex(ofEvent: id) == entries.lastIndex { $0.eventId == id }, "\(id)")
        }
        for id in ["d0", "d1499", "dé0", "d\u{E9}13", "de\u{301}13", "d1500", "none"] {
            #expect(log.lastIndex(ofDeal: id) == entries.lastIndex { $0.dealId == id }, "\(id)")
            #expect(log.indices(ofDeal: id) == entries.indices.filter { entries[$0].dealId == id }, "\(id)")
        }
        #expect(log.lastIndex(ofEvent: "é-0") == 0 && log.indices(ofDeal: "d1").count == 2)
    }
}
