import Testing
@testable import TradeModel

/// `EventStamp`: the journal's `YYYY-MM-DDTHH:MM:SSZ` times held as seconds. Only that exact form
/// of a real time becomes a number (and prints back the same); any other text stays text, and the
/// deal log reads the same minutes from either as `DateText` reads from the text.
@Suite struct EventStampTests {
    static let canonical = [
        "1900-01-01T00:00:00Z", "1900-02-28T23:59:59Z", "1900-03-01T00:00:00Z", "1904-02-29T12:00:00Z",
        "1969-12-31T23:59:59Z", "1969-12-31T23:59:00Z", "1969-12-31T23:58:59Z", "1969-01-01T00:00:01Z",
        "1970-01-01T00:00:00Z", "1970-01-01T00:00:59Z", "1970-01-01T00:01:00Z", "1999-12-31T23:59:59Z",
        "2000-02-29T00:00:00Z", "2000-03-01T00:00:00Z", "2024-02-29T13:14:15Z", "2026-11-23T01:02:03Z",
        "2026-12-31T23:59:59Z", "2100-02-28T10:10:10Z", "2100-03-01T00:00:00Z", "2200-12-31T23:59:59Z",
    ]

    @Test func canonicalTimesRoundTrip() {
        for t in Self.canonical {
            guard let s = EventStamp.seconds(t) else { Issue.record("\(t) should be a number"); continue }
            #expect(EventStamp.text(s) == t)
            // Seconds, then minutes: the same minute `DateText` reads from the text (floor, also before 1970).
            #expect(Int(s >= 0 ? s / 60 : (s - 59) / 60) == DateText.utcMinutes(t), "\(t)")
        }
        #expect(EventStamp.seconds("1970-01-01T00:00:00Z") == 0)
        #expect(EventStamp.seconds("1969-12-31T23:59:59Z") == -1)
        #expect(EventStamp.seconds("1970-01-02T00:00:01Z") == 86_401)
        #expect(EventStamp.seconds("1900-01-01T00:00:00Z") == -2_208_988_800)
        #expect(EventStamp.seconds("2200-12-31T23:59:59Z") == 7_289_654_399)
        #expect(EventStamp.seconds("2026-11-23T01:02:03Z") == 1_795_395_723)
    }

    /// Every second of a day either side of 1970 and of a leap day, every hour of four years and
    /// every day of 1900–2200: each reads back as written, one second after the one before.
    @Test func everyTimeInRangesRoundTrips() {
        func check(_ from: Int64, _ to: Int64, by step: Int64) {
            var last = ""
            for s in stride(from: from, through: to, by: Int(step)) {
                let t = EventStamp.text(s)
                // Text in order is time in order (fixed width): each is after the one before.
                guard EventStamp.seconds(t) == s, last < t else {
                    Issue.record("\(s) → \(t) → \(String(describing: EventStamp.seconds(t))) after \(last)")
                    return
                }
                last = t
            }
        }
        check(-86_400, 86_400, by: 1)
        check(EventStamp.seconds("2024-02-28T23:00:00Z")!, EventStamp.seconds("2024-03-01T01:00:00Z")!, by: 1)
        check(EventStamp.seconds("1967-01-01T00:00:00Z")!, EventStamp.seconds("1971-12-31T23:00:00Z")!, by: 3600)
        check(EventStamp.seconds("1900-01-01T00:00:00Z")!, EventStamp.seconds("2200-12-31T00:00:00Z")!, by: 86_400)
    }

    @Test(arguments: [
        "2026-02-30T00:00:00Z", "2026-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2100-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-00T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T23:60:00Z",
        "2026-12-31T23:59:60Z", "2026-11-23T01:02:03z", "2026-11-23t01:02:03Z", "2026-11-23T01:02:03.5Z", "2026-11-23T01:02Z",
        "2026-11-23T01:02:03", "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "0000-01-01T00:00:00Z", " 2026-11-23T01:02:03Z",
        "2026-11-23T01:02:03Z ", "2026-11-23 01:02:03Z", "2026-11-23T01:02:3Z", "2026-11-23T01:02:03ZZ", "2026-1-23T01:02:03Z",
        "2026-11-23T01:02:03+00", "2026/11/23T01:02:03Z", "+026-11-23T01:02:03Z", "2026-11-23T-1:02:03Z", "2026-11-23T01:0a:03Z",
        "２026-11-23T01:02:03Z", "2026-11-23T01:02:03Ｚ", "t", "", "kemarin", "20261123T010203Z", "2026-11-23T01:02:03.000Z",
    ])
    func nonCanonicalStaysText(_ t: String) {
        #expect(EventStamp.seconds(t) == nil, "\(t)")
        var log = DealLog()
        log.append(DealLogEntry(eventId: "e", at: t, user: "u", dealId: "d", dealIndex: 0, kind: .recorded))
        #expect(log[0].at == t, "kept as written")
        #expect(log.utcMinutes(at: 0) == DateText.utcMinutes(t), "\(t)")
    }

