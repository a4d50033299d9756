import Foundation
import Testing
import TradeModel
import TradeTestSupport

/// `export-deals` then `import-deals --skip-existing` of the same file: identical rows are skipped
/// and counted, a recorded id with other content is still an error naming the line and column, and
/// the file stays all or nothing. Without the flag nothing changes.
@Suite(.serialized) struct ImportSkipExistingCLITests {
    func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func anExportedFileImportsAgainWithItsRecordedRowsSkipped() throws {
        let data = try CLI.fixtures()
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        // Deals of the journal beside the fixtures' (hostile text, a decimal quantity), one withdrawn.
        try CSVStyleCLITests.desk.write(toFile: dir + "/desk.csv", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import-deals", dir + "/desk.csv", "--confirm-large", "--data", data, "--journal", journal]).status == 0)
        #expect(try CLI.run(["deal", "withdraw", "h2", "--reason", "salah ketik", "--data", data, "--journal", journal]).status == 0)
        let file = dir + "/export.csv"
        #expect(try CLI.run(["export-deals", "--data", data, "--journal", journal, "--out", file]).status == 0)
        let exported = try lines(file).filter { !$0.isEmpty }.count - 1
        let before = try String(contentsOfFile: journal, encoding: .utf8)

        // Without the flag: refused at its first row, as before.
        let plain = try CLI.run(["import-deals", file, "--data", data, "--journal", journal])
        #expect(plain.status == 65 && plain.stderr.contains("export.csv:2: error:") && plain.stderr.contains("sudah tercatat"), "\(plain.stderr)")

        // With it, and a new row: the new row is added, every exported row skipped and counted.
        try (String(contentsOfFile: file, encoding: .utf8) + "new1,m2025-ntb,sell,coffee,,\"2,5\",ton,1000,CV Baru,,,committed,itemised,src-new,\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let dry = try CLI.run(["import-deals", file, "--skip-existing", "--dry-run", "--data", data, "--journal", journal, "--lang", "en"])
        #expect(dry.status == 0 && dry.stdout.hasPrefix("dry run: would add 1 deal, Rp1,000 (nothing written); \(exported) skipped: already recorded, identical"),
                "\(dry.stdout) \(dry.stderr)")
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == before, "a dry run writes nothing")
        let r = try CLI.run(["import-deals", file, "--skip-existing", "--data", data, "--journal", journal])
        #expect(r.status == 0 && r.stdout == "ok ditambahkan 1 transaksi, Rp1.000; \(exported) dilewati: sudah tercatat sama persis\n", "\(r.stdout) \(r.stderr)")
        let again = try CLI.run(["export-deals", "--data", data, "--journal", journal])
        #expect(again.stdout.components(separatedBy: "\nnew1,").count == 2, "the new row once")
        #expect(again.stdout.contains("\nh2,") && again.stdout.contains(",withdrawn,"), "the withdrawn row skipped, still withdrawn")

        // A recorded id with another value: an error naming the line and the column; nothing of the file recorded.
        let after = try String(contentsOfFile: journal, encoding: .utf8)
        var rows = try lines(file)
        rows.insert("new2,m2025-ntb,buy,,,,,2000,,,,committed,itemised,src-new,", at: 1)
        let h4 = try #require(rows.firstIndex { $0.hasPrefix("h4,") })
        rows[h4] = rows[h4].replacingOccurrences(of: ",kg,5,", with: ",kg,6,")
        try rows.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        for (lang, message) in [("id", "id h4 sudah tercatat dengan valueRupiah lain: tercatat \"5\", di berkas ini \"6\""),
                                ("en", "the id h4 is already recorded with another valueRupiah: recorded \"5\", in this file \"6\"")] {
            let bad = try CLI.run(["import-deals", file, "--skip-existing", "--data", data, "--journal", journal, "--lang", lang])
            #expect(bad.status == 65 && bad.stderr.contains("export.csv:\(h4 + 1): error: " + message), "\(bad.stderr)")
        }
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == after, "all or nothing: new2 is not recorded either")
    }

    /// Without the flag, an exported file is refused at its first row in the language of the rest
    /// of the line (Indonesian by default), naming the flag that imports it again.
    @Test func aRecordedIdSuggestsSkipExistingInTheLanguage() throws {
        let dir = try CLI.tempDir()
        let file = dir + "/deals.csv", journal = dir + "/j.jsonl"
        #expect(try CLI.run(["export-deals", "--journal", journal, "--out", file]).status == 0)
        let id = try #require(try lines(file)[1].split(separator: ",").first)
        let byDefault = try CLI.run(["import-deals", file, "--journal", journal])
        #expect(byDefault.status == 65 && byDefault.stderr == "\(file):2: error: id transaksi \"\(id)\" sudah tercatat (untuk melewati baris yang sudah "
                + "tercatat sama persis, impor dengan --skip-existing); tidak ada isi berkas ini yang tercatat\n", "\(byDefault.stderr)")
        let en = try CLI.run(["import-deals", file, "--journal", journal, "--lang", "en"])
        #expect(en.status == 65 && en.stderr == "\(file):2: error: the deal id \"\(id)\" is already recorded (to skip rows recorded the same, "
                + "import with --skip-existing); nothing from this file was recorded\n", "\(en.stderr)")
        let skipped = try CLI.run(["import-deals", file, "--journal", journal, "--skip-existing"])
        #expect(skipped.status == 0 && skipped.stdout.hasPrefix("ok ditambahkan 0 transaksi, Rp0; "), "the hint holds: \(skipped.stdout) \(skipped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: journal), "nothing was written")
    }

    /// In the Indonesian Excel style (`;`, decimal commas, BOM, CRLF) every row reads back the same;
    /// a row without an id whose content was imported before is skipped too.
    @Test func everyStyleAndContentIdsSkipAlike() throws {
        let data = try CLI.fixtures()
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        try "mission,direction,valueRupiah,quantity\nm2025-ntb,sell,\"1,25 miliar\",\"12,5\"\n".write(toFile: dir + "/a.csv", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import-deals", dir + "/a.csv", "--data", data, "--journal", journal]).status == 0)
        let refused = try CLI.run(["import-deals", dir + "/a.csv", "--data", data, "--journal", journal])
        #expect(refused.status == 65 && refused.stderr.contains("sudah tercatat (csv-"), "\(refused.stderr)")
        let skipped = try CLI.run(["import-deals", dir + "/a.csv", "--skip-existing", "--data", data, "--journal", journal])
        #expect(skipped.status == 0 && skipped.stdout == "ok ditambahkan 0 transaksi, Rp0; 1 dilewati: sudah tercatat sama persis\n", "\(skipped.stdout) \(skipped.stderr)")
        let file = dir + "/excel.csv"
        #expect(try CLI.run(["export-deals", "--data", data, "--journal", journal, "--csv-style", "excel-id", "--out", file]).status == 0)
        let n = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
        let r = try CLI.run(["import-deals", file, "--skip-existing", "--data", data, "--journal", journal, "--lang", "en"])
        #expect(r.status == 0 && r.stdout == "ok added 0 deals, Rp0; \(n) skipped: already recorded, identical\n", "\(r.stdout) \(r.stderr)")
    }
}
