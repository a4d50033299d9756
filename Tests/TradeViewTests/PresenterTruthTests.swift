import SnapshotTesting
import Testing
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

/// Issue #11, "The projector tells the truth at a distance": what the wall shows is what the data
/// says it is — sources that disagree side by side, rounding never a deal, a yearly contract per
/// year, every slide named for what it shows, and no Rp0 for a final nobody published.
@Suite(.serialized) struct PresenterTruthTests {
    let m = Fixture.shared
    static let sizes = [(80, 24), (160, 45)]

    func presenter(_ mission: String? = nil, width: Int = 160, height: Int = 45, lang: Language = .id,
                   model: DashboardModel = Fixture.shared) -> AppState {
        var s = Fixture.state(model, width: width, height: height, lang: lang)
        s.presenter = PresenterState(mission: mission, exitsProgram: true, rotateSeconds: nil, model: model)
        #expect(Reducer.reduce(&s, .presenterTick(now: 100, utc: PresenterTests.utc), model).isEmpty)
        return s
    }

    func screen(_ s: AppState, _ model: DashboardModel = Fixture.shared) -> String {
        FrameView.render(s, model).lines().joined(separator: "\n")
    }

    /// Balikpapan at midday: Rp666 miliar (the province's office) and Rp834 miliar (Radar
    /// Balikpapan) are both shown, each with its source, the second marked ≠, the time as "~12.00 siang".
    @Test(arguments: PresenterTruthTests.sizes)
    func balikpapanMiddayFiguresShowTheirSourcesAndThatTheyDisagree(width: Int, height: Int) throws {
        for lang in [Language.id, .en] {
            var s = presenter("m2025-kaltim", width: width, height: height, lang: lang)
            let buf = FrameView.render(s, m)
            assertSnapshot(of: buf, as: .screen, named: "kaltim-total-\(width)x\(height)-\(lang.rawValue)")
            let lines = buf.lines()
            let (when, b) = lang == .id ? ("~12.00 siang", "miliar") : ("~12:00 midday", "billion")
            let first = try #require(lines.firstIndex { $0.contains("Rp666 \(b)") }, "\(lines)")
            #expect(lines[first].contains(when) && lines[first].contains("dppkukm.kaltimprov.go.id"), "\(lines[first])")
            #expect(lines[first + 1].contains("≠ Rp834 \(b)") && lines[first + 1].contains("Radar Balikpapan"), "\(lines[first + 1])")
            let x = try #require((0..<buf.width).first { buf[$0, first + 1].ch == "≠" })
            #expect(buf[x, first + 1].role == .conflict, "≠ is drawn as a conflict, not by colour alone")
            #expect(lines[first + 2].contains("17") && lines[first + 2].contains(lang == .id ? "angka akhir" : "final"), "the final follows, in time order")
            // The timeline slide: the same two bars, each with its source, the second marked ≠.
            s.press(.pageUp)
            let timeline = FrameView.render(s, m)
            assertSnapshot(of: timeline, as: .screen, named: "kaltim-timeline-\(width)x\(height)-\(lang.rawValue)")
            let t = timeline.lines().joined(separator: "\n")
            #expect(t.contains("≠ Rp834 \(b)") && t.contains("Radar Balikpapan") && t.contains("dppkukm.kaltimprov.go.id"), "\(t)")
            #expect(t.contains(lang == .id ? "~12.00 WITA siang" : "~12:00 WITA midday"))
        }
    }

    /// A forum with more than a thousand deals reads its count grouped, as its figures are.
    @Test func aLargeCountIsGroupedOnTheWall() throws {
        let model = try Fixture.model { ds in
            ds.deals.append(contentsOf: (0..<1200).map { i in
                Deal(id: "wall-\(i)", mission: "m2025-kaltim", direction: .sell, commodity: "coffee", valueRupiah: 1_000_000,
                     status: .committed, kind: .itemised, source: "desk:t")
            })
        }
        let id = screen(presenter("m2025-kaltim", model: model), model)
        let en = screen(presenter("m2025-kaltim", lang: .en, model: model), model)
        #expect(id.contains(".2") && id.range(of: #"1\.2\d\d transaksi"#, options: .regularExpression) != nil, "\(id)")
        #expect(en.range(of: #"1,2\d\d deals"#, options: .regularExpression) != nil, "\(en)")
    }