    /// The log's minutes: from the seconds for canonical times (floor division before 1970), from
    /// the text for the rest — always what `DateText.utcMinutes` reads from the text.
    @Test func dealLogMinutesAgreeWithDateText() {
        let odd = ["2026-11-23T01:02:03.5Z", "2026-12-31T23:59:60Z", "1969-12-31T23:59:60Z", "2026-11-23T01:02Z", "1969-12-31T23:59Z",
                   "1969-12-31T23:59:59.999Z", "kemarin", "2026-02-30T00:00:00Z"]
        let extra = (0..<300).map { k in EventStamp.text(Int64(k) * 7_919 - 1_200_000) }
        let times = Self.canonical + odd + extra
        var log = DealLog()
        for (k, t) in times.enumerated() {
            log.append(DealLogEntry(eventId: "e\(k)", at: t, user: "u", dealId: "d", dealIndex: k, kind: .recorded))
        }
        for (k, t) in times.enumerated() {
            #expect(log[k].at == t)
            #expect(log.utcMinutes(at: k) == DateText.utcMinutes(t), "\(t)")
        }
        #expect(log.utcMinutes(at: times.firstIndex(of: "1969-12-31T23:59:59Z")!) == -1)
        #expect(log.utcMinutes(at: times.firstIndex(of: "1969-12-31T23:58:59Z")!) == -2)
        #expect(log.utcMinutes(at: times.firstIndex(of: "1970-01-01T00:00:59Z")!) == 0)
        #expect(log.utcMinutes(at: times.firstIndex(of: "kemarin")!) == nil)
        #expect(log.utcMinutes(at: times.firstIndex(of: "2026-11-23T01:02:03.5Z")!) == DateText.utcMinutes("2026-11-23T01:02:00Z"))
    }

    /// A recorded deal's time as the decoder hands it over (seconds, or nil with the text) reads
    /// back exactly as an appended entry's.
    @Test func recordedFromBytesMatchesAppended() {
        for t in Self.canonical + ["kemarin", "2026-11-23T01:02:03.5Z", "1899-12-31T23:59:59Z", "2026-11-23T24:00:00Z"] {
            var a = DealLog(), b = DealLog()
            a.append(DealLogEntry(eventId: "é-1", at: t, user: "Sri", dealId: "d", dealIndex: 3, kind: .recorded))
            var id = "é-1", text = t
            let seconds = text.withUTF8 { EventStamp.seconds($0) }
            #expect(seconds == EventStamp.seconds(t))
            let sri = b.userNumber("Sri")
            id.withUTF8 { b.appendRecorded(eventId: $0, at: seconds, atText: { text }, user: sri, dealId: "d", dealIndex: 3) }
            #expect(a == b && b[0].at == t && b.utcMinutes(at: 0) == DateText.utcMinutes(t), "\(t)")
        }
    }
    /// A journal part reads a time in the last one's minute from its seconds alone
    /// (`Journal.Rows.seconds`): the same number as reading it whole, or nil, for every kind of
    /// next time — same minute, next minute, odd seconds, other forms, before 1970.
    @Test func aTimeInTheLastOnesMinuteReadsAsAWholeOne() {
        let base = ["2026-11-23T01:02:03Z", "1969-12-31T23:59:58Z", "1970-01-01T00:00:00Z", "2026-02-28T23:59:59Z"]
        var times: [String] = []
        for b in base {
            let minute = String(b.prefix(17))
            times += [b, minute + "00Z", minute + "59Z", minute + "07Z", minute + "60Z", minute + "5aZ", minute + "7Z", minute + "09z",
                      minute + "1 Z", minute + "09ZZ", minute + "0/Z", minute + ":0Z", b, "kemarin", minute + "11Z", b]
        }
        times += ["2026-11-23T01:03:00Z", "2026-11-23T01:02:59Z", "2026-13-23T01:02:03Z", "2026-11-23T01:02:03Z"]
        var rows = Journal.Rows()
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for t in times {
            ranges.append(bytes.count..<(bytes.count + t.utf8.count))
            bytes += Array(t.utf8)
        }
        bytes.withUnsafeBufferPointer { b in
            for (t, r) in zip(times, ranges) {
                #expect(rows.seconds(r, in: b) == EventStamp.seconds(t), "\(t)")
            }
        }
    }
}
