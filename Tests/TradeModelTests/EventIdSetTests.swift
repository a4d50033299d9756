import Testing
@testable import TradeModel

/// `EventIdSet`, the ids a journal reader has seen: a set of strings as `Set<String>` is one —
/// canonically equal ids are the same id — kept as bytes in an open-addressed table that grows.
@Suite struct EventIdSetTests {
    /// The set behind a reference, so `#expect` can insert (it cannot call a mutating method).
    final class Ids {
        var ids = EventIdSet()
        var count: Int { ids.count }
        @discardableResult func insert(_ id: String) -> Bool { ids.insert(id) }
        func contains(_ id: String) -> Bool { ids.contains(id) }
        func reserve(_ n: Int) { ids.reserve(n) }
    }

    @Test func insertsOnceAndFinds() {
        let s = Ids()
        #expect(s.count == 0 && !s.contains("e1") && !s.contains(""))
        #expect(s.insert("e1") && s.insert("e2") && s.insert("é"))
        #expect(!s.insert("e1") && !s.insert("é") && !s.insert("e2"), "a repeat is refused")
        #expect(s.count == 3)
        #expect(s.contains("e1") && s.contains("e2") && s.contains("é"))
        #expect(!s.contains("e3") && !s.contains("e") && !s.contains("e1 ") && !s.contains("E1") && !s.contains("e"))
    }

    /// Ids equal as Swift strings compare them are one id, whichever form comes first.
    @Test(arguments: [
        ("café", "cafe\u{301}"), ("cafe\u{301}", "café"), ("K-7", "\u{212A}-7"), ("\u{212A}-7", "K-7"), ("x;y", "x\u{037E}y"),
        ("a`b", "a\u{1FEF}b"), ("Å1", "\u{212B}1"), ("A\u{30A}1", "Å1"), ("ệ", "e\u{323}\u{302}"), ("e\u{302}\u{323}", "ệ"),
        ("01JC-é-\u{212A}", "01JC-e\u{301}-K"), ("한", "\u{1112}\u{1161}\u{11AB}"),
    ])
    func canonicallyEqualIdsAreOne(_ pair: (String, String)) {
        let (a, b) = pair
        #expect(a == b && Array(a.utf8) != Array(b.utf8), "the pair is canonically equal, not the same bytes")
        let s = Ids()
        for k in 0..<40 { s.insert("pad-\(k)") }
        #expect(s.insert(a))
        #expect(s.contains(b) && s.contains(a))
        #expect(!s.insert(b), "\(a) then \(b): one id")
        #expect(s.count == 41)
        // Still one id after the table grows around it.
        for k in 0..<5_000 { s.insert("more-\(k)") }
        #expect(s.contains(b) && !s.insert(b) && !s.insert(a))
    }

