import Testing
import TradeModel
@testable import TradeState
import TradeTestSupport

/// The detail views at the widths people use: every source tag whole, every inference marked
/// with its glyph, word and reason, nothing wider than the screen.
@Suite struct DetailProvenanceTests {
    let model = Fixture.shared

    private func lines(_ detail: Detail, panel: Panel, width: Int, lang: Language = .id) -> [String] {
        var s = Fixture.state(model, width: width, height: 45, lang: lang)
        s.panel = panel
        s.details[panel] = detail
        return DetailBuilder.lines(s, model, width: width).map { $0.map(\.text).joined() }
    }

    private var everyDetail: [(Detail, Panel)] {
        model.dataset.missions.map { (.mission($0.id), .missions) } + model.dataset.agreements.map { (.mission($0.id), .missions) }
            + model.dataset.actions.map { (.action($0.id), .checklists) }
            + model.dataset.deals.map { (.deal($0.id, from: .missionDeals($0.mission)), .missions) }
    }

    @Test(arguments: [80, 160])
    func sourceTagsWrapAndAreNeverClipped(width: Int) throws {
        for (d, panel) in everyDetail {
            let text = lines(d, panel: panel, width: width)
            for l in text { #expect(TextWidth.of(l) <= width - 2, "\(d) at \(width): \(l)") }
            // Every source the view cites is listed whole under Sources, and every tag is whole.
            let tags = text.flatMap { l in l.split(separator: "[").dropFirst().compactMap { $0.split(separator: "]").first.map(String.init) } }
                .filter { model.dataset.source($0) != nil }
            #expect(!tags.isEmpty, "\(d)")
            for tag in Set(tags) { #expect(text.contains { $0.hasPrefix("[" + tag + "] ") }, "\(d): \(tag) is not listed under Sources") }
        }
        // The Malut note that used to lose its tag at 160 columns.
        let malut = lines(.mission("m2025-malut"), panel: .missions, width: width)
        #expect(malut.contains { $0.contains("[liputancyber-2025-03-13]") })
    }

    @Test func anInferredOwnerAndDueSayItWithGlyphWordAndReason() throws {
        let text = lines(.action("act-cyber-hoax"), panel: .checklists, width: 100)
        let due = try #require(text.first { $0.contains("Tenggat") })
        #expect(due.contains("≈ disimpulkan") && !due.contains(Labels.overdue(.id)), "\(due)")
        #expect(text.contains { $0.contains("≈") && $0.contains("dalam sebulan ke depan") })
        #expect(text.contains { $0.contains("belum diketahui") && $0.contains("tidak dinyatakan sumber") })
        let owner = lines(.action("act-kaltim-return-visit"), panel: .checklists, width: 100)
        #expect(owner.contains { $0.contains("Penanggung jawab") && $0.contains("Pemprov Kalimantan Timur  ≈ disimpulkan") })
        let en = lines(.action("act-kaltim-return-visit"), panel: .checklists, width: 100, lang: .en)
        #expect(en.contains { $0.contains("Owner") && $0.contains("≈ inferred") })
        let capital = lines(.action("act-bank-jatim-ntt"), panel: .checklists, width: 100)
        #expect(capital.contains { $0.hasPrefix("Di luar makalah: Permodalan UMKM") && $0.contains("≈ disimpulkan") })
    }

    /// A deal line's detail marks what is derived or inferred, with the reason beneath, and keeps
    /// the other figure a source prints beside the accepted one.
    @Test func aDealLineSaysHowEachOfItsFiguresWasObtained() throws {
        let rest = lines(.deal("d2025-kaltim-rest", from: .missionDeals("m2025-kaltim")), panel: .missions, width: 100)
        let value = try #require(rest.first { $0.contains("Nilai") })
        #expect(value.contains("Rp943.500") && value.contains("[dppkukm-kaltim-final]") && value.contains("∑ dihitung"), "\(value)")
        #expect(rest.contains { $0.contains("sembilan ratus empat puluh tiga ribu lima ratus rupiah") })
        #expect(rest.contains { $0.hasPrefix("                    ∑ Angka akhir dikurangi rincian yang dibulatkan") }, "the reason beneath, in the value's column")
        let matahari = lines(.deal("d2025-kaltim-matahari", from: .missionDeals("m2025-kaltim")), panel: .missions, width: 100, lang: .en)
        #expect(matahari.contains { $0.contains("Inside") && $0.contains("not added again") && $0.contains("≈ inferred") })
        #expect(matahari.contains { $0.contains("Party") && $0.contains("PT Matahari Sakti (Surabaya)") })
        let kepri = lines(.deal("d2025-kepri-buy", from: .missionDeals("m2025-kepri")), panel: .missions, width: 160)
        let note = try #require(kepri.firstIndex { $0.contains("≠ di bawah") })
        let other = try #require(kepri.firstIndex { $0.contains("≠ Rp81.900.000") && $0.contains("[ketik-2025-12-05]") })
        #expect(note < other, "the note that points below comes first")
        #expect(kepri.contains { $0.contains("Kode") && $0.contains("d2025-kepri-buy") && $0.contains("trade-tui deal correct") })
    }

    @Test func notesConflictsAndDerivationsAreShown() throws {
        let kaltim = lines(.mission("m2025-kaltim"), panel: .missions, width: 160)
        #expect(kaltim.contains { $0.contains("Rp666 miliar") && $0.contains("≠ Rp834 miliar [radarbalikpapan-2025-05]") })
        #expect(kaltim.contains { $0.contains("~12.00") })
        #expect(kaltim.contains { $0.contains("Rp943.500") && $0.contains("∑ dihitung") })
        #expect(kaltim.contains { $0.contains("Rp124.000.000.000 per tahun") && $0.contains("⊂ ≈ disimpulkan") })
        let kepri = lines(.mission("m2025-kepri"), panel: .missions, width: 160)
        #expect(kepri.contains { $0.contains("≠ Rp81.900.000") && $0.contains("[ketik-2025-12-05]") })
        #expect(kepri.contains { $0.contains("LoI") && $0.contains("bukan transaksi") })
        let maluku = lines(.mission("m2025-maluku"), panel: .missions, width: 160)
        #expect(maluku.contains { $0.contains("2.400.000 bungkus") })
        let none = lines(.mission("m2019-kaltim"), panel: .missions, width: 80)
        #expect(none.contains { $0.contains("Angka akhir") && $0.contains("tidak ditemukan") })
        #expect(!none.contains { $0.contains("Rp0") })
        // A headline is quoted; a description written for the fixtures is bracketed.
        #expect(kaltim.contains { $0.contains("[dppkukm-kaltim-final] dppkukm.kaltimprov.go.id — “Transaksi Misi Dagang") })
        #expect(kaltim.contains { $0.contains("[jatimpedia-2025-05] jatimpedia.id — [") })
    }

    @Test func helpExplainsEveryMark() {
        for lang in Language.allCases {
            let help = HelpContent.lines(Fixture.state(model, width: 100, height: 45, lang: lang)).map { $0.map(\.text).joined() }
            for mark in [Provenance.Kind.inferred.mark(lang), Provenance.Kind.derived.mark(lang), "≠", "⊂", "[?]"] {
                #expect(help.contains { $0.hasPrefix("  " + mark) }, "\(lang): \(mark)")
            }
        }
    }

    /// Sources that are held in `sources.json` but that no surface cites, with why. The fact sheet
    /// stands for our own inferences: each one carries its reason where it is shown (≈ and the
    /// reason), never a citation, so nothing cites it.
    static let uncitedOnPurpose: Set<String> = ["factsheet-inference"]

    /// Issue #11: no stored source is lost. Every source in `sources.json` is cited, as `[id]`, on a
    /// mission, agreement or action page (those pages list what they cite under Sources) or in the
    /// reports — the LINK UMKM and Tandapena.id articles behind the Rp666 miliar conflict, the
    /// Kemendagri codes and the Keppres on time zones included — except the list above.
    @Test func everyStoredSourceIsCitedSomewhereAUserSees() throws {
        var cited = Set<String>()
        for (d, panel) in everyDetail {
            for line in lines(d, panel: panel, width: 160) where line.hasPrefix("[") {
                cited.insert(String(line.dropFirst().prefix { $0 != "]" }))
            }
        }
        let reports = ChecklistReport.document(model.dataset, today: Fixture.today, lang: .id, markdown: false)
            + (try SummaryReport.text(model.dataset, model.aggregates, .id))
        for piece in reports.split(separator: "[").dropFirst() { cited.insert(String(piece.prefix { $0 != "]" })) }
        let all = Set(model.dataset.sources.map(\.id))
        #expect(all.subtracting(cited) == Self.uncitedOnPurpose, "cited nowhere: \(all.subtracting(cited).sorted())")
        for id in ["linkumkm-2025-05-09", "tandapena-2025-05", "kemendagri-codes-2025", "keppres-41-1987", "kupastuntas-2025-09-19"] {
            #expect(cited.contains(id), "\(id)")
        }
        // The Balikpapan page cites both articles behind the Rp666 miliar, each on its own sentence,
        // and the sources of the codes and of the zone beside them.
        let kaltim = lines(.mission("m2025-kaltim"), panel: .missions, width: 160)
        #expect(kaltim.contains { $0.contains("LINK UMKM (9 Mei 2025)") && $0.contains("[linkumkm-2025-05-09]") }, "\(kaltim)")
        let note = try #require(kaltim.firstIndex { $0.contains("Tandapena.id menulis") })
        #expect(kaltim[note...].prefix(3).contains { $0.contains("[tandapena-2025-05]") && !$0.hasPrefix("[") }, "\(kaltim[note...].prefix(3))")
        #expect(kaltim.contains { $0.contains("WITA (UTC+8) [keppres-41-1987]") })
        #expect(kaltim.contains { $0.contains("Jawa Timur (35) → Kalimantan Timur (64)  kode provinsi Kemendagri [kemendagri-codes-2025]") })
        // Papua Barat Daya has no code: none is guessed, and the page says why.
        let pbd = lines(.mission("m2023-pbd"), panel: .missions, width: 160)
        #expect(pbd.contains { $0.contains("kode Kemendagri dan BPS berbeda untuk Papua") }, "\(pbd)")
    }

    /// Issue #11, cut text: the help's legend wraps at 80 columns instead of losing the ends of
    /// words; the time of a reported figure keeps its zone (`~12.00 WITA`); Kepri's purchases note,
    /// which points at the other figure "below", comes before it.
    @Test(arguments: [80, 160])
    func nothingThatCarriesMeaningIsCut(width: Int) throws {
        let help = HelpContent.lines(Fixture.state(model, width: width, height: 24, lang: .id)).map { $0.map(\.text).joined() }
        for l in help { #expect(TextWidth.of(l) <= width - 2, "\(l)") }
        let words = help.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains("kesimpulan kami, tidak dinyatakan sumber; alasannya di bawahnya"))
        #expect(words.contains("(tanpa beda huruf besar/kecil dan aksen)") && words.contains("roda untuk menggulir."))
        for lang in Language.allCases {
            let kaltim = lines(.mission("m2025-kaltim"), panel: .missions, width: width, lang: lang)
            let zone = lang == .id ? "~12.00 WITA " : "~12:00 WITA "
            #expect(kaltim.filter { $0.contains(zone) }.count == 2, "both midday figures: \(kaltim.filter { $0.contains("~12") })")
        }
        let kepri = lines(.mission("m2025-kepri"), panel: .missions, width: width)
        let note = try #require(kepri.firstIndex { $0.contains("(≠ di bawah)") || $0.contains("(≠") })
        let other = try #require(kepri.firstIndex { $0.contains("≠ Rp81.900.000 ") })
        #expect(note < other, "the note says the other figure is below it")
    }

    /// A source's own Indonesian words the data gives in one language only (a theme, the sectors)
    /// stay as published; the English screen says they are the source's Indonesian wording.
    @Test func aSourcesIndonesianWordingIsLabelledOnTheEnglishScreen() throws {
        let batamEn = lines(.mission("a2025-batam"), panel: .missions, width: 160, lang: .en)
        #expect(batamEn.contains { $0.hasPrefix("Sectors (in Indonesian, as published) — sources differ") }, "\(batamEn)")
        #expect(batamEn.contains { $0.contains("pariwisata, investasi/industri") }, "the source's words are kept")
        let malutEn = lines(.mission("m2025-malut"), panel: .missions, width: 160, lang: .en)
        #expect(malutEn.contains { $0.contains("Theme (in Indonesian, as published): “Meningkatkan Jejaring Konektivitas") }, "\(malutEn)")
        // The Indonesian screen needs no such label.
        let batamId = lines(.mission("a2025-batam"), panel: .missions, width: 160, lang: .id)
        #expect(batamId.contains { $0.hasPrefix("Sektor — sumber berbeda") } && !batamId.joined().contains("as published"))
        let malutId = lines(.mission("m2025-malut"), panel: .missions, width: 160, lang: .id)
        #expect(malutId.contains { $0.contains("Tema: “Meningkatkan Jejaring Konektivitas") })
    }
}
