import Foundation
import Testing
import TradeModel
import TradeTestSupport

/// Issue #13: the CSV a spreadsheet user gets from every CSV command, in every style, and
/// `import-deals` reading back whatever `export-deals` wrote (all rows or none).
@Suite(.serialized) struct CSVStyleCLITests {
    /// Fixtures without deals (and so without published finals to match), for a clean round trip.
    func emptyDesk() throws -> String {
        let d = try CLI.fixtures()
        try "[]".write(toFile: d + "/deals.json", atomically: true, encoding: .utf8)
        try "[]".write(toFile: d + "/reportedTotals.json", atomically: true, encoding: .utf8)
        return d
    }

    /// The desk's file: hostile text in every free column, Indonesian quantities and values.
    static let desk = #"""
    id,mission,direction,commodity,product,quantity,unit,valueRupiah,party,counterparty,description,status,kind,source,note
    h1,m2025-ntb,sell,coffee,,"12,5",ton,1000000,"a;=cmd|' /C calc'!A0","x,-2+3",'=already,committed,itemised,"=HYPERLINK(""http://evil.com"",""x"")",''@twice
    h2,m2025-ntb,buy,,,"1,1250",ton,"1,25 miliar"," +lead","""=quoted""","semi;colon, comma",committed,itemised,src-h,@SUM(1)
    h3,m2025-ntb,investment,,,2.500,ton,60.000.000.000,+,"ok ""quoted"" text","Kopi Arabika Ijen — “premium” café\#u{301}",committed,itemised,src-h,"; ;=x , -y"
    h4,m2025-ntb,sell,,,"0,125",kg,5,;-1,"-",-,committed,itemised,src-h,