    @Test func canonicallyDifferentIdsAreTwo() {
        let s = Ids()
        let ids = ["e", "é", "è", "ê", "K", "k", "\u{212A}\u{301}", "Å", "A", "\u{3A9}", "\u{2126}x", "ﬁ", "fi", "ｅ"]
        for id in ids { #expect(s.insert(id), "\(id) is new") }
        #expect(s.count == ids.count)
        // The Kelvin sign with an accent is K with one, which is Ḱ; the Ohm sign is Omega.
        #expect(!s.insert("\u{1E30}") && s.contains("K\u{301}") && s.contains("\u{2126}") && s.contains("\u{3A9}x") && !s.contains("x"))
    }

    /// ASCII ids of the same length that differ only late, near their end (one byte): all kept apart.
    @Test func idsThatDifferLateAreApart() {
        let s = Ids()
        let stem = "01JCBX7M4W2QZ5H8N3P6R9T1V-" + String(repeating: "0", count: 40)
        var ids: [String] = []
        for k in 0..<2_000 {
            ids.append(stem + String(k % 10) + String(k / 10 % 10) + String(k / 100 % 10) + String(k / 1000))
        }
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(s.insert(id)) }
        #expect(s.count == ids.count && ids.allSatisfy { s.contains($0) })
        #expect(ids.allSatisfy { !s.insert($0) })
        #expect(!s.contains(stem + "0009") && !s.contains(stem + "000") && !s.contains(stem + "00000"))
        #expect(!s.contains(String(stem.dropFirst()) + "00000"))
        let nonASCII = ids.map { $0 + "é" }
        for id in nonASCII.prefix(300) { #expect(s.insert(id)) }
        #expect(nonASCII.prefix(300).allSatisfy { s.contains($0) && s.contains(String($0.dropLast()) + "e\u{301}") })
        #expect(!s.contains(ids[400] + "e") && s.count == 2_300)
    }

    /// Past many rehashes: every id still there, nothing else is.
    @Test func growsPastManyRehashes() {
        let s = Ids()
        var set = Set<String>()
        for k in 0..<100_000 {
            let id = k % 17 == 0 ? "é\(k)" : k % 29 == 0 ? "\u{212A}\(k)" : "01JC\(k)"
            let fresh = s.insert(id)
            if fresh != set.insert(id).inserted { Issue.record("\(id): \(fresh)"); break }
        }
        #expect(s.count == set.count && s.count == 100_000)
        var missing = 0
        for k in 0..<100_000 {
            let id = k % 17 == 0 ? "e\u{301}\(k)" : k % 29 == 0 ? "K\(k)" : "01JC\(k)"
            if !s.contains(id) { missing += 1 }
        }
        #expect(missing == 0)
        #expect(!s.contains("01JC100000") && !s.contains("01JC-1") && !s.contains("é1") && !s.contains("K1") && !s.contains("01JC"))
        #expect(s.contains("é0") && s.contains("K29") && s.contains("01JC99999"))
        #expect(!s.insert("01JC99999") && !s.insert("e\u{301}17") && s.insert("01JC100000") && s.count == 100_001)
    }

    @Test func reserveThenInsert() {
        for n in [0, 1, 15, 16, 17, 1_000, 40_000] {
            let s = Ids()
            s.reserve(n)
            #expect(s.count == 0 && !s.contains("e0"))
            for k in 0..<(n + 50) { #expect(s.insert("e\(k)")) }
            #expect(s.count == n + 50 && (0..<(n + 50)).allSatisfy { s.contains("e\($0)") } && !s.contains("e\(n + 50)"))
            // Reserving again, smaller or larger, keeps what is there.
            s.reserve(n / 2)
            s.reserve(n * 3 + 100)
            #expect((0..<(n + 50)).allSatisfy { !s.insert("e\($0)") } && s.insert("new") && s.count == n + 51)
        }
        let grown = Ids()
        for k in 0..<100 { grown.insert("g\(k)") }
        grown.reserve(10_000)
        #expect((0..<100).allSatisfy { grown.contains("g\($0)") } && grown.insert("g100") && !grown.insert("g5"))
    }

    /// The bytes-and-hash insert the feed uses (hashes worked out on the decoding cores) agrees
    /// with the string insert.
    @Test func byteInsertAgreesWithStringInsert() {
        var a = EventIdSet(), b = EventIdSet()
        let ids = (0..<3_000).map { k in k % 7 == 0 ? "é-\(k)" : k % 11 == 0 ? "\u{212A}-\(k)" : "ev-\(k)" }
        for id in ids {
            var bytes = id
            let fresh = bytes.withUTF8 { b.insert($0, hash: IdBytes.hash($0)) }
            let inserted = a.insert(id)
            #expect(fresh == inserted)
        }
        #expect(a == b && a.count == 3_000)
        for id in ["e\u{301}-7", "K-11", "ev-1"] {
            var bytes = id
            let fresh = bytes.withUTF8 { b.insert($0, hash: IdBytes.hash($0)) }
            #expect(!fresh && b.contains(id), "\(id)")
        }
        // Canonically equal ids hash alike from their bytes (else the set would hold both).
        func hash(_ s: String) -> Int { Array(s.utf8).withUnsafeBufferPointer { IdBytes.hash($0) } }
        for (x, y) in [("café", "cafe\u{301}"), ("K9", "\u{212A}9"), ("a;", "a\u{037E}"), ("`", "\u{1FEF}"), ("Å", "\u{212B}")] {
            #expect(hash(x) == hash(y) && hash(x) == DealIdIndex.hash(y) && DealIdIndex.hash(x) == hash(y), "\(x)")
        }
    }
}
