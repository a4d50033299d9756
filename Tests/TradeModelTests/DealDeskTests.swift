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
        #expect(RupiahInput.parse(text, .id) == .success(value))
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
        #expect(RupiahInput.parse(text, .id) == .failure(failure))
        #expect(!failure.sentence(.id, reading: .id).isEmpty && !failure.sentence(.en, reading: .id).isEmpty)
    }

    /// The English screen prints `Rp1,053,146,943,500` and `Rp1.05 trillion`: typed the same way it reads.
    @Test(arguments: [
        ("1,234,567,891", Int64(1_234_567_891)),
        ("Rp1,053,146,943,500", 1_053_146_943_500),
        ("1234567891", 1_234_567_891),
        ("1.25 billion", 1_250_000_000),
        ("1.05 trillion", 1_050_000_000_000),
        ("500 million", 500_000_000),
        ("1.5m", 1_500_000),
        ("1.25 miliar", 1_250_000_000),
        ("750k", 750_000),
        // Ambiguous between the languages: the English way, said back in words below.
        ("1,250", 1_250),
        ("2,500 million", 2_500_000_000),
    ])
    func readsTheEnglishWayOnTheEnglishScreen(text: String, value: Int64) {
        #expect(RupiahInput.parse(text, .en) == .success(value))
        #expect(RupiahInput.parse(Rupiah.exact(value, .en), .en) == .success(value), "the English figure reads back")
    }

    @Test(arguments: [
        ("1,234,567,891.5", RupiahInput.Failure.decimalWithoutScale),
        ("1.234.567.891", .badGrouping),
        ("1,25 miliar", .badGrouping),
        ("1,2500,000", .badGrouping),
        ("1.250", .decimalWithoutScale),
        ("1.0005 thousand", .notWhole),
    ])
    func refusesInEnglishWithEnglishExamples(text: String, failure: RupiahInput.Failure) {
        #expect(RupiahInput.parse(text, .en) == .failure(failure))
        #expect(!failure.sentence(.en, reading: .en).contains("miliar") && !failure.sentence(.en, reading: .en).contains("juta"))
    }

    @Test func theSentencesGiveExamplesOfTheWayTheValueIsRead() {
        #expect(RupiahInput.Failure.badGrouping.sentence(.en, reading: .en)
            == "a comma separates thousands (groups of three); decimals take a dot: 1.25 billion")
        #expect(RupiahInput.Failure.badGrouping.sentence(.id, reading: .id)
            == "titik memisahkan ribuan (kelompok tiga angka); desimal memakai koma: 1,25 miliar")
        // The command line reads the Indonesian way in either language, and says so.
        #expect(RupiahInput.Failure.badGrouping.sentence(.en, reading: .id)
            == "a dot separates thousands (groups of three); decimals take a comma: 1,25 miliar")
        #expect(RupiahInput.Failure.decimalWithoutScale.sentence(.en, reading: .en) == "a decimal needs a scale word: million, billion or trillion")
        #expect(RupiahInput.Failure.notANumber("x").sentence(.en, reading: .en) == "“x” is not a rupiah amount (e.g. 1,250,000,000 or 1.25 billion)")
    }

    /// What reads differently in the two languages is read in the one in use, and the words say how.
    @Test func anAmbiguousValueFollowsTheLanguageAndIsSaidBack() throws {
        let en = try RupiahInput.parse("1,250", .en).get()
        #expect(RupiahInput.words(en, .en) == "one thousand two hundred fifty rupiah")
        let id = try RupiahInput.parse("2.500", .id).get()
        #expect(RupiahInput.words(id, .id) == "dua ribu lima ratus rupiah")
        #expect(RupiahInput.parse("1,5 M", .id) == .success(1_500_000_000))
        let million = try RupiahInput.parse("1.5 m", .en).get()
        #expect(RupiahInput.words(million, .en) == "one point five million rupiah")
        #expect(RupiahInput.parse("1,250", .id) == .failure(.decimalWithoutScale))
    }

    @Test func saysTheValueBackInWords() {
        #expect(RupiahInput.words(1_250_000_000, .id) == "satu koma dua lima miliar rupiah")
        #expect(RupiahInput.words(1_250_000_000, .en) == "one point two five billion rupiah")
        #expect(RupiahInput.words(666_000_000_000, .id) == "enam ratus enam puluh enam miliar rupiah")
        #expect(RupiahInput.words(1_250_000_000_000, .id) == "satu koma dua lima triliun rupiah")
        #expect(RupiahInput.words(124_000_000_000, .en) == "one hundred twenty-four billion rupiah")
        // Not a string of digits: a non-round value is read group by group, as a person says it.
        #expect(RupiahInput.words(1_654_321_987, .id)
            == "satu miliar enam ratus lima puluh empat juta tiga ratus dua puluh satu ribu sembilan ratus delapan puluh tujuh rupiah")
        #expect(RupiahInput.words(1_053_146_943_500, .en)
            == "one trillion fifty-three billion one hundred forty-six million nine hundred forty-three thousand five hundred rupiah")
        #expect(RupiahInput.words(1_234_000_000, .id) == "satu koma dua tiga empat miliar rupiah")
        #expect(RupiahInput.words(11_500, .id) == "sebelas ribu lima ratus rupiah")
        #expect(RupiahInput.words(1_000, .id) == "seribu rupiah")
        let max = RupiahInput.words(Int64.max, .id)
        #expect(max.hasPrefix("sembilan juta dua ratus dua puluh tiga ribu tiga ratus tujuh puluh dua triliun") && max.hasSuffix("delapan ratus tujuh rupiah"))
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
        #expect(DealDesk.quantityText("2.500") == "2500", "a dot groups thousands, as in values")
        // Valid JSON, but past the largest double: other readers of the journal would see infinity.
        #expect(DealDesk.quantityText("1e309") == nil)
        #expect(DealDesk.quantityText("1e308") == "1e308")
        var huge = ok
        huge.quantity = "1e309"
        #expect(DealDesk.problems(huge, in: ds) == ["the quantity \"1e309\" is not a number"])
        #expect(DealDesk.quantityText("-3") == nil)
    }
}

