import Foundation
import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

@Suite struct RupiahInputTests {
    @Test(arguments: [
        ("1250000000", Int64(1_250_000_000)),
        ("1.250.000.000", 1_250_000_000),
        ("Rp1.250.000.000", 1_250_000_000),
        ("Rp. 1.250.000.000", 1_250_000_000),
        ("1,25 miliar", 1_250_000_000),
        ("1,25 M", 1_250_000_000),
        ("1,25miliar", 1_250_000_000),
        ("500 juta", 500_000_000),
        ("2 triliun", 2_000_000_000_000),
        ("1,053146943500 triliun", 1_053_146_943_500),
        ("750 ribu", 750_000),
        ("1.25 billion", 1_250_000_000),
        ("1,250 million", 1_250_000_000),
        ("  666 miliar ", 666_000_000_000),
    ])
    func acceptsWhatTheDeskTypes(text: String, value: Int64) {
        #expect(RupiahInput.parse(text) == .success(value))
    }

    @Test(arguments: [
        ("", RupiahInput.Failure.empty),
        ("1.25 miliar", .badGrouping),
        ("1.2500.000", .badGrouping),
        ("1,5", .decimalWithoutScale),
        ("1,0005 ribu", .notWhole),
        ("99999999999 triliun", .tooLarge),
        ("99999999999999999999", .tooLarge),
        ("abc", .notANumber("abc")),
        ("12 apel", .notANumber("12 apel")),
        ("-5", .notANumber("-5")),
    ])
    func refusesWithAReason(text: String, failure: RupiahInput.Failure) {
        #expect(RupiahInput.parse(text) == .failure(failure))
        #expect(!failure.sentence(.id).isEmpty && !failure.sentence(.en).isEmpty)
    }

    @Test func saysTheValueBackInWords() {
        #expect(RupiahInput.words(1_250_000_000, .id) == "satu koma dua lima miliar rupiah")
        #expect(RupiahInput.words(1_250_000_000, .en) == "one point two five billion rupiah")
        #expect(RupiahInput.words(666_000_000_000, .id) == "enam ratus enam puluh enam miliar rupiah")
        #expect(RupiahInput.words(1_250_000_000_000, .id) == "satu koma dua lima triliun rupiah")
        #expect(RupiahInput.words(124_000_000_000, .en) == "one hundred twenty-four billion rupiah")
        #expect(RupiahInput.words(11_500, .id) == "sebelas ribu lima ratus rupiah")
        #expect(RupiahInput.words(1_000, .id) == "seribu rupiah")
        #expect(RupiahInput.words(Int64.max, .id).hasSuffix("triliun rupiah"))
    }
}

@Suite struct DealEventTests {
    func event(_ b: JournalEvent.Body) -> JournalEvent {
        JournalEvent(eventId: JournalClock.newEventId(), at: "2026-11-23T01:00:00Z", user: "desk", body: b)
    }

    @Test func missionsCreatedDealsRecordedCorrectedAndWithdrawn() throws {
        let base = try loadBundled()
        let path = NSTemporaryDirectory() + "trade-tui-desk-" + UUID().uuidString + "/j.jsonl"
        let w = JournalWriter(path: path, datasetId: base.datasetId)
        let m = DealDesk.newMission(id: nil, organiser: base.region("jatim")!, partner: base.region("malut")!, city: "Ternate", venue: "Bela",
                                    date: PartialDate(parsing: "2026-03-12")!, title: nil, theme: nil, target: 600_000_000_000, user: "desk")
        #expect(m.id == "m2026-03-12-malut" && m.timeZone == .WIT && m.title == "Misi Dagang Jatim–Maluku Utara 2026")
        var d1 = Deal(id: "d1", mission: m.id, direction: .sell, commodity: "rice", valueRupiah: 2_500_000_000, status: .committed, kind: .itemised, source: "desk")
        let d2 = Deal(id: "d2", mission: "a2025-batam", direction: .sell, commodity: "coffee", valueRupiah: 1_000_000_000, status: .committed, kind: .itemised, source: "desk")
        try w.append([event(.missionCreated(m)), event(.dealRecorded(d1)), event(.dealRecorded(d2))])
        d1.valueRupiah = 250_000_000
        try w.append([event(.dealCorrected(d1)), event(.dealWithdrawn(dealId: "d2", reason: "batal"))])
        var ds = base
        let r = Journal.replay(path: path, into: &ds)
        #expect(r.applied == 5 && r.problems.isEmpty, "\(r.problems)")
        let a = try Aggregates.compute(ds)
        #expect(a.missions.first { $0.id == m.id }?.totalValueRupiah == 250_000_000, "corrected, not added")
        #expect(a.missions.first { $0.id == "a2025-batam" }?.totalValueRupiah == 0, "withdrawn deals do not count")
        #expect(ds.deals.first { $0.id == "d2" }?.status == .withdrawn, "withdrawn deals stay visible")
        #expect(ds.dealLog.map(\.kind) == [.recorded, .recorded, .corrected, .withdrawn])
        let before = try Aggregates.compute(base).totalValueRupiah
        #expect(a.totalValueRupiah == before + 250_000_000)
    }

    @Test func dealsOnAgreementsCountButPotentialDoesNot() throws {
        var ds = try loadBundled()
        ds.deals.append(Deal(id: "x", mission: "a2025-batam", direction: .sell, commodity: "rice", valueRupiah: 5, status: .committed, kind: .itemised, source: "s"))
        let a = try Aggregates.compute(ds)
        let batam = try #require(a.missions.first { $0.id == "a2025-batam" })
        #expect(batam.totalValueRupiah == 5 && batam.potentialRupiah == 2_100_000_000_000)
    }

    @Test func theDeskRefusesWhatCannotBeRecorded() throws {
        let ds = try loadBundled()
        let ok = Deal(id: "new", mission: "m2025-kaltim", direction: .buy, commodity: "seafood", quantity: "12.5", valueRupiah: 1, status: .committed, kind: .itemised, source: "s")
        #expect(DealDesk.problems(ok, in: ds).isEmpty)
        var bad = ok
        bad.mission = "m-nowhere"; bad.commodity = "durian"; bad.valueRupiah = 0; bad.quantity = "lots"; bad.id = "d2025-kaltim-sell"
        let p = DealDesk.problems(bad, in: ds)
        #expect(p.count == 5, "\(p)")
        #expect(DealDesk.publishedFinal("m2025-kaltim", in: ds) == 1_053_146_943_500)
        #expect(DealDesk.publishedFinal("a2025-batam", in: ds) == nil)
        #expect(DealDesk.quantityText("12,5") == "12.5")
        // Valid JSON, but past the largest double: other readers of the journal would see infinity.
        #expect(DealDesk.quantityText("1e309") == nil)
        #expect(DealDesk.quantityText("1e308") == "1e308")
        var huge = ok
        huge.quantity = "1e309"
        #expect(DealDesk.problems(huge, in: ds) == ["the quantity \"1e309\" is not a number"])
        #expect(DealDesk.quantityText("-3") == nil)
    }
}
