import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// The deal form and the withdraw prompt apply the desk's rules as the command line does: nothing
/// that cannot be true is recorded, an empty correction records nothing, a withdrawal needs a reason.
@Suite struct DeskFormTests {
    let m = Fixture.shared

    func deal(_ id: String, _ model: DashboardModel = Fixture.shared) -> Deal { model.dataset.deals.first { $0.id == id }! }

    /// The mission's detail, reached by keys.
    func onMission(_ id: String, _ model: DashboardModel = Fixture.shared, lang: Language = .id) -> AppState {
        var s = Fixture.state(model, lang: lang)
        let i = s.missionRows.firstIndex { model.aggregates.missions[$0].id == id }!
        for _ in 0..<i { s.press(.down, model: model) }
        s.press(.enter, model: model)
        return s
    }

    /// The cursor on a deal line of its mission, reached by keys.
    func onDeal(_ id: String, _ model: DashboardModel = Fixture.shared) -> AppState {
        var s = onMission(deal(id, model).mission, model)
        s.press(.enter, model: model)
        let i = s.missionDealRows.firstIndex { model.dataset.deals[Int($0)].id == id }!
        for _ in 0..<i { s.press(.down, model: model) }
        return s
    }

    @Test(arguments: ["d2025-maluku-buy", "d2025-maluku-bmi", "d2025-kaltim-rest"])
    func anEmptyCorrectionRecordsNothingAndSaysSo(id: String) {
        var store = TestStore(onDeal(id))
        let d = deal(id)
        store.send(.char("e")) { $0.form = .deal(mission: d.mission, model: m, editing: d) }
        let effects = store.send(.enter) {
            $0.form = nil
            $0.status = StatusMessage(text: "Tidak ada yang berubah; tidak ada yang dicatat", isError: false)
        }
        #expect(effects.isEmpty)
    }

    @Test func aBreakdownLineCannotExceedItsMission() {
        var store = TestStore(onDeal("d2025-maluku-bmi"))
        let d = deal("d2025-maluku-bmi")
        store.send(.char("e")) { $0.form = .deal(mission: d.mission, model: m, editing: d) }
        store.send(.ctrl("u")) { $0.form?.fields[6].kind = .text("") }
        var typed = ""
        for c in "4595010140000" {
            typed.append(c)
            store.send(.char(c)) { [typed] in $0.form?.fields[6].kind = .text(TextField(typed)) }
        }
        let effects = store.send(.enter) {
            $0.form?.error = "baris rincian \"m2025-maluku\" (Rp4.794.510.140.000) akan melebihi totalnya (Rp459.501.014.000)"
        }
        #expect(effects.isEmpty)
    }

    @Test func aValueThatWouldOverflowATotalIsRefusedWithTheFigure() {
        var s = onMission("m2025-kaltim")
        s.press(.char("a"), .tab, .tab, .tab, .tab, .tab, .tab, .tab)
        s.type(String(Int64.max))
        let effects = Reducer.reduce(&s, .key(.enter), m)
        #expect(effects.isEmpty && s.form?.confirming == false)
        #expect(s.form?.error?.contains("Rp9.223.372.036.854.775.807") == true, "\(s.form?.error ?? "no error")")
    }

    @Test func aWithdrawalNeedsAReason() {
        var store = TestStore(onDeal("d2025-kaltim-buy"))
        store.send(.char("x")) { $0.prompt = Prompt(kind: .withdraw, actionId: "d2025-kaltim-buy", text: "", basedOn: Dataset.fixturesVersion) }
        store.send(.char(" ")) { $0.prompt?.text = " " }
        let none = store.send(.enter) { $0.prompt?.error = "alasan penarikan wajib diisi" }
        #expect(none.isEmpty)
        store.send(.ctrl("u")) { $0.prompt?.text = ""; $0.prompt?.error = nil }
        store.send(.char("x")) { $0.prompt?.text = "x" }
        let ok = store.send(.enter) { $0.prompt = nil; $0.inFlight = ["d2025-kaltim-buy"] }
        #expect(ok == [.record([.dealWithdrawn(dealId: "d2025-kaltim-buy", reason: "x")], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)])
    }