@Suite struct QuantityInputTests {
    @Test(arguments: [
        ("2.500", "2500"), ("2,5", "2.5"), ("1.250,75", "1250.75"), ("2.500.000", "2500000"), ("0,125", "0.125"),
        ("12", "12"), (" 360 ", "360"), ("1e3", "1e3"), ("12,50", "12.50"), ("1.000,500", "1000.500"),
    ])
    func readsTheIndonesianWay(text: String, json: String) {
        #expect(QuantityInput.parse(text, .id) == .success(json))
        #expect(QuantityInput.parse(QuantityInput.typed(json, .id), .id) == .success(json), "what the form shows reads back the same")
    }

    @Test(arguments: [
        ("", QuantityInput.Failure.empty),
        ("12.5", .badGrouping("12.5")), ("1.5", .badGrouping("1.5")), ("1,250,000", .badGrouping("1,250,000")), ("2,5.0", .badGrouping("2,5.0")),
        ("2,500", .ambiguous("2,500")), ("12,750", .ambiguous("12,750")),
        ("lots", .notANumber("lots")), ("-2,5", .notANumber("-2,5")), (",5", .notANumber(",5")), ("1e309", .notANumber("1e309")),
    ])
    func refusesWhatCouldBeMisread(text: String, failure: QuantityInput.Failure) {
        #expect(QuantityInput.parse(text, .id) == .failure(failure))
        #expect(!failure.sentence(.id, reading: .id).isEmpty && !failure.sentence(.en, reading: .id).isEmpty)
    }

