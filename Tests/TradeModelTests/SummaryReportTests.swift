import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

@Suite struct SummaryReportTests {
    func report(_ edit: (inout Dataset) -> Void = { _ in }) throws -> (Dataset, Aggregates, Plain) {
        var ds = try loadBundled()
        edit(&ds)
        let a = try Aggregates.compute(ds)
        return (ds, a, try Plain.parsing(try SummaryReport.json(ds, a, journalEvents: 0)))
    }

    /// What the writer leaves out because it is the default: `timeApproximate: false`, a stated basis.
    func normalised(_ fields: [String: Plain]) -> [String: Plain] {
        var f = fields
        if f["timeApproximate"] == .bool(false) { f["timeApproximate"] = nil }
        if f["basis"] == .object(["kind": .string("stated")]) { f["basis"] = nil }
        if f["conflictsWith"] == .array([]) { f["conflictsWith"] = nil }
        return f
    }

    @Test func everyReportedTotalReadsBackAsTheFixtureWroteIt() throws {
        let (_, _, o) = try report()
        let fixture = try fixtureRecords("reportedTotals.json")
        let out = o["reportedTotals"]?.list ?? []
        #expect(out.count == fixture.count)
        for f in fixture {
            let id = try #require(f["id"]?.text)
            var written = try #require(o["reportedTotals"]?.element(id), "\(id) is in the summary").fields
            // The one field added: the mission's zone, to read `localTime` by.
            #expect(written.removeValue(forKey: "timeZone") != nil, "\(id)")
            #expect(normalised(written) == normalised(f.fields), "\(id)")
        }
        // Balikpapan's Rp666 miliar at "siang" stays approximate, with the source's words.
        let midday = try #require(o["reportedTotals"]?.element("rt2025-kaltim-midday"))
        #expect(midday["localTime"]?.text == "12:00" && midday["timeApproximate"]?.bool == true)
        #expect(midday["timeNote"] != nil && midday["conflictsWith"]?.list == [.string("rt2025-kaltim-radar")])
    }

    @Test func twoLanguageNotesAndBasesAreWrittenAsTheFixturesWriteThem() throws {
        let (_, _, o) = try report { ds in
            let i = ds.reportedTotals.firstIndex { $0.id == "rt2019-kaltim-2h" }!
            ds.reportedTotals[i].timeNote = LocalText(id: "dalam dua jam pertama", en: "in the first two hours")
            ds.reportedTotals[i].basis = .inferred(LocalText(id: "dibaca dari berita", en: "read from the article"))
            let d = ds.deals.firstIndex { $0.id == "d2025-kepri-rest" }!
            ds.deals[d].basis = .derived(LocalText(id: "selisih", en: "difference"), from: ["rt2025-kepri-final"])
        }
        let t = try #require(o["reportedTotals"]?.element("rt2019-kaltim-2h"))
        #expect(t["timeNote"] == .object(["id": .string("dalam dua jam pertama"), "en": .string("in the first two hours")]))
        #expect(t["basis"]?["kind"]?.text == "inferred" && t["basis"]?["reason"]?["en"]?.text == "read from the article")
        #expect(t["localTime"] == nil && t["timeApproximate"] == nil, "absent fields stay absent")
        let kepri = try #require(o["byMission"]?.element("m2025-kepri"))
        let line = try #require(kepri["linesNotStated"]?.element("d2025-kepri-rest"))
        #expect(line["basis"]?["kind"]?.text == "derived" && line["basis"]?["from"]?.list == [.string("rt2025-kepri-final")])
        #expect(line["includedInBasis"] == nil, "a stated field is not written")
        #expect(try #require(o["byMission"]?.element("m2025-malut"))["linesNotStated"] == nil)
    }