    /// The Kaltim rounding line (Rp943.500) is never a deal or a transaction: the split says what it
    /// is, the count leaves it out and calls published sums lines, the ticker never shows it.
    @Test func roundingLinesAreNeverDealsAndPublishedSumsAreNotTransactions() throws {
        let s = presenter("m2025-kaltim")
        let text = screen(s)
        #expect(!text.contains("Tidak dirinci Rp943.500"), "\(text)")
        #expect(text.contains("Selisih pembulatan (∑ dihitung) Rp943.500"))
        #expect(text.contains("3 baris rekap · 1 transaksi bernama di dalamnya (≈ disimpulkan) · 172 pelaku usaha (∑ dihitung: 72 + 100)"), "\(text)")
        #expect(!text.contains(" transaksi ·") && !text.contains("4 transaksi"), "no line count calls them transactions")
        var direction = presenter("m2025-kaltim", width: 80, height: 24)
        direction.press(.pageDown, .pageDown)
        let d = screen(direction)
        #expect(d.contains("Arah transaksi — Misi Dagang Jatim–Kalimantan Timur 2025"))
        let rounding = d.split(separator: "\n").first { $0.contains("Selisih pembulatan") } ?? ""
        #expect(rounding.contains("Rp943.500  (∑ dihitung)"), "\(d)")
        #expect(!d.contains("Tidak dirinci"), "no direction called 'not specified' for rounding")
        // A rounding line in the journal's log never reaches the ticker.
        let logged = try Fixture.model { ds in
            let i = ds.deals.firstIndex { $0.id == "d2025-kaltim-rest" }!
            ds.dealLog.append(DealLogEntry(eventId: "e", at: "t", user: "u", dealId: "d2025-kaltim-rest", dealIndex: i, kind: .recorded))
        }
        let ticker = PresenterView.latest(logged, "m2025-kaltim", limit: 5)
        #expect(!ticker.deals.contains { $0.kind == .unallocated })
        #expect(!screen(presenter("m2025-kaltim", model: logged), logged).contains("Rp943.500 ·"))
        // Letters of intent are named as such (Kepri's Rp3,296 triliun with Malaysia).
        let kepri = screen(presenter("m2025-kepri"))
        #expect(kepri.contains("termasuk surat pernyataan minat (LoI) Rp3,296 triliun: bukan transaksi") && kepri.contains("2 baris rekap"), "\(kepri)")
        #expect(kepri.contains("TOTAL  Rp4.456.849.425.486"), "the mission keeps its published final, letter included")
    }

    /// Kepri's purchases: another ketik.com article prints Rp81,9 juta for Rp81,9 miliar; the
    /// direction slide says so beneath the bar, marked ≠.
    @Test func anotherSourcesFigureForALineIsShownBesideIt() throws {
        let disputed = try Fixture.model { ds in
            let i = ds.deals.firstIndex { $0.id == "d2025-kepri-buy" }!
            ds.deals[i].conflictsWith = [MoneyClaim(valueRupiah: 81_900_000, source: "ketik-2025-12-08")]
        }
        for lang in [Language.id, .en] {
            var s = presenter("m2025-kepri", width: 80, height: 24, lang: lang, model: disputed)
            s.press(.pageDown, .pageDown, model: disputed)
            let buf = FrameView.render(s, disputed)
            let lines = buf.lines()
            let beli = try #require(lines.firstIndex { $0.contains(lang == .id ? "Beli" : "Buy") })
            #expect(lines[beli + 1].contains(lang == .id ? "≠ Rp81,9 juta menurut ketik.com" : "≠ Rp81.9 million according to ketik.com"), "\(lines)")
            #expect(buf[4, beli + 1].ch == "≠" && buf[4, beli + 1].role == .conflict)
        }
    }

    /// A yearly contract keeps "per tahun" next to its value, in both languages.
    @Test func aYearlyContractKeepsItsPeriod() {
        #expect(screen(presenter("m2025-kaltim")).contains("Rp124 miliar per tahun · PT Matahari Sakti (Surabaya)"))
        #expect(screen(presenter("m2025-kaltim", lang: .en)).contains("Rp124 billion per year · PT Matahari Sakti (Surabaya)"))
        let grand = screen(presenter())
        #expect(grand.contains("Transaksi bernama") && !grand.contains("Terbaru"), "the sources' named deals are not 'latest'")
        #expect(grand.contains("Rp99 miliar per tahun · Rokok · Gapero Jatim · Maluku"), "\(grand)")
    }

    /// A named deal that no source puts inside the total is marked as our reading.
    @Test func aNamedDealInsideTheTotalOnlyByInferenceIsMarked() throws {
        let inferred = try Fixture.model { ds in
            let i = ds.deals.firstIndex { $0.id == "d2025-kaltim-matahari" }!
            ds.deals[i].includedInBasis = .inferred("yearly contract, day total")
        }
        let text = screen(presenter("m2025-kaltim", model: inferred), inferred)
        #expect(text.contains("1 transaksi bernama di dalamnya (≈ disimpulkan)"), "\(text)")
    }