    @Test func theSentencesShowBothReadings() {
        #expect(QuantityInput.Failure.ambiguous("2,500").sentence(.en, reading: .id)
            == "“2,500” can be read two ways: write 2,5 for a decimal or 2.500 for thousands")
        #expect(QuantityInput.Failure.ambiguous("2,000").sentence(.id, reading: .id)
            == "“2,000” bisa dibaca dua cara: tulis 2 untuk desimal atau 2.000 untuk ribuan")
        #expect(QuantityInput.Failure.badGrouping("12.5").sentence(.en, reading: .id).hasSuffix("decimals take a comma (12,5)"))
    }

    @Test(arguments: [
        ("12.5", "12.5"), ("2,500", "2500"), ("1,250.75", "1250.75"), ("2,500,000", "2500000"), ("0.125", "0.125"),
        ("12", "12"), ("1e3", "1e3"), ("12.50", "12.50"), ("1,000.500", "1000.500"), ("1,250", "1250"),
    ])
    func readsTheEnglishWayOnTheEnglishScreen(text: String, json: String) {
        #expect(QuantityInput.parse(text, .en) == .success(json))
        #expect(QuantityInput.parse(QuantityInput.typed(json, .en), .en) == .success(json), "what the English form shows reads back the same")
    }

    @Test(arguments: [
        ("12,5", QuantityInput.Failure.badGrouping("12,5")), ("1.250.000", .badGrouping("1.250.000")), ("2.5,0", .badGrouping("2.5,0")),
        ("2.500", .ambiguous("2.500")), ("12.750", .ambiguous("12.750")), ("-2.5", .notANumber("-2.5")),
    ])
    func refusesInEnglishWhatCouldBeMisread(text: String, failure: QuantityInput.Failure) {
        #expect(QuantityInput.parse(text, .en) == .failure(failure))
    }

    @Test func theEnglishSentencesGiveEnglishExamples() {
        #expect(QuantityInput.Failure.badGrouping("12,5").sentence(.en, reading: .en)
            == "“12,5”: a comma separates thousands (2,500 is two thousand five hundred); decimals take a dot (12.5)")
        #expect(QuantityInput.Failure.ambiguous("2.500").sentence(.en, reading: .en)
            == "“2.500” can be read two ways: write 2.5 for a decimal or 2,500 for thousands")
        #expect(QuantityInput.Failure.notANumber("x").sentence(.en, reading: .en) == "“x” is not a quantity (e.g. 2,500 or 2.5)")
    }
}

@Suite struct DeskRuleTests {
    let ds: Dataset
    let totals: Aggregates
    init() throws {
        ds = try loadBundled()
        totals = try Aggregates.compute(ds)
    }

    func deal(_ id: String) -> Deal { ds.deals.first { $0.id == id }! }
    func new(_ mission: String, _ value: Int64, commodity: String? = nil) -> DeskChange {
        DeskChange(new: Deal(id: "n-\(mission)-\(value)", mission: mission, direction: .sell, commodity: commodity, valueRupiah: value,
                             status: .committed, kind: .itemised, source: "desk"))
    }
    func problems(_ changes: [DeskChange], in d: Dataset? = nil, lang: Language = .en) throws -> [String] {
        let data = d ?? ds
        return DealDesk.totalsProblems(changes, in: data, totals: try Aggregates.compute(data), lang: lang)
    }

