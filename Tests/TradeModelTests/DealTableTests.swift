import Testing
@testable import TradeModel

/// `DealTable` must behave exactly like the `[Deal]` it replaced: every field back as it went in,
/// across chunk boundaries, after edits, after two halves join, and its id index always right.
struct DealTableTests {
    /// Deals with every kind of field: whole and decimal quantities, missing optionals, out-of-line
    /// fields on some, repeated and unique strings.
    static func deals(_ n: Int, salt: String = "") -> [Deal] {
        let quantities: [String?] = [nil, "0", "12", "12.5", "1e3", "999999999999999", "1234567890123456", "007"]
        return (0..<n).map { i in
            var d = Deal(id: "d\(salt)\(i)", mission: "m\(i % 7)\(salt)", direction: Deal.Direction.allCases[i % 4],
                         commodity: i % 5 == 0 ? nil : "c\(i % 3)", quantity: quantities[i % quantities.count],
                         unit: i % 6 == 0 ? nil : "ton", valueRupiah: Int64(i) * 1_000_003, status: Deal.Status.allCases[i % 4],
                         kind: Deal.Kind.allCases[(i / 3) % 4], illustrative: i % 2 == 0, source: "s\(i % 2)-\(salt)")
            if i % 97 == 0 { d.includedIn = "d\(salt)0"; d.party = "PT Ünïcode \(i)" }
            if i % 101 == 0 { d.basis = .inferred(LocalText(id: "alasan", en: "reason")) }
            return d
        }
    }

    @Test func everyFieldComesBackAcrossChunks() {
        let array = Self.deals(10_000)
        let table = DealTable(array)
        #expect(table.count == array.count && table.chunks.count == 3)
        #expect(Array(table) == array)
        #expect((0..<array.count).allSatisfy { table[$0] == array[$0] }, "subscript and iterator agree")
        #expect(table.repeatedIds.isEmpty)
        #expect([0, 4095, 4096, 9999].allSatisfy { table.position(ofId: array[$0].id) == $0 })
        #expect(table.position(ofId: "nope") == nil)
    }

    @Test func editsMatchAnArray() {
        var array = Self.deals(5000)
        var table = DealTable(array)
        array[4100].status = .withdrawn
        table[4100].status = .withdrawn
        array[7].commodity = "brand-new"
        table[7].commodity = "brand-new"
        array[12].id = "renamed"
        table[12].id = "renamed"
        array.append(contentsOf: Self.deals(300, salt: "x"))
        table.append(contentsOf: Self.deals(300, salt: "x"))
        #expect(Array(table) == array)
        #expect(table.position(ofId: "renamed") == 12 && table.position(ofId: "d12") == nil, "the index follows a new id")
        array.removeAll { $0.kind == .letterOfIntent }
        table.removeAll { $0.kind == .letterOfIntent }
        #expect(Array(table) == array && table.position(ofId: array[100].id) == 100)
        array.insert(Self.deals(1, salt: "y")[0], at: 3)
        table.insert(Self.deals(1, salt: "y")[0], at: 3)
        #expect(Array(table) == array)
    }

    @Test func aCopyIsUntouchedByTheOriginalsEdits() {
        var table = DealTable(Self.deals(5000))
        let before = table
        table[4999].valueRupiah = 1
        table.append(Self.deals(1, salt: "z")[0])
        #expect(before.count == 5000 && before[4999].valueRupiah == 4999 * 1_000_003)
        #expect(table.count == 5001 && table[4999].valueRupiah == 1)
    }

    @Test func repeatedIdsAreFoundInOrder() {
        var array = Self.deals(5000)
        array[4500].id = array[10].id
        array[4700].id = array[10].id
        array[4900].id = array[4800].id
        let table = DealTable(array)
        #expect(table.repeatedIds == [.init(first: 10, later: 4500), .init(first: 10, later: 4700), .init(first: 4800, later: 4900)])
        #expect(table.position(ofId: array[10].id) == 10, "the first keeps the id")
    }