    /// One mission's third slide is its direction of trade, named so; the data set's slides say
    /// their figures are sums over the data set, not an official figure.
    @Test(arguments: PresenterTruthTests.sizes)
    func everySlideIsNamedForWhatItShows(width: Int, height: Int) {
        for lang in [Language.id, .en] {
            var one = presenter("m2025-malut", width: width, height: height, lang: lang)
            one.press(.pageDown, .pageDown)
            let d = screen(one)
            #expect(d.contains(lang == .id ? "Arah transaksi — Misi Dagang Jatim–Maluku Utara 2025" : "Direction of trade — Misi Dagang Jatim–Maluku Utara 2025"))
            #expect(d.contains(lang == .id ? "● Arah" : "● Direction") && !d.contains(lang == .id ? "Provinsi" : "Province"), "\(d)")
            var grand = presenter(width: width, height: height, lang: lang)
            // The missions `summary` counts (Balikpapan 2019 has no line to count).
            let note = lang == .id ? "18 misi dalam data ini, bukan angka resmi" : "18 missions in this data set, not an official figure"
            for slide in PresenterState.Slide.allCases {
                let buf = FrameView.render(grand, m)
                assertSnapshot(of: buf, as: .screen, named: "grand-\(slide)-\(width)x\(height)-\(lang.rawValue)")
                #expect(buf.lines().contains { $0.contains(note) }, "\(slide): \(buf.lines().joined(separator: "\n"))")
                grand.press(.pageDown)
            }
        }
    }

    /// Balikpapan 2019: no final in any source and no line in the data. The wall says so — no Rp0,
    /// no 0,0 % of the target — and shows what was announced (Rp154 miliar in the first two hours).
    @Test(arguments: PresenterTruthTests.sizes)
    func aPastMissionWithoutAPublishedFinalSaysSo(width: Int, height: Int) {
        for lang in [Language.id, .en] {
            var s = presenter("m2019-kaltim", width: width, height: height, lang: lang)
            let buf = FrameView.render(s, m)
            assertSnapshot(of: buf, as: .screen, named: "kaltim2019-total-\(width)x\(height)-\(lang.rawValue)")
            let text = buf.lines().joined(separator: "\n")
            #expect(text.contains(lang == .id ? "Angka akhir tidak ditemukan" : "Final figure not found"), "\(text)")
            #expect(!text.contains("Rp0") && !text.contains("0,0%") && !text.contains("0.0%") && !text.contains("███"), "\(text)")
            #expect(text.contains("Rp154") && text.contains("surabayapagi.com"))
            for _ in 1...3 {
                s.press(.pageDown)
                let slide = screen(s)
                #expect(slide.contains("TOTAL  — " + (lang == .id ? "angka akhir tidak ditemukan" : "final figure not found")) && !slide.contains("Rp0"), "\(slide)")
            }
        }
    }

    /// A mission of today with nothing recorded yet is live: its Rp0 is the running total.
    @Test func aLiveMissionStartsAtZero() throws {
        let today = try Fixture.model { ds in
            var m = ds.mission("m2025-kaltim")!
            m.id = "m-today"
            m.date = Fixture.today!
            m.target = nil
            ds.missions.append(m)
        }
        let text = screen(presenter("m-today", model: today), today)
        #expect(text.contains("TOTAL  Rp0") && !text.contains("tidak ditemukan"), "\(text)")
    }

    @Test(arguments: [
        ("dppkukm.kaltimprov.go.id", "dppkukm.kaltimprov.go.id"),
        ("radarbalikpapan.com", "Radar Balikpapan"),
        ("radarlambar", "Radar Lambar"),
        ("ANTARA via selalukabar.com", "ANTARA"),
        ("manuselaintermedianews.com; maluku.wahananews.co", "manuselaintermedianews.com +1"),
        ("sulawesiraya.com (mirror)", "sulawesiraya.com"),
        ("harian.disway.id", "harian.disway.id"),
        ("TribunTernate", "TribunTernate"),
        ("www.tribunkaltim.co.id", "Tribun Kaltim"),
    ])
    func publishersAreShortenedSensibly(publisher: String, short: String) {
        #expect(PresenterView.shortPublisher(publisher) == short)
    }

