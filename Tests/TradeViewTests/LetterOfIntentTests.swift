import Testing
import TradeModel
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// Issue #11: the Malaysia letter of intent (Kepri, Rp3,296 triliun) is not a transaction. The
/// header, the projector and the commodity panel show `summary`'s transaction total and mission
/// count, with the letter apart; the Kepri mission keeps its published final and says the letter
/// is inside it.
@Suite struct LetterOfIntentTests {
    let m = Fixture.shared

    func screen(_ s: AppState) -> [String] { FrameView.render(s, m).lines() }

    func open(_ id: String, width: Int = 160, height: Int = 45, lang: Language = .id) throws -> AppState {
        var s = Fixture.state(width: width, height: height, lang: lang)
        let i = try #require(s.missionRows.firstIndex { m.aggregates.missions[$0].id == id })
        for _ in 0..<i { s.press(.down) }
        s.press(.enter)
        return s
    }

    /// `summary`'s figures, worked out as it works them out.
    func summary() throws -> (transactions: Int64, letters: Int64, missions: Int) {
        let scope = try TotalsScope.compute(m.dataset, m.aggregates)
        return (try TotalsScope.transactions(m.aggregates.totalValueRupiah, scope.all.letterOfIntentRupiah),
                scope.all.letterOfIntentRupiah, scope.all.missions)
    }

    @Test(arguments: [(80, 24), (160, 45), (120, 30)])
    func theHeaderShowsSummarysTransactionsAndTheLetterApart(width: Int, height: Int) throws {
        let (transactions, letters, n) = try summary()
        #expect(letters == 3_296_000_000_000 && n == 18)
        for lang in Language.allCases {
            let header = screen(Fixture.state(width: width, height: height, lang: lang))[0]
            let short = PresenterView.bigText(transactions, lang)
            #expect(header.contains(Rupiah.short(transactions, lang)) || header.contains(short), "\(header)")
            #expect(!header.contains(Rupiah.short(m.aggregates.totalValueRupiah, lang)), "\(header)")
            #expect(header.contains(lang == .id ? "\(n) misi" : "\(n) missions"), "\(header)")
            #expect(header.contains("LoI Rp3\(lang == .id ? "," : ".")296 "), "published precision, called LoI: \(header)")
            #expect(header.contains(lang == .id ? "bukan transaksi" : "not transactions"), "\(header)")
        }
    }

    @Test func theCommodityPanelSharesAreOfTransactionsAndTheLetterHasItsOwnRow() throws {
        var s = Fixture.state(width: 160, height: 45)
        s.press(.char("2"))
        let rows = s.commodityRows
        let notSplit = try #require(rows.first { $0.commodity.isEmpty && $0.kind == .commodity })
        #expect(notSplit.value == m.aggregates.notSplitByCommodityRupiah - 3_296_000_000_000)
        let letter = try #require(rows.first { $0.kind == .letterOfIntent })
        #expect(letter.value == 3_296_000_000_000)
        #expect(rows.filter { $0.kind == .commodity }.reduce(Int64(0)) { $0 + $1.value } == m.transactionsRupiah)
        let text = screen(s).joined(separator: "\n")
        #expect(text.contains("LoI  ") && text.contains("surat pernyataan minat (LoI): bukan transaksi, di luar total transaksi"), "\(text)")
        #expect(text.contains(Rupiah.exact(notSplit.value, .id)) && !text.contains(Rupiah.exact(m.aggregates.notSplitByCommodityRupiah, .id)))
    }

    @Test func kepriKeepsItsPublishedFinalAndSaysTheLetterIsInside() throws {
        let list = screen(Fixture.state(width: 160, height: 45)).first { $0.contains("Rp4.456.849.425.486") }
        #expect(list?.contains("termasuk LoI Rp3,296 T") == true, "\(list ?? "")")
        let detail = screen(try open("m2025-kepri")).joined(separator: "\n")
        #expect(detail.contains("Rp4.456.849.425.486"))
        #expect(detail.contains("termasuk surat pernyataan minat (LoI) Rp3,296 triliun — bukan transaksi"), "\(detail)")
        // The letter is no longer inside a direction's bar: "Arah tidak disebut" holds only the rounding.
        let unspecified = try #require(detail.split(separator: "\n").first { $0.contains("Arah tidak disebut") })
        #expect(unspecified.contains("Rp254.131.486") && !unspecified.contains("Rp3.296.254.131.486"), "\(unspecified)")
        let loi = try #require(detail.split(separator: "\n").first { $0.split(separator: " ").first == "LoI" }, "\(detail)")
        #expect(loi.contains("Rp3.296.000.000.000") && loi.contains("bukan transaksi"), "\(loi)")
    }