    @Test func aDealWithdrawnElsewhereWhileTheFormIsOpenIsNotCorrected() throws {
        var s = onDeal("d2025-kaltim-buy")
        s.press(.char("e"), .ctrl("u"))
        s.type("1000")
        let withdrawn = try Fixture.model { ds in
            if let i = ds.deals.firstIndex(where: { $0.id == "d2025-kaltim-buy" }) { ds.deals[i].status = .withdrawn }
        }
        let effects = Reducer.reduce(&s, .key(.enter), withdrawn)
        #expect(effects.isEmpty)
        #expect(s.form?.error == "transaksi \"d2025-kaltim-buy\" sudah ditarik; transaksi yang ditarik tidak dikoreksi (catat ulang bila masih berlaku)")
    }

    @Test func aCorrectionThatKeepsALargeValueAsksNoConfirmation() {
        var s = onDeal("d2025-kaltim-buy")
        s.press(.char("e"), .tab, .tab, .tab)
        s.type("PT Baru")
        s.press(.tab, .tab, .tab, .tab)
        var expected = deal("d2025-kaltim-buy")
        expected.party = "PT Baru"
        #expect(Reducer.reduce(&s, .key(.enter), m) == [.record([.dealCorrected(expected)], undoes: nil, basedOn: Dataset.fixturesVersion, purpose: .change)])
        // A value typed anew from Rp50 miliar up is read back and confirmed first.
        var t = onDeal("d2025-kaltim-buy")
        t.press(.char("e"), .ctrl("u"))
        t.type("230.099.000.001")
        #expect(Reducer.reduce(&t, .key(.enter), m).isEmpty && t.form?.confirming == true)
    }

    @Test func quantitiesReadTheIndonesianWay() {
        var s = onMission("m2025-kaltim")
        s.press(.char("a"), .tab, .tab, .tab, .tab, .tab)
        s.type("12.5")
        s.press(.tab, .tab)
        s.type("1000")
        #expect(Reducer.reduce(&s, .key(.enter), m).isEmpty)
        #expect(s.form?.error == "“12.5”: titik memisahkan ribuan (2.500 = dua ribu lima ratus); desimal memakai koma (12,5)", "\(s.form?.error ?? "")")
        s.press(.backTab, .backTab, .ctrl("u"))
        s.type("2.500")
        s.press(.tab, .tab)
        guard case .record(let bodies, _, _, _)? = Reducer.reduce(&s, .key(.enter), m).first, case .dealRecorded(let d)? = bodies.first else {
            Issue.record("not recorded: \(s.form?.error ?? "")"); return
        }
        #expect(d.quantity == "2500")
    }

    @Test func aMissionDetailShowsADepartureFromThePublishedFinal() throws {
        let changed = try Fixture.model { ds in
            if let i = ds.deals.firstIndex(where: { $0.id == "d2025-maluku-sell" }) { ds.deals[i].valueRupiah += 100_000_000 }
        }
        for (lang, text) in [(Language.id, "berbeda dari angka akhir yang diumumkan sebesar Rp100.000.000"),
                             (.en, "differs from the published final by Rp100,000,000")] {
            let s = onMission("m2025-maluku", changed, lang: lang)
            let lines = DetailBuilder.lines(s, changed, width: 100).map { $0.map(\.text).joined() }
            #expect(lines.contains { $0.contains(text) }, "\(lang)")
            let unchanged = DetailBuilder.lines(onMission("m2025-maluku", lang: lang), m, width: 100).map { $0.map(\.text).joined() }
            #expect(!unchanged.contains { $0.contains(text.prefix(12)) }, "\(lang): the fixtures match their finals")
        }
    }
}