    /// Issue #11: Maluku's named contracts are yearly and no source places them inside the day's
    /// Rp459,5 miliar. The commodity slide marks their figures ≈ with "per tahun", says why, and
    /// marks what is left ("tidak dirinci") too; so does the data set's slide.
    @Test func inferredCommodityFiguresAreMarkedOnTheWall() throws {
        for (width, height) in Self.sizes {
            var s = presenter("m2025-maluku", width: width, height: height)
            s.press(.pageDown)
            let lines = screen(s).split(separator: "\n").map(String.init)
            let seafood = try #require(lines.first { $0.contains("Hasil laut") && $0.contains("Rp225,8 miliar") })
            #expect(seafood.hasSuffix("≈ disimpulkan, per tahun") || seafood.contains("≈ disimpulkan, per tahun "), "\(seafood)")
            #expect(lines.first { $0.contains("Tidak dirinci per komoditas") }?.contains("≈ disimpulkan") == true)
            let text = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(text.contains("≈ tidak ada sumber yang menempatkan nilai ini di dalam total hari misinya"), "\(lines.joined(separator: "\n"))")
        }
        let grand = PresenterView.commodityBars(m, nil, .en)
        #expect(grand.first { $0.label == "Cigarettes" }?.mark == "≈ inferred, per year")
        #expect(grand.first { $0.label == "Coffee" }?.mark == "≈ inferred")
        // Stated lines: no mark, no footnote.
        let stated = try Fixture.model { ds in
            for i in ds.deals.indices where ds.deals[i].includedIn != nil { ds.deals[i].includedInBasis = .stated }
        }
        let bars = PresenterView.commodityBars(stated, "m2025-maluku", .id)
        #expect(bars.allSatisfy { $0.mark == nil } && PresenterView.commodityFootnote(stated, "m2025-maluku", bars, .id) == nil)
    }

    /// Issue #11: an agreement signs no transactions. Its wall says so — no "TOTAL Rp0", no
    /// "sekarang Rp0" — and shows its potential as an estimate, never summed.
    @Test func anAgreementShowsNoRpZero() {
        for id in ["a2025-batam", "a1984-osaka"] {
            var s = presenter(id)
            for slide in PresenterState.Slide.allCases {
                let text = screen(s)
                #expect(!text.contains("Rp0"), "\(id): \(text)")
                #expect(text.contains(slide == .total ? "Kesepakatan, bukan transaksi" : "TOTAL  — kesepakatan, bukan transaksi"), "\(id): \(text)")
                s.press(.pageDown)
            }
        }
        let batam = screen(presenter("a2025-batam"))
        #expect(batam.contains("Kesepakatan, bukan transaksi") && batam.contains("potensi Rp2,1 triliun (tidak dijumlahkan)"), "\(batam)")
    }

    /// Issue #11: a count of businesses that we summed says so — Balikpapan's 72 + 100, and the data
    /// set's sum, which is no official figure and rests on MalukuTerkini's 55 where Halmaheranesia
    /// says 48 (both shown, ≠).
    @Test func summedBusinessCountsAreMarkedAndTheirConflictsShown() {
        #expect(PresenterView.businesses(m, "m2025-kaltim")?.qualifier(.id) == " (∑ dihitung: 72 + 100)")
        #expect(PresenterView.businesses(m, "m2025-malut")?.qualifier(.id) == " (Jatim 55 ≠ 48)", "155 is stated; its sides disagree")
        let grand = PresenterView.businesses(m, nil)
        #expect(grand?.count == 643 && grand?.missions == 4, "Bali 176, Malut 155, Maluku 140, Kaltim 72 + 100")
        #expect(grand?.qualifier(.en) == " (∑ derived from 4 missions, not an official figure; Malut 2025: Jatim 55 ≠ 48)")
        for (width, height) in Self.sizes {
            let wall = screen(presenter(width: width, height: height))
            // Wrapped, never cut: the whole qualifier reaches the wall.
            let words = wall.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(words.contains("643 pelaku usaha (∑ dihitung dari 4 misi, bukan angka resmi; Malut 2025: Jatim 55 ≠ 48)"), "\(width)x\(height): \(wall)")
        }
    }

    /// Issue #11: a date another source gives differently is beside the date on the wall (≠), and
    /// so is Kepri's purchases figure as another ketik.com article prints it.
    @Test func theWallShowsDatesAndFiguresSourcesDisagreeOn() {
        #expect(screen(presenter("m2021-malut")).split(separator: "\n")[1].contains("2021 ≠ 2022 (TribunTernate)"))
        let kepri = screen(presenter("m2025-kepri"))
        #expect(kepri.split(separator: "\n")[1].contains("Senin, 8 Desember 2025 ≠ Jumat, 5 Desember 2025 (ketik.com)"), "\(kepri)")
        #expect(kepri.contains("Beli Rp81,9 miliar ≠ Rp81,9 juta"), "\(kepri)")
        // At 80 columns the venue gives way to the other date, never cut mid-word.
        let narrow = screen(presenter("m2025-kepri", width: 80, height: 24)).split(separator: "\n")[1]
        #expect(narrow.hasPrefix(" Senin, 8 Desember 2025 ≠ Jumat, 5 Desember 2025 (ketik.com) · Batam ") && !narrow.contains("Wyndham"), "\(narrow)")
        #expect(screen(presenter("a1984-osaka")).contains("Senin, 26 November 1984 ≠ Agustus 1984"))
    }
}
