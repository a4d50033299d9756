import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

@Suite struct ChecklistReportTests {
    static let today = Fixture.today
    static let capitalReason = LocalText(id: "Bukan salah satu dari enam rekomendasi makalah", en: "Not one of the paper's six recommendations")
    static let ownerReason = LocalText(id: "sumber tidak menyebut pelaksananya", en: "the source names no one to carry it out")

    /// The bundled data as schema 2 describes it (docs/SCHEMA.md), whichever schema the fixtures
    /// are in today: the capital grouping is not the paper's, the Cyber Hoax status is unknown (its
    /// due date inferred, and past), one owner is inferred and one action has a stated due date, past.
    func dataset() throws -> Dataset {
        var ds = try loadBundled()
        let c = ds.recommendations.firstIndex { $0.id == "rec-capital" }!
        ds.recommendations[c].order = nil
        ds.recommendations[c].basis = .inferred(Self.capitalReason)
        ds.recommendations[c].addresses = "obs-logistics-capital"
        func edit(_ id: String, _ change: (inout FollowUpAction) -> Void) { change(&ds.actions[ds.actions.firstIndex { $0.id == id }!]) }
        edit("act-cyber-hoax") {
            $0.status = .unknown
            $0.due = PartialDate(year: 2025, month: 4, day: 12)
            $0.dueBasis = .inferred(LocalText(id: "\"dalam sebulan ke depan\" sejak 12 Maret 2025", en: "\"within the coming month\" from 12 March 2025"))
        }
        edit("act-kaltim-return-visit") { $0.ownerBasis = .inferred(Self.ownerReason) }
        edit("act-bi-validation") { $0.due = PartialDate(year: 2025, month: 12, day: 31); $0.dueBasis = .stated; $0.status = .open }
        let s = ds.indicators.firstIndex { $0.id == "ind-malut-seaweed-2021" }!
        ds.indicators[s].subject = LocalText(id: "Produksi rumput laut Malut", en: "Malut seaweed production")
        return ds
    }