    """#

    static let styles: [(String, [String])] = [
        ("unix", []), ("excel", ["--csv-style", "excel"]), ("excel-id", ["--csv-style", "excel-id"]),
        ("tab", ["--delimiter", "tab"]), ("excel-id without BOM", ["--csv-style", "excel-id", "--no-bom"]),
        ("semicolon", ["--delimiter", ";"]),
    ]

    /// Export in each style, import that file into an empty journal, export again: the same deals,
    /// byte for byte, hostile text, BOM, `;`, CRLF and decimal commas included.
    @Test func importDealsReadsBackEveryStyle() throws {
        let data = try emptyDesk()
        let dir = try CLI.tempDir()
        try Self.desk.write(toFile: dir + "/desk.csv", atomically: true, encoding: .utf8)
        let first = try CLI.run(["import-deals", dir + "/desk.csv", "--confirm-large", "--data", data, "--journal", dir + "/desk.jsonl"])
        #expect(first.status == 0, "\(first.stderr)")
        let reference = try CLI.run(["export-deals", "--data", data, "--journal", dir + "/desk.jsonl"])
        #expect(reference.stdout.contains("h1,m2025-ntb,sell,coffee,,\"12,5\",ton,1000000,a;'=cmd|' /C calc'!A0,\"x,'-2+3\",'=already,"))
        #expect(reference.stdout.contains(",\"1,1250\",ton,1250000000,'+lead,") && reference.stdout.contains(",2500,ton,60000000000,'+,"))
        for (name, options) in Self.styles {
            let file = dir + "/\(name).csv"
            let e = try CLI.run(["export-deals", "--data", data, "--journal", dir + "/desk.jsonl", "--out", file] + options)
            #expect(e.status == 0, "\(name): \(e.stderr)")
            let journal = dir + "/\(name).jsonl"
            let i = try CLI.run(["import-deals", file, "--confirm-large", "--data", data, "--journal", journal])
            #expect(i.status == 0 && i.stdout.contains("4"), "\(name): \(i.stdout) \(i.stderr)")
            let back = try CLI.run(["export-deals", "--data", data, "--journal", journal])
            #expect(back.stdout == reference.stdout, "\(name): read back differently")
        }
    }

    /// A fixture quantity of 1.125 was exported `1,125`, which the import refuses as ambiguous (a
    /// thousand and more in English); it is written `1,1250` and reads back as the same number.
    @Test func aThreeDecimalQuantityReadsBack() throws {
        let data = try CLI.fixtures(editing: "deals.json") {
            $0.replacingOccurrences(of: "\"quantity\": 1500, \"unit\": \"ton\"", with: "\"quantity\": 1.125, \"unit\": \"ton\"")
        }
        let dir = try CLI.tempDir()
        let e = try CLI.run(["export-deals", "--data", data, "--journal", dir + "/j.jsonl", "--csv-style", "excel-id"])
        let squid = try #require(e.stdout.split(separator: "\r\n").first { $0.hasPrefix("d2025-maluku-squid;") })
        #expect(squid.contains(";cumi;1,1250;ton;64500000000;"), "\(squid)")
        try ("id;mission;direction;commodity;product;quantity;unit;valueRupiah\n" + squid.split(separator: ";").prefix(8).joined(separator: ";")
             .replacingOccurrences(of: "d2025-maluku-squid", with: "copy-squid") + "\n").write(toFile: dir + "/in.csv", atomically: true, encoding: .utf8)
        let i = try CLI.run(["import-deals", dir + "/in.csv", "--confirm-large", "--data", data, "--journal", dir + "/j.jsonl"])
        #expect(i.status == 0, "\(i.stderr)")
        let journal = try String(contentsOfFile: dir + "/j.jsonl", encoding: .utf8)
        #expect(journal.contains("\"quantity\":1.1250"), "\(journal)")
    }

    /// A bad row in an Excel file stops the import: nothing recorded, the line named.
    @Test func anExcelFileIsStillAllOrNothing() throws {
        let data = try emptyDesk()
        let dir = try CLI.tempDir()
        let file = dir + "/desk.csv"
        try Data(("\u{FEFF}mission;direction;valueRupiah;quantity\r\nm2025-ntb;sell;1000;12,5\r\nm2025-ntb;sideways;1000;1\r\n").utf8)
            .write(to: URL(fileURLWithPath: file))
        let r = try CLI.run(["import-deals", file, "--data", data, "--journal", dir + "/j.jsonl", "--lang", "en"])
        #expect(r.status == 65 && r.stderr.contains("desk.csv:3: error:") && r.stderr.contains("nothing from this file was recorded"), "\(r.stderr)")
        let written = (try? String(contentsOfFile: dir + "/j.jsonl", encoding: .utf8)) ?? ""
        #expect(written.isEmpty, "nothing recorded: \(written)")
        try Data(("\u{FEFF}mission;direction;valueRupiah;quantity\r\nm2025-ntb;sell;1000;12,5\r\n").utf8).write(to: URL(fileURLWithPath: file))
        let ok = try CLI.run(["import-deals", file, "--data", data, "--journal", dir + "/j.jsonl"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let e = try CLI.run(["export-deals", "--data", data, "--journal", dir + "/j.jsonl"])
        #expect(e.stdout.contains(",m2025-ntb,sell,,,\"12,5\",,1000,"), "\(e.stdout)")
    }

    /// Standard output in the Excel styles: the BOM, CR LF kept by the one way out, a final line end,
    /// for export-deals, summary and checklist alike.
    @Test func excelStylesOnStandardOutput() throws {
        for args in [["export-deals"], ["summary", "--format", "csv"], ["checklist", "--format", "csv"]] {
            let r = try CLI.run(args + ["--csv-style", "excel-id"])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            let b = Array(r.stdout.utf8)
            #expect(b.starts(with: [0xEF, 0xBB, 0xBF]), "\(args): a BOM")
            #expect(r.stdout.hasSuffix("\r\n") && !r.stdout.contains("\u{FFFD}"), "\(args): CR kept")
            let lines = r.stdout.split(separator: "\r\n")
            #expect(lines.count > 3)
            #expect(b.filter { $0 == 0x0A }.count == b.filter { $0 == 0x0D }.count, "\(args): every LF after a CR")
            #expect(String(lines[0]).dropFirst().contains(";"), "\(args): `;` between fields: \(lines[0])")
        }
        let summary = try CLI.run(["summary", "--format", "csv", "--csv-style", "excel-id"]).stdout
        #expect(summary.contains("\r\nbalance;malut;Maluku Utara;-24693502000;0;;"), "a negative balance stays a number")
        let tab = try CLI.run(["checklist", "--format", "csv", "--delimiter", "tab", "--bom"])
        #expect(tab.stdout.hasPrefix("\u{FEFF}id\tdone\tstatus\t") && tab.stdout.hasSuffix("\n") && !tab.stdout.contains("\r"))
        let plain = try CLI.run(["export-deals"])
        #expect(plain.stdout.hasPrefix("id,mission,") && plain.stdout.hasSuffix("\n") && !plain.stdout.contains("\r"), "the default is as before, with a final newline")
    }

    @Test func csvOptionsOnlyWithCSV() throws {
        for args in [["checklist", "--format", "md", "--csv-style", "excel-id"], ["summary", "--bom"], ["summary", "--format", "json", "--delimiter", ";"]] {
            let r = try CLI.run(args)
            #expect(r.status == 64 && r.stderr.contains("hanya berlaku untuk --format csv"), "\(args): \(r.stderr)")
            let en = try CLI.run(args + ["--lang", "en"])
            #expect(en.status == 64 && en.stderr.contains("apply only to --format csv"), "\(args): \(en.stderr)")
        }
        let bad = try CLI.run(["export-deals", "--delimiter", "|"])
        #expect(bad.status == 64, "\(bad.stderr)")
    }

    /// Installed as scripts/setup installs it — the program in PREFIX/bin, the fixtures in
    /// PREFIX/share/trade-tui/fixtures — it finds them from any directory; without them it says so.
    @Test func findsFixturesInstalledUnderShare() throws {
        let prefix = try CLI.tempDir()
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix + "/share/trade-tui", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: prefix + "/bin/trade-tui")
        try FileManager.default.copyItem(atPath: CLI.repoRoot + "/fixtures", toPath: prefix + "/share/trade-tui/fixtures")
        func run() throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: prefix + "/bin/trade-tui")
            p.arguments = ["summary", "--format", "csv"]
            p.environment = ["PATH": "/usr/bin:/bin", "HOME": prefix, "LANG": "C.UTF-8"]
            p.currentDirectoryURL = URL(fileURLWithPath: "/")
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            let o = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: o, as: UTF8.self))
        }
        let (status, out) = try run()
        #expect(status == 0 && out.contains("mission,m2025-kaltim,"), "\(out.prefix(200))")
        try FileManager.default.moveItem(atPath: prefix + "/share/trade-tui/fixtures", toPath: prefix + "/fixtures-aside")
        #expect(try run().0 == 66, "without the installed fixtures there are none")
    }
}