    @Test func dataSetWideTotalsSayTheyAreNotOfficial() throws {
        let (ds, a, o) = try report()
        let n = a.missions.filter { $0.dealCount > 0 }.count
        #expect(o["scope"] == .object(["missions": .number(String(n)), "official": .bool(false),
                                        "note": .object(["id": .string("\(n) misi dalam data ini, bukan angka resmi"),
                                                         "en": .string("\(n) missions in this data set, not an official figure")])]))
        let y2025 = try #require(o["byYear"]?.element("2025"))
        let in2025 = a.missions.filter { $0.dealCount > 0 && $0.date.year == 2025 }.count
        #expect(y2025["scope"]?["missions"]?.int == Int64(in2025) && y2025["scope"]?["official"]?.bool == false)
        let kaltim = try #require(o["byProvince"]?.element("kaltim"))
        #expect(kaltim["scope"]?["missions"]?.int == Int64(a.missions.filter { $0.dealCount > 0 && $0.partners == ["kaltim"] }.count))
        let id = try SummaryReport.text(ds, a, .id), en = try SummaryReport.text(ds, a, .en)
        #expect(id.contains("— \(n) misi dalam data ini, bukan angka resmi\n"))
        #expect(en.contains("— \(n) missions in this data set, not an official figure\n"))
        #expect(id.contains("\(in2025) misi dalam data ini, bukan angka resmi"))
        let csv = csvRecords(try SummaryReport.csv(ds, a, .en))
        let total = try #require(csv.first { $0["section"] == "total" })
        #expect(total["missions"] == String(n) && total["note"] == "\(n) missions in this data set, not an official figure; "
                + "includes LoI Rp3.296 trillion, not transactions (Rp3,296,000,000,000)")
    }

    @Test func lettersOfIntentAreKeptOutOfTransactionTotals() throws {
        let (ds, a, o) = try report()
        let loi = ds.deals.filter { $0.kind == .letterOfIntent && $0.counts }.reduce(Int64(0)) { $0 + $1.valueRupiah }
        #expect(loi == 3_296_000_000_000, "Kepri's Malaysia letter of intent")
        #expect(o["totalValueRupiah"]?.int == a.totalValueRupiah, "the documented sum keeps every counting line")
        #expect(o["letterOfIntentRupiah"]?.int == loi)
        #expect(o["transactionsRupiah"]?.int == a.totalValueRupiah - loi)
        #expect(o["byMission"]?.element("m2025-kepri")?["letterOfIntentRupiah"]?.int == loi)
        #expect(o["byYear"]?.element("2025")?["letterOfIntentRupiah"]?.int == loi)
        #expect(o["byProvince"]?.element("kepri")?["letterOfIntentRupiah"]?.int == loi)
        #expect(o["notSplitLetterOfIntentRupiah"]?.int == loi)
        let id = try SummaryReport.text(ds, a, .id), en = try SummaryReport.text(ds, a, .en)
        #expect(id.contains("Total transaksi: \(Rupiah.exact(a.totalValueRupiah - loi, .id)) "))
        #expect(id.contains("Surat pernyataan minat (LoI): Rp3.296.000.000.000 (Rp3,296 triliun), 1 baris — bukan transaksi, di luar total transaksi"))
        #expect(id.contains("Jumlah termasuk LoI: \(Rupiah.exact(a.totalValueRupiah, .id))"))
        #expect(id.contains("31 baris — 18 misi dalam data ini, bukan angka resmi\n"), "the sum with the letter says what it covers")
        // Every CSV figure with a letter of intent inside it says so.
        let csv = csvRecords(try SummaryReport.csv(ds, a, .id))
        for row in csv where row["letterOfIntentRupiah"] != "0" {
            #expect(row["note"]?.contains("termasuk LoI Rp3,296 triliun, bukan transaksi") == true, "\(row)")
        }
        #expect(csv.filter { $0["letterOfIntentRupiah"] != "0" }.map { $0["section"]! } == ["total", "direction", "mission", "commodity", "province", "year", "month"])
        #expect(en.contains("Transaction total: \(Rupiah.exact(a.totalValueRupiah - loi, .en)) "))
        #expect(en.contains("Letters of intent (LoI): Rp3,296,000,000,000 (Rp3.296 trillion), 1 line — not transactions"))
        // The mission keeps its published final, and says what is in it.
        #expect(id.contains("Rp4.456.849.425.486  termasuk LoI Rp3.296.000.000.000"))
        // A withdrawn letter of intent is in no total.
        let (_, _, gone) = try report { ds in
            let i = ds.deals.firstIndex { $0.kind == .letterOfIntent }!
            ds.deals[i].status = .withdrawn
        }
        #expect(gone["letterOfIntentRupiah"]?.int == 0 && gone["transactionsRupiah"] == gone["totalValueRupiah"])
    }

    @Test func aMissionWithoutAPublishedFinalSaysSo() throws {
        let (ds, a, o) = try report()
        #expect(!ds.reportedTotals.contains { $0.mission == "m2019-kaltim" && $0.role == .final })
        let m = try #require(o["byMission"]?.element("m2019-kaltim"))
        #expect(m["finalFound"]?.bool == false && m["publishedFinalRupiah"] == .null)
        #expect(m["finalNote"] == .object(["id": .string("angka akhir tidak ditemukan"), "en": .string("final not found")]))
        #expect(o["byMission"]?.element("m2025-kaltim")?["finalFound"]?.bool == true)
        #expect(o["byMission"]?.element("a2025-batam")?["finalFound"] == nil, "agreements publish no final")
        for (lang, words) in [(Language.id, "angka akhir tidak ditemukan"), (.en, "final not found")] {
            let line = try #require(try SummaryReport.text(ds, a, lang).split(separator: "\n").first { $0.contains("m2019-kaltim") && !$0.contains("[") })
            #expect(line.contains(words), "\(line)")
            #expect(!line.contains("Rp0") && !line.contains("0,0%") && !line.contains("0.0%"), "\(line)")
        }
        let csv = csvRecords(try SummaryReport.csv(ds, a, .id))
        #expect(csv.first { $0["id"] == "m2019-kaltim" }?["note"] == "angka akhir tidak ditemukan")
    }

    @Test func longTimeNotesKeepTheColumnsAndTheChosenLanguage() throws {
        var ds = try loadBundled()
        let i = ds.reportedTotals.firstIndex { $0.id == "rt2019-kaltim-2h" }!
        ds.reportedTotals[i].timeNote = LocalText(id: "dalam dua jam pertama", en: "in the first two hours")
        let k = ds.reportedTotals.firstIndex { $0.id == "rt2025-kaltim-midday" }!
        ds.reportedTotals[k].timeNote = LocalText(id: "hingga Kamis, 8 Mei 2025 siang", en: "by midday on Thursday, 8 May 2025")
        let a = try Aggregates.compute(ds)
        for lang in Language.allCases {
            let text = try SummaryReport.text(ds, a, lang)
            let section = text.components(separatedBy: "\n\n").first { $0.hasPrefix(Labels.reportedHeading(lang)) }!
            let rows = section.split(separator: "\n").dropFirst().map(String.init)
            #expect(rows.count == ds.reportedTotals.count)
            // Every amount ends in the same column: the source's bracket follows it at one place.
            let ends = Set(rows.map { row in TextWidth.of(String(row[..<row.range(of: "  [")!.lowerBound])) })
            #expect(ends.count == 1, "\(lang): \(rows.joined(separator: "\n"))")
            let two = rows.first { $0.contains("[surabayapagi-2019-12-04]") && $0.contains("m2019-kaltim") }!
            #expect(two.hasSuffix(lang == .id ? "dalam dua jam pertama" : "in the first two hours"), "\(two)")
            let midday = rows.first { $0.contains("[dppkukm-kaltim-midday]") }!
            #expect(midday.contains(lang == .id ? "~12.00 WITA" : "~12:00 WITA"))
            #expect(midday.contains(lang == .id ? "hingga Kamis, 8 Mei 2025 siang" : "by midday on Thursday, 8 May 2025"))
            #expect(!midday.contains(lang == .id ? "by midday" : "siang"))
        }
    }

    @Test func scopesPartitionTheGrandTotal() throws {
        var ds = try loadBundled()
        // A second letter of intent, with a commodity, in another year: each lands in its own parts.
        ds.deals.append(Deal(id: "loi-2024", mission: "m2024-bali", direction: .sell, commodity: "coffee", valueRupiah: 5_000_000_000,
                             status: .reported, kind: .letterOfIntent, source: "nusabali-2024-06"))
        let a = try Aggregates.compute(ds)
        let s = try TotalsScope.compute(ds, a)
        #expect(s.all.letterOfIntentRupiah == 3_301_000_000_000 && s.letterOfIntentLines == 2)
        for parts in [s.byYear, s.byProvince] {
            #expect(parts.values.reduce(0) { $0 + $1.missions } == s.all.missions)
            #expect(parts.values.reduce(0) { $0 + $1.letterOfIntentRupiah } == s.all.letterOfIntentRupiah)
        }
        #expect(s.byYear["2024"]?.letterOfIntentRupiah == 5_000_000_000 && s.byProvince["bali"]?.letterOfIntentRupiah == 5_000_000_000)
        #expect(s.byCommodity["coffee"] == 5_000_000_000 && s.notSplitLetterOfIntentRupiah == 3_296_000_000_000)
        #expect(s.byDirection[.sell] == 5_000_000_000 && s.byMission["m2024-bali"] == 5_000_000_000)
        let text = try SummaryReport.text(ds, a, .en)
        let coffee = try #require(text.split(separator: "\n").first { $0.hasPrefix("  Coffee ") })
        #expect(coffee.hasSuffix(Rupiah.exact(65_000_000_000, .en) + "  ≈ inferred"), "the commodity's transactions, without the letter: \(coffee)")
    }

    @Test func csvReadsBack() throws {
        let (ds, a, _) = try report()
        let text = try SummaryReport.csv(ds, a, .id)
        let rows = csvRows(text)
        #expect(rows.first == ["section", "id", "name", "totalValueRupiah", "letterOfIntentRupiah", "missions", "note"])
        #expect(rows.allSatisfy { $0.count == 7 })
        let records = csvRecords(text)
        #expect(records.first { $0["id"] == "m2025-kepri" }?["letterOfIntentRupiah"] == "3296000000000")
        // A mission or agreement with no figure has an empty cell, never 0; the others add up.
        let missions = records.filter { $0["section"] == "mission" }
        #expect(missions.filter { $0["totalValueRupiah"] == "" }.map { $0["id"]! } == ["m2019-kaltim", "a1984-osaka", "a2025-batam"])
        #expect(missions.compactMap { Int64($0["totalValueRupiah"]!) }.reduce(0, +) == a.totalValueRupiah)
    }

    /// Issue #11: the Maluku yearly contracts and the Kalsel coffee are inside their mission's
    /// total only by our reading; every commodity figure resting on them says so, with the reason
    /// and the lines, in text, CSV and JSON — and "per tahun" where every line is yearly.
    @Test func commodityFiguresThatRestOnAnInferenceAreMarked() throws {
        let (ds, a, o) = try report()
        let maluku = ["d2025-maluku-bmi", "d2025-maluku-squid", "d2025-maluku-tuna"]
        let seafood = try #require(o["byCommodity"]?.element("seafood"))
        #expect(seafood["basis"]?["kind"]?.text == "inferred" && seafood["period"]?.text == "per tahun")
        #expect(seafood["basis"]?["from"]?.list == maluku.map { .string($0) })
        let coffee = try #require(o["byCommodity"]?.element("coffee"))
        #expect(coffee["basis"]?["from"]?.list == [.string("d2025-kalsel-coffee")] && coffee["period"] == nil, "one product line, no period")
        #expect(o["byCommodity"]?.element("rice")?["basis"] == nil)
        #expect(o["notSplitBasis"]?["kind"]?.text == "inferred", "the not-split value is what is left once they are taken out")
        let id = try SummaryReport.text(ds, a, .id)
        let lines = id.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("  Hasil laut ") }?.hasSuffix("Rp225.800.000.000  ≈ disimpulkan, per tahun") == true)
        #expect(lines.first { $0.hasPrefix("  Kopi ") }?.hasSuffix("Rp65.000.000.000  ≈ disimpulkan") == true)
        #expect(lines.first { $0.hasPrefix("  Beras ") }?.contains("≈") == false)
        #expect(lines.contains { $0.hasPrefix("  ≈ tidak ada sumber yang menempatkan nilai ini di dalam total hari misinya") && $0.contains("d2025-maluku-gapero") })
        let csv = csvRecords(try SummaryReport.csv(ds, a, .en))
        let row = try #require(csv.first { $0["section"] == "commodity" && $0["id"] == "tobacco" })
        #expect(row["note"]?.hasPrefix("≈ inferred, per year: no source places this value inside its mission day's total") == true, "\(row)")
        #expect(row["note"]?.hasSuffix("(from d2025-maluku-gapero)") == true)
        // Once a source places the contracts inside the day's total, nothing is marked.
        let (_, _, stated) = try report { ds in
            for i in ds.deals.indices where ds.deals[i].includedIn != nil { ds.deals[i].includedInBasis = .stated }
        }
        #expect(stated["byCommodity"]?.element("seafood")?["basis"] == nil && stated["notSplitBasis"] == nil)
    }

    /// Issue #11: where no figure exists there is no Rp0 — agreements (no transactions), balances
    /// of partners whose missions publish no sell/buy split, commodities the sources name without
    /// a value; a partner's balance says it sums only the missions with a split.
    @Test func noRpZeroWhereNoFigureExists() throws {
        let (ds, a, o) = try report()
        let lines = try SummaryReport.text(ds, a, .id).split(separator: "\n").map(String.init)
        let batam = try #require(lines.first { $0.contains("a2025-batam") })
        #expect(!batam.contains("Rp0") && batam.contains("—  kesepakatan, bukan transaksi; potensi Rp2,1 triliun, tidak dijumlahkan"), "\(batam)")
        #expect(lines.first { $0.hasPrefix("  Beras ") }?.hasSuffix("—  tidak bernilai dalam sumber") == true)
        #expect(lines.first { $0.hasPrefix("  Kalimantan Selatan ") && $0.contains("rincian jual–beli tidak diumumkan") } != nil)
        let malut = try #require(lines.first { $0.hasPrefix("  Maluku Utara ") && $0.contains("Jual") })
        #expect(malut.hasSuffix("∑ dihitung, bukan angka resmi; hanya misi dengan rincian jual–beli: 1 dari 4"), "\(malut)")
        #expect(!lines.contains { $0.hasSuffix(" Rp0") || $0.contains(" Rp0 ") }, "\(lines.filter { $0.contains("Rp0") })")
        // JSON: null where unknown, the coverage with it; an unvalued commodity says so.
        let kalsel = try #require(o["balanceByPartner"]?.element("kalsel"))
        #expect(kalsel["balanceRupiah"] == .null && kalsel["missionsWithSplit"]?.int == 0 && kalsel["missions"]?.int == 1)
        #expect(o["balanceByPartner"]?.element("malut")?["balanceRupiah"]?.int == -24_693_502_000)
        #expect(o["byMission"]?.element("m2025-kalsel")?["balanceRupiah"] == .null)
        #expect(o["byMission"]?.element("m2025-malut")?["balanceRupiah"]?.int == -24_693_502_000)
        #expect(o["byCommodity"]?.element("rice")?["valued"]?.bool == false && o["byCommodity"]?.element("coffee")?["valued"] == nil)
        // CSV: empty cells, the reason in `note`.
        let csv = csvRecords(try SummaryReport.csv(ds, a, .en))
        let balance = try #require(csv.first { $0["section"] == "balance" && $0["id"] == "kalsel" })
        #expect(balance["totalValueRupiah"] == "" && balance["note"] == "no sell/buy split published")
        let rice = try #require(csv.first { $0["section"] == "commodity" && $0["id"] == "rice" })
        #expect(rice["totalValueRupiah"] == "" && rice["note"] == "no value in the sources")
        // A line recorded for rice makes it a figure again.
        let (ds2, a2, _) = try report { ds in
            ds.deals.append(Deal(id: "r", mission: "m2025-malut", direction: .sell, commodity: "rice", valueRupiah: 0, status: .committed, kind: .itemised, source: "x"))
        }
        #expect(try SummaryReport.text(ds2, a2, .id).split(separator: "\n").first { $0.hasPrefix("  Beras ") }?.hasSuffix("Rp0") == true)
    }

    /// Issue #11: where sources disagree — the Jatim–Malut mission's year, Kepri's date and its
    /// purchases (Rp81,9 miliar or juta), the Jatim businesses at Ternate (55 or 48) — the report
    /// keeps both claims with their sources, marked ≠, in text, CSV and JSON.
    @Test func conflictingClaimsReachTheReport() throws {
        let (ds, a, o) = try report()
        let text = try SummaryReport.text(ds, a, .id)
        for expected in [
            "  m2021-malut     tanggal: 2021 [kieraha-2025-03] ≠ 2022 [tribunternate-2025-03-06]",
            "  m2025-kepri     tanggal: 8 Des 2025 [ketik-2025-12-08] ≠ 5 Des 2025 [ketik-2025-12-05]",
            "  m2025-kepri     Beli (d2025-kepri-buy): Rp81.900.000.000 [ketik-2025-12-08] ≠ Rp81.900.000 [ketik-2025-12-05]",
            "  m2025-malut     pelaku usaha Jatim: 55 [malukuterkini-2025-03-13] ≠ 48 [halmaheranesia-2025-03-12]",
        ] { #expect(text.contains(expected + "\n"), "\(expected)") }
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.last { $0.hasPrefix("  2021 ") }?.hasSuffix("; ≠ m2021-malut: 2022 [tribunternate-2025-03-06]") == true)
        #expect(lines.first { $0.hasPrefix("  Kepulauan Riau ") && $0.contains("Beli") }?.contains("Beli Rp81,9 miliar (≠ Rp81,9 juta [ketik-2025-12-05])") == true)
        let malut2021 = try #require(o["byMission"]?.element("m2021-malut"))
        #expect(malut2021["dateAlternatives"]?.list.first?["date"]?.text == "2022")
        let ternate = try #require(o["byMission"]?.element("m2025-malut")?["businesses"]?.list)
        #expect(ternate.filter { $0["side"]?.text == "organiser" }.compactMap { $0["count"]?.int } == [55, 48])
        let kepri = try #require(o["byMission"]?.element("m2025-kepri"))
        #expect(kepri["dateAlternatives"]?.list.first?["source"]?.text == "ketik-2025-12-05")
        let line = try #require(kepri["linesConflicting"]?.element("d2025-kepri-buy"))
        #expect(line["valueRupiah"]?.int == 81_900_000_000 && line["conflictsWith"]?.list.first?["valueRupiah"]?.int == 81_900_000)
        #expect(o["byMission"]?.element("m2025-kaltim")?["linesConflicting"] == nil)
        let csv = csvRecords(try SummaryReport.csv(ds, a, .id))
        #expect(csv.first { $0["id"] == "m2021-malut" }?["note"] == "tanggal: 2021 [kieraha-2025-03] ≠ 2022 [tribunternate-2025-03-06]")
    }
}
