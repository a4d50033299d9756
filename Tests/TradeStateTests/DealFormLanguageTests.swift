import Testing
import TradeModel
import TradeTestSupport
@testable import TradeState

/// The deal form reads figures the way its screen writes them: on the English screen a comma
/// groups thousands and a dot is the decimal point; on the Indonesian one the other way round.
@Suite struct DealFormLanguageTests {
    let m = Fixture.shared

    /// A new deal's form (it opens on m2025-kepri), the party typed, the cursor on Quantity.
    func atQuantity(_ lang: Language) -> AppState {
        var s = Fixture.state(lang: lang)
        s.press(.char("a"), .tab, .tab, .tab)
        s.type("PT Maju")
        s.press(.tab, .tab)
        return s
    }

    func type(_ store: inout TestStore, _ text: String, field: Int) {
        var typed = ""
        for c in text {
            typed.append(c)
            store.send(.char(c)) { [typed] in $0.form?.fields[field].kind = .text(TextField(typed)) }
        }
    }

    @Test func theEnglishFormTakesFiguresAsTheEnglishScreenWritesThem() {
        var store = TestStore(atQuantity(.en))
        type(&store, "12.5", field: 5)
        store.send(.tab) { $0.form?.focus = 6 }
        store.send(.tab) { $0.form?.focus = 7 }
        type(&store, "1,234,567,891", field: 7)
        #expect(store.state.form?.parsedValue(.en) == .success(1_234_567_891))
        let effects = store.send(.enter) {
            $0.form = nil
            $0.idCounter = 2
            $0.dealDefaults = DealDefaults(mission: "m2025-kepri", direction: .sell, commodity: nil, unit: nil, party: "PT Maju")
            $0.inFlight = ["d-test-1"]
        }
        guard case .record(let b, _, _, _)? = effects.first, case .dealRecorded(let d) = b[0] else { Issue.record("\(effects)"); return }
        #expect(d.valueRupiah == 1_234_567_891 && d.quantity == "12.5" && d.party == "PT Maju")
    }

    /// The same figures on the Indonesian screen are refused, with Indonesian examples.
    @Test func theIndonesianFormStillReadsTheIndonesianWay() {
        var store = TestStore(atQuantity(.id))
        type(&store, "12.5", field: 5)
        store.send(.tab) { $0.form?.focus = 6 }
        store.send(.tab) { $0.form?.focus = 7 }
        type(&store, "1.234.567.891", field: 7)
        let effects = store.send(.enter) {
            $0.form?.error = "“12.5”: titik memisahkan ribuan (2.500 = dua ribu lima ratus); desimal memakai koma (12,5)"
        }
        #expect(effects.isEmpty)
    }

    /// A correction on the English screen shows the deal's figures the English way, and they read
    /// back as they are: Enter records nothing.
    @Test func anEnglishCorrectionShowsEnglishFiguresThatReadBack() throws {
        let d = try #require(m.dataset.deals.first { $0.id == "d2025-maluku-buy" })
        var s = Fixture.state(lang: .en)
        s.form = .deal(mission: d.mission, model: m, editing: d, lang: .en)
        #expect(s.form?.field("value")?.text == String(Rupiah.exact(d.valueRupiah, .en).dropFirst(2)))
        #expect(s.form?.field("value")?.text.contains(",") == (d.valueRupiah >= 1000))
        var store = TestStore(s)
        let effects = store.send(.enter) {
            $0.form = nil
            $0.status = StatusMessage(text: "Nothing changed; nothing was recorded", isError: false)
        }
        #expect(effects.isEmpty)
    }
}
