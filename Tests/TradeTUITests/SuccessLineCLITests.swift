import Foundation
import Testing
import TradeModel
import TradeTestSupport

/// Where a command's result goes, as a script sees it: the result on standard output (`$(…)` holds
/// it), problems on standard error; `-` as a file is standard output; a command that writes files
/// says `ok`, where and how much, in the language.
@Suite(.serialized) struct SuccessLineCLITests {
    static let fixtures = CLI.repoRoot + "/fixtures"

    @Test func validateSaysValidOnStandardOutputAndErrorsOnStandardError() throws {
        let r = try CLI.run(["validate", "--data", Self.fixtures])
        #expect(r.status == 0 && r.stdout.hasPrefix("valid: 19 misi (18 dengan transaksi), "), "\(r.stdout) | \(r.stderr)")
        #expect(r.stdout.filter { $0 == "\n" }.count == 1 && r.stdout.hasSuffix("\n"), "one line: \(r.stdout)")
        #expect(!r.stderr.contains("valid:"), "\(r.stderr)")
        let en = try CLI.run(["validate", "--data", Self.fixtures, "--lang", "en"])
        #expect(en.status == 0 && en.stdout.hasPrefix("valid: 19 missions (18 with transactions), "), "\(en.stdout) | \(en.stderr)")
        let bad = try CLI.fixtures(editing: "deals.json") { $0.replacingOccurrences(of: "\"valueRupiah\": 943500", with: "\"valueRupiah\": \"943500\"") }
        let refused = try CLI.run(["validate", "--data", bad])
        #expect(refused.status == 65 && refused.stdout.isEmpty && refused.stderr.contains("deals.json:27:"), "\(refused.stdout) | \(refused.stderr)")
    }

    @Test func exportToDashIsStandardOutputAloneAndAFileSaysOk() throws {
        let dir = try CLI.tempDir()
        let plain = try CLI.run(["export-deals", "--data", Self.fixtures], cwd: dir)
        #expect(plain.status == 0 && plain.stdout.hasPrefix("id,mission,"), "\(plain.stderr)")
        for style in [[], ["--csv-style", "excel-id"]] {
            let dash = try CLI.run(["export-deals", "--data", Self.fixtures, "--out", "-"] + style, cwd: dir)
            let reference = try CLI.run(["export-deals", "--data", Self.fixtures] + style, cwd: dir)
            #expect(dash.status == 0 && dash.stderr.isEmpty, "\(style): \(dash.stderr)")
            let same = dash.bytes == reference.bytes
            #expect(same, "\(style): the CSV alone, byte for byte, nothing mixed in (\(dash.bytes.count) bytes, not \(reference.bytes.count))")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/-"), "no file named -")
        let rows = plain.stdout.filter { $0 == "\n" }.count - 1
        let file = try CLI.run(["export-deals", "--data", Self.fixtures, "--out", "deals.csv"], cwd: dir)
        #expect(file.status == 0 && file.stdout == "ok \(rows) transaksi ditulis ke deals.csv\n" && file.stderr.isEmpty, "\(file.stdout) | \(file.stderr)")
        #expect(try String(contentsOfFile: dir + "/deals.csv", encoding: .utf8) == plain.stdout)
        // A file that is really named `-` is still reachable as ./-.
        let named = try CLI.run(["export-deals", "--data", Self.fixtures, "--out", "./-", "--lang", "en"], cwd: dir)
        #expect(named.status == 0 && named.stdout == "ok wrote \(rows) deals to ./-\n", "\(named.stdout) | \(named.stderr)")
        #expect(try String(contentsOfFile: dir + "/-", encoding: .utf8) == plain.stdout)
    }

    @Test func generateWritesTheCurrentSchemaAndSaysOk() throws {
        let dir = try CLI.tempDir()
        let g = try CLI.run(["generate", "--deals", "4500", "--out", dir + "/gen", "--seed", "2"])
        #expect(g.status == 0 && g.stdout == "ok data sintetis ditulis ke \(dir)/gen: 4500 transaksi, 2 misi\n" && g.stderr.isEmpty,
                "\(g.stdout) | \(g.stderr)")
        let en = try CLI.run(["generate", "--deals", "10", "--out", dir + "/en", "--lang", "en"])
        #expect(en.status == 0 && en.stdout == "ok wrote synthetic data to \(dir)/en: 10 deals, 1 mission\n", "\(en.stdout) | \(en.stderr)")
        // The version the bundled fixtures carry and --version names, not a number of its own.
        let version = "\"schemaVersion\": \(Fixtures.schemaVersion)"
        #expect(try String(contentsOfFile: Self.fixtures + "/dataset.json", encoding: .utf8).contains(version))
        #expect(try String(contentsOfFile: dir + "/gen/dataset.json", encoding: .utf8).contains(version))
        #expect(try CLI.run(["--version"]).stdout.contains("fixtures schema \(Fixtures.schemaVersion))"))
        let v = try CLI.run(["validate", "--data", dir + "/gen"])
        #expect(v.status == 0 && v.stdout.hasPrefix("valid: 2 misi"), "\(v.stdout) | \(v.stderr)")
    }
}

/// The journal's maintenance commands that write something say `ok` as the others do.
@Suite(.serialized) struct JournalSuccessLineCLITests {
    @Test func repairAndExportSayOk() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        let deal = try CLI.run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "1000", "--id", "d-ok", "--journal", journal])
        #expect(deal.status == 0, "\(deal.stderr)")
        let export = try CLI.run(["journal", "export", "--journal", journal, "--out", dir + "/backup.jsonl"])
        #expect(export.status == 0 && export.stdout.hasPrefix("ok ") && export.stdout.hasSuffix(" bita ditulis ke \(dir)/backup.jsonl\n"), "\(export.stdout) | \(export.stderr)")
        let repair = try CLI.run(["journal", "repair", "--journal", journal, "--lang", "en"])
        #expect(repair.status == 0 && repair.stdout.hasPrefix("ok kept 1 event; set aside 0 lines"), "\(repair.stdout) | \(repair.stderr)")
    }
}