    @Test func aValueThatWouldOverflowAMissionIsRefusedWithTheFigure() throws {
        #expect(try problems([new("m2025-kaltim", .max)]) == [
            "the total of mission m2025-kaltim would pass Rp9,223,372,036,854,775,807, the most a total can hold "
                + "(now Rp1,053,146,943,500; this change adds Rp9,223,372,036,854,775,807)",
        ])
        #expect(try problems([new("m2025-kaltim", .max)], lang: .id).first?.hasPrefix("total misi m2025-kaltim akan melampaui Rp9.223.372.036.854.775.807") == true)
        var c = deal("d2025-kaltim-sell")
        c.valueRupiah = .max - 1000
        #expect(try problems([DeskChange(old: deal("d2025-kaltim-sell"), new: c)]).first?.contains("the total of mission m2025-kaltim") == true)
    }

    @Test func theGrandTotalAndACommodityAreCheckedBeyondTheMission() throws {
        // The mission's own total fits exactly; the grand total does not.
        let grand = try problems([new("m2025-kaltim", .max - 1_053_146_943_500)])
        #expect(grand.count == 1 && grand[0].hasPrefix("the grand total would pass Rp9,223,372,036,854,775,807"), "\(grand)")
        #expect(grand[0].contains("now \(Rupiah.exact(totals.totalValueRupiah, .en))"))
        // Two rows of one import, each fine alone.
        let half = Int64.max / 2
        #expect(try problems([new("m2025-ntb", half)]).isEmpty)
        #expect(try problems([new("m2025-kaltim", half)]).isEmpty)
        #expect(try problems([new("m2025-ntb", half), new("m2025-kaltim", half)]).first?.hasPrefix("the grand total") == true)
        // A breakdown line credits its commodity without adding to the mission.
        var bmi = deal("d2025-maluku-bmi")
        bmi.valueRupiah = .max - 50
        #expect(try problems([DeskChange(old: deal("d2025-maluku-bmi"), new: bmi)]).first?.hasPrefix("the total of commodity seafood would pass") == true)
    }

    @Test func aBreakdownCannotExceedItsMissionNorCountTwice() throws {
        var bmi = deal("d2025-maluku-bmi")
        bmi.valueRupiah = 4_595_010_140_000
        #expect(try problems([DeskChange(old: deal("d2025-maluku-bmi"), new: bmi)]) == [
            "the breakdown lines of \"m2025-maluku\" (Rp4,794,510,140,000) would exceed its total (Rp459,501,014,000)",
        ])
        var buy = deal("d2025-maluku-buy")
        buy.commodity = "seafood"
        #expect(try problems([DeskChange(old: deal("d2025-maluku-buy"), new: buy)]) == [
            "the value of \"m2025-maluku\" not split by commodity would become -Rp174,559,000,000: its breakdown lines would count twice",
        ])
        // Withdrawing the line the breakdowns sit in leaves them larger than the mission.
        #expect(try problems([.withdrawal(deal("d2025-maluku-buy"))]).first?.contains("would exceed its total (Rp150,241,000,000)") == true)
        // Within bounds, lowered, or withdrawn where nothing depends on it: nothing to say.
        var small = deal("d2025-maluku-bmi")
        small.valueRupiah = 100_000_000_000
        #expect(try problems([DeskChange(old: deal("d2025-maluku-bmi"), new: small), .withdrawal(deal("d2025-kaltim-buy"))]).isEmpty)
    }

    @Test func whatWasAlreadyWrongIsNotHeldAgainstAnotherChange() throws {
        var broken = ds
        let i = broken.deals.firstIndex { $0.id == "d2025-maluku-bmi" }!
        broken.deals[i].valueRupiah = 900_000_000_000
        var party = broken.deals[i]
        party.party = "PT Lain"
        #expect(try problems([DeskChange(old: broken.deals[i], new: party)], in: broken).isEmpty)
        var worse = party
        worse.valueRupiah += 1
        #expect(try problems([DeskChange(old: broken.deals[i], new: worse)], in: broken).count == 1)
    }

    @Test func anIndexedMissionGivesTheSameAnswerAsAScan() throws {
        var bmi = deal("d2025-maluku-bmi")
        bmi.valueRupiah = 4_595_010_140_000
        let change = [DeskChange(old: deal("d2025-maluku-bmi"), new: bmi), new("m2025-kaltim", .max)]
        let scanned = DealDesk.totalsProblems(change, in: ds, totals: totals)
        let indexed = DealDesk.totalsProblems(change, in: ds, totals: totals, missionDeals: { m in ds.deals.filter { $0.mission == m } })
        #expect(scanned == indexed && !scanned.isEmpty)
    }

    @Test func confirmationCorrectionsWithdrawalsAndFinals() {
        let d = deal("d2025-kaltim-buy")
        var v = d
        v.valueRupiah = DealDesk.confirmAbove
        #expect(DealDesk.needsConfirmation(v) && DealDesk.needsConfirmation(v, replacing: d))
        v.valueRupiah = DealDesk.confirmAbove - 1
        #expect(!DealDesk.needsConfirmation(v))
        #expect(!DealDesk.needsConfirmation(d, replacing: d), "a large value kept as it was is not typed anew")
        #expect(DealDesk.correctionProblems(d).isEmpty)
        #expect(DealDesk.correctionProblems(DeskChange.withdrawal(d).new) == ["the deal \"d2025-kaltim-buy\" is withdrawn; a withdrawn deal is not corrected (record it again if it stands)"])
        #expect(DealDesk.withdrawalProblems(reason: " \t") == ["a reason for the withdrawal is required"])
        #expect(DealDesk.withdrawalProblems(reason: "dobel", lang: .id).isEmpty)
        #expect(DealDesk.departureFromFinal("m2025-kaltim", total: 1_053_146_943_500, in: ds) == nil)
        #expect(DealDesk.departureFromFinal("m2025-kaltim", total: 1_053_046_943_500, in: ds) == -100_000_000)
        #expect(DealDesk.departureFromFinal("a2025-batam", total: 5, in: ds) == nil)
        var lower = d
        lower.valueRupiah -= 1_000
        #expect(DealDesk.missionTotal("m2025-kaltim", after: [DeskChange(old: d, new: lower)], totals: totals) == 1_053_146_942_500)
    }
}
