import Foundation
import Testing
import TradeModel
import TradeTestSupport
@testable import TradeTUI

/// What the command line says follows `--lang` (Indonesian by default, as the dashboard); exit
/// codes do not change with it.
@Suite(.serialized) struct CLILanguageTests {
    let journal: String
    init() throws { journal = try CLI.tempDir() + "/j.jsonl" }

    func run(_ args: [String], _ lang: String?, env: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(args + ["--journal", journal] + (lang.map { ["--lang", $0] } ?? []), env: env)
    }

    @Test func validateSaysValidInTheLanguage() throws {
        let id = try run(["validate"], "id")
        // The same count and transactions as the header and `summary`, the letters of intent apart.
        #expect(id.status == 0 && id.stdout.hasPrefix("valid: 19 misi (18 dengan transaksi), ")
                && id.stdout.contains(" peristiwa jurnal; transaksi Rp14.221.055.929.986, LoI Rp3.296.000.000.000 di luar (bukan transaksi)"), "\(id.stdout)")
        let en = try run(["validate"], "en")
        #expect(en.status == 0 && en.stdout.contains(" missions (18 with transactions), ")
                && en.stdout.contains(" journal events; transactions Rp14,221,055,929,986, LoI Rp3,296,000,000,000 apart"), "\(en.stdout)")
        let byDefault = try run(["validate"], nil)
        #expect(byDefault.stdout == id.stdout, "Indonesian without --lang (LANG=C.UTF-8)")
    }

    /// Without a terminal, each screen names itself: the projector is not the dashboard.
    @Test func aScreenThatCannotOpenSaysWhichScreen() throws {
        let present = try run(["present"], "id")
        #expect(present.status == 69 && present.stderr.hasPrefix("trade-tui: layar presentasi tidak dapat dibuka: "), "\(present.stderr)")
        let dashboard = try run([], "id")
        #expect(dashboard.status == 69 && dashboard.stderr.hasPrefix("trade-tui: dasbor tidak dapat dibuka: "), "\(dashboard.stderr)")
        #expect(try run(["present"], "en").stderr.hasPrefix("trade-tui: cannot open the presenter screen: "))
    }

    @Test func refusalsAndNothingToDoInIndonesian() throws {
        let none = try run(["action", "act-nope", "--done"], "id")
        #expect(none.status == 65 && none.stderr == "trade-tui: tidak ada tindak lanjut dengan id \"act-nope\"\n", "\(none.stderr)")
        let nothing = try run(["action", "act-cyber-hoax"], "id")
        #expect(nothing.status == 64 && nothing.stderr.contains("tidak ada yang diubah: beri --done"), "\(nothing.stderr)")
        let same = try run(["deal", "correct", "d2025-kaltim-buy", "--value", "230.099.000.000"], "id")
        #expect(same.status == 0 && same.stdout == "tidak ada yang berubah: d2025-kaltim-buy\n", "\(same.stdout)")
        let why = try run(["deal", "withdraw", "d2025-kaltim-buy"], "id")
        #expect(why.status == 64 && why.stderr == "trade-tui: --reason wajib diisi: sebutkan alasan transaksi ditarik\n", "\(why.stderr)")
        let qty = try run(CLI.recordDeal + ["--quantity", "12.5"], "id")
        #expect(qty.status == 64 && qty.stderr.contains("--quantity: “12.5”: titik memisahkan ribuan"), "\(qty.stderr)")
        let lang = try CLI.run(["summary", "--lang", "fr"])
        #expect(lang.status == 64 && lang.stderr.contains("--lang harus id atau en"), "\(lang.stderr)")
        let langEn = try CLI.run(["summary", "--lang", "fr"], env: ["LANG": "en_GB.UTF-8"])
        #expect(langEn.status == 64 && langEn.stderr.contains("--lang must be id or en"), "\(langEn.stderr)")
        #expect(!FileManager.default.fileExists(atPath: journal), "nothing was written")
    }

    @Test func aLargeValueAndARecordedDealInIndonesian() throws {
        let big = try run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "60 miliar"], "id")
        #expect(big.status == 64, "\(big.stderr)")
        #expect(big.stderr == "trade-tui: Rp60.000.000.000 (enam puluh miliar rupiah) bernilai Rp50 miliar atau lebih; periksa, lalu tambahkan --confirm\n",
                "\(big.stderr)")
        let ok = try run(CLI.recordDeal + ["--id", "d-lang-1"], "id")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout == "ok d-lang-1 Rp1.250.000.000 (satu koma dua lima miliar rupiah); menambah angka akhir yang diumumkan Rp1.053.146.943.500\n",
                "\(ok.stdout)")
        let gone = try run(["deal", "withdraw", "d-lang-1", "--reason", "salah catat"], "id")
        #expect(gone.status == 0 && gone.stdout == "ok ditarik d-lang-1 Rp1.250.000.000\n", "\(gone.stdout)")
        let again = try run(["deal", "withdraw", "d-lang-1", "--reason", "salah catat"], "id")
        #expect(again.status == 0 && again.stdout == "sudah ditarik: d-lang-1\n", "\(again.stdout)")
    }

    @Test func englishWithLangEn() throws {
        let none = try run(["action", "act-nope", "--done"], "en")
        #expect(none.status == 65 && none.stderr == "trade-tui: no follow-up action has the id \"act-nope\"\n", "\(none.stderr)")
        let big = try run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "60 miliar"], "en")
        #expect(big.status == 64 && big.stderr.contains("(sixty billion rupiah) is Rp50 billion or more; check it, then add --confirm"), "\(big.stderr)")
        let check = try run(["journal", "check"], "en")
        #expect(check.status == 0 && check.stdout.hasSuffix(": no journal yet (nothing has been changed)\n"), "\(check.stdout)")
    }

    @Test func journalAndImportSummariesInIndonesian() throws {
        let check = try run(["journal", "check"], "id")
        #expect(check.status == 0 && check.stdout.hasSuffix(": belum ada jurnal (belum ada yang diubah)\n"), "\(check.stdout)")
        let csv = try CLI.tempDir() + "/desk.csv"
        try "mission,direction,valueRupiah,quantity,unit\nm2025-kaltim,sell,1000,2.500,ton\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let dry = try run(["import-deals", csv, "--dry-run"], "id")
        #expect(dry.status == 0 && dry.stdout.hasPrefix("uji coba: akan menambah 1 transaksi, Rp1.000 (tidak ada yang ditulis)\n"), "\(dry.stdout)")
        let real = try run(["import-deals", csv], "id")
        #expect(real.status == 0 && real.stdout == "ok ditambahkan 1 transaksi, Rp1.000\n", "\(real.stdout)")
        let twice = try run(["import-deals", csv], "id")
        #expect(twice.status == 65 && twice.stderr.contains("desk.csv:2: error: sudah tercatat (") && twice.stderr.hasSuffix("; tidak ada isi berkas ini yang tercatat\n"),
                "\(twice.stderr)")
        let after = try run(["journal", "check"], "id")
        #expect(after.status == 0 && after.stdout.contains(": 1 baris, 1 peristiwa diterapkan, 0 rusak, baris terakhir terputus: tidak"), "\(after.stdout)")
        // The export stays machine-readable whatever the language: the quantity as the desk types it.
        let export = try run(["export-deals"], "id")
        #expect(export.stdout.contains(",2500,ton,1000,"), "\(export.stdout.suffix(200))")
    }

    /// English says one of a thing in the singular: "1 deal", "1 line, 1 event"; Indonesian
    /// nouns do not change ("1 transaksi", above).
    @Test func oneOfAThingIsSingularInEnglish() throws {
        let csv = try CLI.tempDir() + "/desk.csv"
        try "mission,direction,valueRupiah\nm2025-kaltim,sell,1000\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let dry = try run(["import-deals", csv, "--dry-run"], "en")
        #expect(dry.status == 0 && dry.stdout.hasPrefix("dry run: would add 1 deal, Rp1,000 (nothing written)\n"), "\(dry.stdout)")
        let real = try run(["import-deals", csv], "en")
        #expect(real.status == 0 && real.stdout == "ok added 1 deal, Rp1,000\n", "\(real.stdout)")
        let check = try run(["journal", "check"], "en")
        #expect(check.status == 0 && check.stdout.contains(": 1 line, 1 event applied, 0 damaged, interrupted last line: no"), "\(check.stdout)")
        let valid = try run(["validate"], "en")
        #expect(valid.status == 0 && valid.stdout.contains(" agreements, ") && valid.stdout.contains(", 1 journal event; "), "\(valid.stdout)")
        let out = try CLI.tempDir() + "/one"
        let generated = try CLI.run(["generate", "--deals", "1", "--out", out, "--lang", "en"])
        #expect(generated.status == 0 && generated.stdout.contains(": 1 deal, 1 mission"), "\(generated.stdout)")
    }

    /// The follow-up report writes a note's time in the machine's zone (`TZ`), not the journal's UTC.
    @Test func noteTimesFollowTheMachinesZone() throws {
        let note = try run(["action", "act-cyber-hoax", "--note", "terpasang", "--user", "ana"], "id")
        #expect(note.status == 0, "\(note.stderr)")
        let wita = try run(["checklist"], "id", env: ["TZ": "XYZ-8"])
        let line = try #require(wita.stdout.split(separator: "\n").first { $0.hasSuffix("ana: terpasang") })
        let shape = try NSRegularExpression(pattern: "^ +[0-9]{1,2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}\\.[0-9]{2} WITA ana: terpasang$")
        #expect(shape.firstMatch(in: String(line), range: NSRange(line.startIndex..., in: line)) != nil, "\(line)")
        let en = try run(["checklist", "--format", "md"], "en", env: ["TZ": "XYZ+3"])
        #expect(en.stdout.contains(" XYZ ana: terpasang"), "the zone's own name, as the header clock writes it: \(en.stdout)")
        let csv = try run(["checklist", "--format", "csv"], "id", env: ["TZ": "XYZ-8"])
        #expect(csv.stdout.contains("Z,ana,terpasang"), "CSV keeps the journal's UTC time: \(csv.stdout)")
    }

    /// The line a script prints when another desk changed the item first: who, and when in the local zone.
    @Test func aConflictNamesWhoAndWhenInTheLanguage() {
        let who = CLIText.whoAt("budi", "2026-11-30T07:05:00Z", .wib, .id)
        #expect(who == "budi pada 30 Nov 2026 14.05 WIB")
        #expect(CLIText.notApplied(who, .id).hasPrefix("tidak diterapkan: sudah diubah oleh budi pada 30 Nov 2026 14.05 WIB setelah"))
        #expect(CLIText.whoAt("budi", "2026-11-30T07:05:00Z", .wita, .en) == "budi at 30 Nov 2026 15:05 WITA")
    }
}