    /// Ids and repeated strings compare as `String` does, canonically: a composed and a decomposed
    /// "café" are one id (a repeat) and one mission; so are the Kelvin sign and "K".
    @Test func canonicallyEqualSpellingsAreOneIdAndOneAtom() {
        let (composed, decomposed) = ("caf\u{E9}", "cafe\u{301}")
        var array = Self.deals(10)
        array[2].id = composed
        array[7].id = decomposed
        array[3].id = "K1"
        array[8].id = "\u{212A}1"
        array[4].mission = composed
        array[5].mission = decomposed
        let table = DealTable(array)
        #expect(table.repeatedIds == [.init(first: 2, later: 7), .init(first: 3, later: 8)])
        #expect(table.position(ofId: decomposed) == 2 && table.position(ofId: "\u{212A}1") == 3)
        var missions = Set<UInt32>()
        table.forEachFields { f in if f.position == 4 || f.position == 5 { missions.insert(f.mission) } }
        #expect(missions.count == 1 && table[5].mission == decomposed, "one atom, equal as String")
    }

    /// The index built in hash partitions (a loader's, one a core) finds what the one-part index finds.
    @Test func anIndexInPartsFindsWhatOneIndexFinds() {
        var array = Self.deals(20_000)
        for (later, first) in [(15_000, 3), (15_001, 3), (19_999, 12_000), (8, 7)] { array[later].id = array[first].id }
        let whole = DealTable(array)
        for parts in [2, 3] {
            var table = DealTable(array)
            table.setIdIndex((0..<parts).map { table.idIndexPart($0, of: parts) })
            #expect(table.repeatedIds == whole.repeatedIds && table.repeatedIds.count == 4, "\(parts) parts")
            #expect(array.indices.allSatisfy { table.position(ofId: array[$0].id) == whole.position(ofId: array[$0].id) })
            table.append(Self.deals(1, salt: "n")[0])
            #expect(table.position(ofId: "dn0") == 20_000 && table.appendIfNew(array[5]) == 5)
        }
    }

    @Test func twoHalvesJoinAsOneTable() {
        let first = Self.deals(5000, salt: "a")
        var second = Self.deals(7000, salt: "b")
        second[6000].id = first[1].id
        var joined = DealTable(first)
        var other = DealTable(second)
        joined.join(&other)
        #expect(other.isEmpty)
        joined.indexIds()
        let whole = DealTable(first + second)
        #expect(joined == whole && Array(joined) == first + second)
        #expect(joined.repeatedIds == whole.repeatedIds && joined.repeatedIds == [.init(first: 1, later: 11_000)])
        #expect((0..<12_000).allSatisfy { joined.id(at: $0) == whole.id(at: $0) })
        #expect(joined.position(ofId: second[6999].id) == 11_999)
        // Appending after a join (a partial chunk in the middle) still finds every position.
        joined.append(Self.deals(5000, salt: "c")[4999])
        #expect(joined[12_000].id == "dc4999" && joined.position(ofId: "dc4999") == 12_000)
    }

    @Test func fieldsAndUnusualLinesAgreeWithTheDeals() {
        let array = Self.deals(9000)
        let table = DealTable(array)
        var seen = 0
        table.forEachFields { f in
            let d = array[f.position]
            #expect(table.atom(f.mission) == d.mission && table.atom(f.commodity) == d.commodity && table.atom(f.source) == d.source)
            #expect(f.valueRupiah == d.valueRupiah && f.direction == d.direction && f.status == d.status && f.kind == d.kind)
            #expect(f.illustrative == d.illustrative)
            #expect(f.hasExtra == (d.includedIn != nil || d.party != nil || !d.basis.isStated))
            seen += 1
        }
        #expect(seen == 9000)
        let picked = table.deals { $0.hasExtra }
        #expect(picked.map(\.position) == array.indices.filter { $0 % 97 == 0 || $0 % 101 == 0 })
        #expect(picked.allSatisfy { array[$0.position] == $0.deal })
        table.forEachFields { f in
            let d = array[f.position]
            #expect(f.includedIn == d.includedIn && f.product == d.product && f.period == d.period && f.basis == d.basis
                    && f.includedInBasis == d.includedInBasis && f.hasConflicts == !d.conflictsWith.isEmpty)
        }
    }
}