    /// The lines of one action in a text or Markdown report, its title line first.
    func block(_ doc: String, _ title: String) -> String {
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.contains("] " + title) }) else { return "" }
        let rest = lines[(start + 1)...].prefix { $0.hasPrefix("    ") || $0.hasPrefix("  - ") }
        return ([lines[start]] + rest).joined(separator: "\n")
    }

    @Test func anInferredDueDateNeverMakesAnActionOverdue() throws {
        let ds = try dataset()
        let hoax = ds.actions.first { $0.id == "act-cyber-hoax" }!
        #expect(hoax.due! < Self.today! && !hoax.isOverdue(today: Self.today), "past, but inferred")
        for markdown in [false, true] {
            let id = ChecklistReport.document(ds, today: Self.today, lang: .id, markdown: markdown)
            let en = ChecklistReport.document(ds, today: Self.today, lang: .en, markdown: markdown)
            let hoaxId = block(id, hoax.titleId), hoaxEn = block(en, hoax.titleEn)
            #expect(hoaxId.contains("lewat perkiraan tenggat (disimpulkan)") && !hoaxId.lowercased().contains("terlambat"), "\(hoaxId)")
            #expect(hoaxEn.contains("past the inferred due date") && !hoaxEn.lowercased().contains("overdue"), "\(hoaxEn)")
            #expect(hoaxId.contains("Tenggat: 12 Apr 2025 (≈ disimpulkan: \"dalam sebulan ke depan\" sejak 12 Maret 2025)"))
            #expect(hoaxEn.contains("Due: 12 Apr 2025 (≈ inferred: \"within the coming month\" from 12 March 2025)"))
            // A stated due date that has passed is overdue, and says so.
            let bi = ds.actions.first { $0.id == "act-bi-validation" }!
            #expect(block(id, bi.titleId).contains("⚠ TERLAMBAT") && block(en, bi.titleEn).contains("⚠ OVERDUE"))
            #expect(!block(id, bi.titleId).contains("perkiraan"))
        }
        let json = try Plain.parsing(ChecklistReport.json(ds, today: Self.today))
        let a = try #require(json["actions"]?.element("act-cyber-hoax"))
        #expect(a["overdue"]?.bool == false && a["pastInferredDue"]?.bool == true)
        #expect(json["actions"]?.element("act-bi-validation")?["overdue"]?.bool == true)
        let csv = csvRecords(ChecklistReport.csv(ds, today: Self.today))
        let row = try #require(csv.first { $0["id"] == "act-cyber-hoax" })
        #expect(row["overdue"] == "false" && row["pastInferredDue"] == "true" && row["dueBasis"] == "inferred")
    }

    @Test func onlyThePapersSixAreNumberedAndTheRestSayWhy() throws {
        let ds = try dataset()
        for (lang, outside, reason) in [(Language.id, "Di luar makalah", "≈ disimpulkan: Bukan salah satu dari enam rekomendasi makalah"),
                                        (.en, "Not from the paper", "≈ inferred: Not one of the paper's six recommendations")] {
            for markdown in [false, true] {
                let doc = ChecklistReport.document(ds, today: Self.today, lang: lang, markdown: markdown)
                let lines = doc.split(separator: "\n").map(String.init)
                let numbered = lines.filter { $0.range(of: #"^(## )?[0-9]+\. "#, options: .regularExpression) != nil }
                #expect(numbered.count == 6, "\(numbered)")
                for n in 1...6 { #expect(numbered.contains { $0.hasPrefix((markdown ? "## " : "") + "\(n). ") }) }
                let six = try #require(lines.firstIndex { $0.hasPrefix((markdown ? "## " : "") + "6. ") })
                let apart = try #require(lines.firstIndex { $0 == (markdown ? "## " : "") + outside })
                let capital = try #require(lines.firstIndex { $0.contains(lang == .id ? "Permodalan UMKM (0/1)" : "UMKM capital (0/1)") })
                #expect(six < apart && apart < capital)
                #expect(!lines[capital].contains("7."))
                #expect(lines[capital + 1] == reason)
                #expect(lines[capital + 2].hasPrefix(lang == .id ? "Menjawab hambatan: Kendala logistik" : "Addresses the obstacle: Logistics"))
            }
        }
        let json = try Plain.parsing(ChecklistReport.json(ds, today: Self.today))
        let capital = try #require(json["recommendations"]?.element("rec-capital"))
        #expect(capital["order"] == nil && capital["fromPaper"]?.bool == false && capital["addresses"]?.text == "obs-logistics-capital")
        #expect(capital["basis"]?["kind"]?.text == "inferred" && capital["basis"]?["reason"]?["id"]?.text == Self.capitalReason.id)
        #expect(json["recommendations"]?.element("rec-evaluation")?["order"]?.int == 6)
        #expect(json["recommendations"]?.element("rec-evaluation")?["basis"] == .object(["kind": .string("stated")]))
        #expect(json["recommendations"]?.list.last?["id"]?.text == "rec-capital", "after the paper's")
    }

    @Test func everyRecommendationAndActionCitesItsSource() throws {
        let ds = try dataset()
        for lang in Language.allCases {
            let doc = ChecklistReport.document(ds, today: Self.today, lang: lang, markdown: false)
            for a in ds.actions {
                let s = try #require(ds.source(a.source))
                let cite = "\(lang == .id ? "Sumber" : "Source"): \(s.publisher)"
                let b = block(doc, a.title(lang))
                #expect(b.contains(cite) && b.contains(s.heading(lang)) && b.contains("[\(a.source)]"), "\(b)")
            }
            for r in ds.recommendations {
                #expect(doc.contains(ReportWords.citation(r.source, ds, lang)))
            }
        }
        let json = try Plain.parsing(ChecklistReport.json(ds, today: Self.today))
        let cited = Set((json["sources"]?.list ?? []).compactMap { $0["id"]?.text })
        let needed = Set(ds.actions.map(\.source) + ds.recommendations.map(\.source) + ds.obstacles.map(\.source) + ds.indicators.map(\.source))
        #expect(cited == needed)
        let paper = try #require(json["sources"]?.element("paper-2025"))
        #expect(paper["publisher"]?.text == ds.source("paper-2025")?.publisher)
        #expect(paper["title"] != nil || paper["about"] != nil)
    }

    @Test func everyInferenceIsMarkedWithGlyphAndWord() throws {
        let ds = try dataset()
        let visit = ds.actions.first { $0.id == "act-kaltim-return-visit" }!
        let hoax = ds.actions.first { $0.id == "act-cyber-hoax" }!
        let id = ChecklistReport.document(ds, today: Self.today, lang: .id, markdown: true)
        let en = ChecklistReport.document(ds, today: Self.today, lang: .en, markdown: false)
        #expect(block(id, visit.titleId).contains("Penanggung jawab: \(visit.owner) (≈ disimpulkan: \(Self.ownerReason.id))"))
        #expect(block(en, visit.titleEn).contains("Owner: \(visit.owner) (≈ inferred: \(Self.ownerReason.en))"))
        #expect(block(id, hoax.titleId).hasPrefix("- [?] ") && block(id, hoax.titleId).contains("Status: belum diketahui"))
        #expect(block(en, hoax.titleEn).contains("Status: unknown"))
        let json = try Plain.parsing(ChecklistReport.json(ds, today: Self.today))
        let v = try #require(json["actions"]?.element("act-kaltim-return-visit"))
        #expect(v["ownerBasis"]?["kind"]?.text == "inferred" && v["ownerBasis"]?["reason"]?["en"]?.text == Self.ownerReason.en)
        #expect(v["statusBasis"] == .object(["kind": .string("stated")]), "the kind is explicit even when stated")
        #expect(v["dueBasis"] == nil && v["due"] == .null, "no due date, nothing to qualify")
        let h = try #require(json["actions"]?.element("act-cyber-hoax"))
        #expect(h["status"]?.text == "unknown" && h["done"]?.bool == false && h["dueBasis"]?["kind"]?.text == "inferred")
        let csv = csvRecords(ChecklistReport.csv(ds, today: Self.today, lang: .en))
        let row = try #require(csv.first { $0["id"] == "act-kaltim-return-visit" })
        #expect(row["ownerBasis"] == "inferred" && row["statusBasis"] == "stated" && row["dueBasis"] == "")
    }

    @Test func obstaclesAndIndicatorsHaveTheirSections() throws {
        let ds = try dataset()
        let paper = ds.obstacles.filter { $0.source == "paper-2025" }
        #expect(!paper.isEmpty)
        for (lang, fromPaper, others, indicators, seaweed) in [
            (Language.id, "Hambatan menurut makalah", "Hambatan menurut sumber lain", "Indikator", "Produksi rumput laut Malut, 2021: 86.282 ton"),
            (.en, "Obstacles the paper names", "Obstacles other sources name", "Indicators", "Malut seaweed production, 2021: 86,282 ton"),
        ] {
            let doc = ChecklistReport.document(ds, today: Self.today, lang: lang, markdown: true)
            let sections = doc.components(separatedBy: "\n## ")
            let p = try #require(sections.first { $0.hasPrefix(fromPaper + "\n") })
            let o = try #require(sections.first { $0.hasPrefix(others + "\n") })
            let i = try #require(sections.first { $0.hasPrefix(indicators + "\n") })
            // Markdown: text from the data escaped (`\[id\]`, `radarbalikpapan\.com`), as MarkdownTextTests checks.
            let md = MarkdownText.escape
            for x in paper { #expect(p.contains(md("[\(x.id)]")) && p.contains(md(ReportWords.citation(x.source, ds, lang)))) }
            for x in ds.obstacles where !paper.contains(where: { $0.id == x.id }) { #expect(o.contains("- " + md("\(lang == .id ? x.textId : x.textEn) [\(x.id)]"))) }
            for x in ds.indicators { #expect(i.contains(md("[\(x.id)]")) && i.contains(md(ReportWords.citation(x.source, ds, lang)))) }
            #expect(i.contains("- " + md("\(seaweed) [ind-malut-seaweed-2021]")))
            #expect(i.contains(lang == .id ? "Rp16.500/kg" : "Rp16,500/kg"))
        }
        let json = try Plain.parsing(ChecklistReport.json(ds, today: Self.today))
        #expect(json["obstacles"]?.list.count == ds.obstacles.count && json["indicators"]?.list.count == ds.indicators.count)
        #expect(json["obstacles"]?.element("obs-regulation")?["fromPaper"]?.bool == true)
        #expect(json["obstacles"]?.element("obs-malut-deficit")?["fromPaper"]?.bool == false)
        let s = try #require(json["indicators"]?.element("ind-malut-seaweed-2021"))
        #expect(s["subject"]?["en"]?.text == "Malut seaweed production" && s["quantity"] == .number("86282") && s["unit"]?.text == "ton")
        #expect(s["basis"]?["kind"]?.text == "stated")
    }

    @Test func csvAndJSONReadBackWhole() throws {
        let ds = try dataset()
        let text = ChecklistReport.csv(ds, today: Self.today)
        let rows = csvRows(text)
        let header = try #require(rows.first)
        #expect(Array(header.prefix(12)) == ["id", "done", "status", "recommendation", "title", "owner", "due", "overdue", "mission",
                                             "lastChangedAt", "lastChangedBy", "notes"], "the first columns as before")
        for c in ["ownerBasis", "dueBasis", "statusBasis", "source", "sourceTitle"] { #expect(header.contains(c)) }
        #expect(rows.count == ds.actions.count + 1 && rows.allSatisfy { $0.count == header.count })
        let hoax = try #require(csvRecords(text).first { $0["id"] == "act-cyber-hoax" })
        #expect(hoax["status"] == "unknown" && hoax["source"] == "aksesnews-2025-03")
        #expect(hoax["sourceTitle"] == ds.source("aksesnews-2025-03")?.heading(.id))
        let json = try Plain.parsing(ChecklistReport.json(ds, today: Self.today))
        #expect(json["total"]?.int == Int64(ds.actions.count) && json["actions"]?.list.count == ds.actions.count)
        #expect(json["asOf"]?.text == "2026-11-23")
    }

    /// Issue #11: the Indonesian report speaks Indonesian — "Penanggung jawab" (as the dashboard),
    /// "Terkait" for the mission or agreement an action belongs to, periods written for people.
    @Test func theIndonesianReportHasNoEnglishOrRawDates() throws {
        let ds = try dataset()
        for markdown in [false, true] {
            let id = ChecklistReport.document(ds, today: Self.today, lang: .id, markdown: markdown)
            func t(_ s: String) -> String { markdown ? MarkdownText.escape(s) : s }
            #expect(!id.contains("Pemilik") && !id.contains("Misi: ") && !id.contains("(mirror)"))
            #expect(id.contains(t("Terkait: Kesepakatan Bersama dan Capacity Building Kerja Sama Antar Daerah [a2025-batam]")), "an agreement is not a mission")
            #expect(id.contains("Ekspor perikanan Kaltim, Jan–Jul 2025: "), "\(id)")
            #expect(!id.contains("2025-01/2025-07") && !id.contains(", 2024-09-22:") && id.contains(", 22 Sep 2024: "), "ids keep their dates; periods do not")
            let en = ChecklistReport.document(ds, today: Self.today, lang: .en, markdown: markdown)
            #expect(en.contains("Linked to: ") && en.contains("Owner: "))
        }
    }

    /// Issue #11: with every status unknown, "0/11" alone reads as nothing done; the count of
    /// unknown statuses goes with it. The six-monthly PKS evaluation says its schedule is ours.
    @Test func unknownStatusesAreCountedApartFromNotDone() throws {
        let ds = try loadBundled()
        let id = ChecklistReport.document(ds, today: Self.today, lang: .id, markdown: false)
        #expect(id.contains("0/11 selesai · 11 belum diketahui · per "), "\(id.prefix(300))")
        let a = try Aggregates.compute(ds, today: Self.today)
        #expect(a.checklistUnknown == 11)
        let summary = try SummaryReport.text(ds, a, .en)
        #expect(summary.contains("Follow-up actions: 0/11 done · 11 unknown\n"))
        var one = ds
        one.actions[0].status = .done
        #expect(ChecklistReport.document(one, today: Self.today, lang: .id, markdown: false).contains("1/11 selesai · 10 belum diketahui"))
        #expect(block(id, "Evaluasi PKS Jatim–Malut").contains("(≈ disimpulkan: jadwal dari templat PKS lain"))
    }
}