    @Test func theProjectorsBarSlidesLeaveTheLetterOutOfProvincesAndYears() throws {
        let provinces = PresenterView.provinceBars(m, .id)
        let kepri = try #require(provinces.first { $0.label == "Kepulauan Riau" })
        #expect(kepri.value == 1_160_849_425_486 && kepri.drawn)
        #expect(provinces.first?.label != "Kepulauan Riau", "without the letter Kepri is not the largest partner")
        #expect(provinces.last == PresenterView.letterBar(3_296_000_000_000, .id))
        #expect(provinces.last?.note == "(bukan transaksi)" && provinces.last?.places == 3)
        #expect(provinces.filter(\.drawn).reduce(Int64(0)) { $0 + $1.value } == m.transactionsRupiah)
        let commodities = PresenterView.commodityBars(m, nil, .id)
        #expect(commodities.first { $0.label == Labels.notSplit(.id) }?.value == m.aggregates.notSplitByCommodityRupiah - 3_296_000_000_000)
        #expect(commodities.contains { $0.label == "Surat pernyataan minat (LoI)" && !$0.drawn })
        // One mission: its commodity slide lists the letter apart too, inside its total.
        let one = PresenterView.commodityBars(m, "m2025-kepri", .id)
        #expect(one.map(\.value) == [1_160_849_425_486, 3_296_000_000_000], "\(one)")
        #expect(one.last?.label == "Surat pernyataan minat (LoI)" && !(one.last?.drawn ?? true))
        var s = Fixture.state(width: 80, height: 24)
        s.presenter = PresenterState(mission: nil, exitsProgram: true, rotateSeconds: nil, model: m)
        s.press(.pageDown, .pageDown)
        let slide = screen(s).joined(separator: "\n")
        #expect(slide.contains("Surat pernyataan minat (LoI) Rp3,296 triliun  (bukan transaksi)"), "\(slide)")
        #expect(slide.contains("TOTAL  Rp14.221.055.929.986   (+ LoI Rp3,296 triliun, bukan transaksi)"))
    }

    /// A letter of intent recorded at the desk (appended to the journal) reaches the header's
    /// figures through the model extended in place, as a model built from scratch has them.
    @Test func anAppendedLetterOfIntentIsKeptApartByTheExtendedModel() throws {
        var ds = m.dataset
        ds.deals.append(Deal(id: "loi-new", mission: "m2024-bali", direction: .sell, commodity: "coffee", valueRupiah: 5_000_000_000,
                             status: .committed, kind: .letterOfIntent, period: "per tahun", source: "nusabali-2024-06"))
        let agg = try Aggregates.compute(ds, today: Fixture.today)
        let extended = try DashboardModel(dataset: ds, aggregates: agg, journalPath: "j", journalEvents: 1, warnings: [], today: Fixture.today, reusing: m)
        let fresh = try DashboardModel(dataset: ds, aggregates: agg, journalPath: "j", journalEvents: 1, warnings: [], today: Fixture.today)
        #expect(extended.scope == fresh.scope && extended.lettersOfIntent == fresh.lettersOfIntent)
        #expect(extended.commodityPeriods == fresh.commodityPeriods && extended.notSplitRestsOnInference == fresh.notSplitRestsOnInference)
        #expect(extended.letterOfIntentRupiah == 3_301_000_000_000 && extended.transactionsRupiah == m.transactionsRupiah)
        var s = Fixture.state(extended, width: 160, height: 45)
        s.press(.char("2"), model: extended)
        #expect(s.commodityRows.first { $0.commodity == "coffee" && $0.kind == .commodity }?.value == 65_000_000_000, "coffee's transactions, the letter apart")
        #expect(s.commodityRows.first { $0.kind == .letterOfIntent }?.value == 3_301_000_000_000)
    }
}
