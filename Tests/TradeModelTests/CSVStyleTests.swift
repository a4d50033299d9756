import Foundation
import Testing
@testable import TradeModel

/// Issue #13: CSV for every reader — the styles' bytes, the formula guard in every cell a
/// spreadsheet could make by splitting at `,` `;` or TAB (checked by our own splitter and by
/// Python's csv module), and the guard undone exactly on the way back in.
@Suite struct CSVStyleTests {
    /// Fields an attacker (or an unlucky typist) could put in a note, a party or a source.
    static let hostile = [
        "=HYPERLINK(\"http://evil.com\",\"x\")", "a;=cmd|' /C calc'!A0", "x,-2+3", "'=already", "''@twice", " +spaced",
        "\"=quoted\"", "semi;colon, comma", "@SUM(1)", "-", "+", "ok \"quoted\" text", "; ;=x , -y", ",@a;+b;,-c",
        "a; \" '=b", "\t=tab", "cr\r=x", "lf\n-x", "x;\u{301}=y", "\"\u{301}=z", "Kopi — “premium” café", "", " ", "'", "=", ";;=",
        "-5", "12,5", "1250000000", "-5x", "--5", "+62 812",
    ]
    static let styles: [(String, CSVStyle)] = [
        ("unix", .unix), ("excel", CSVStyle(.excel)), ("excel-id", CSVStyle(.excelId)),
        ("tab", CSVStyle(delimiter: "\t")), ("semicolon, LF, no BOM", CSVStyle(delimiter: ";")),
    ]

    /// A file of the hostile fields: each alone in a row between two plain ones, and all in one row.
    static func document(_ style: CSVStyle) -> String {
        style.document(header: ["before", "field", "after"], rows: hostile.map { ["a", $0, "b"] } + [hostile])
    }

    /// How a spreadsheet that guessed `delimiter` cuts a line into cells: at every delimiter outside
    /// a quote, where a quote counts only at the start of a cell (Python's csv, Excel, LibreOffice).
    static func spreadsheetCells(_ text: String, _ delimiter: Unicode.Scalar, skipSpaces: Bool) -> [String] {
        var cells: [String] = [], cell = String.UnicodeScalarView(), quoted = false, atStart = true
        let u = Array(text.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if atStart && skipSpaces && c == " " { i += 1; continue }
            if atStart && c == "\"" { quoted = true; atStart = false; i += 1; continue }
            atStart = false
            if quoted {
                if c == "\"" {
                    if i + 1 < u.count && u[i + 1] == "\"" { cell.append("\""); i += 2; continue }
                    quoted = false
                } else { cell.append(c) }
            } else if c == delimiter || c == "\n" || c == "\r" {
                cells.append(String(cell)); cell = String.UnicodeScalarView(); atStart = true
            } else { cell.append(c) }
            i += 1
        }
        cells.append(String(cell))
        return cells
    }

    static func isFormula(_ cell: String) -> Bool {
        let c = cell.drop { $0 == " " }
        guard let f = c.unicodeScalars.first, CSVField.startsFormula(f) else { return false }
        return !CSVField.isPlainNumber(String(c))
    }

    @Test func everyStyleHasItsBytesAndAFinalLineEnd() {
        let rows = [["a;b", "c,d", "e\"f", "12,5"]]
        #expect(CSVStyle.unix.document(header: ["x"], rows: rows) == "x\na;b,\"c,d\",\"e\"\"f\",\"12,5\"\n")
        #expect(CSVStyle(.excel).document(header: ["x"], rows: rows) == "\u{FEFF}x\r\na;b,\"c,d\",\"e\"\"f\",\"12,5\"\r\n")
        #expect(CSVStyle(.excelId).document(header: ["x"], rows: rows) == "\u{FEFF}x\r\n\"a;b\";c,d;\"e\"\"f\";12,5\r\n")
        #expect(CSVStyle(delimiter: "\t").document(header: ["x", "y"], rows: []) == "x\ty\n", "a header alone still ends its line")
        for (name, style) in Self.styles {
            let doc = Self.document(style)
            #expect(doc.hasSuffix(style.lineEnd), "\(name): a final line end")
            #expect(doc.hasPrefix("\u{FEFF}") == style.bom, "\(name): BOM")
            #expect(doc.unicodeScalars.filter { $0 == "\r" }.count == (style.crlf ? Self.hostile.count + 2 : 0), "\(name): a CR only before each LF")
        }
    }

    /// The guard holds in every cell, whichever of `,` `;` TAB a spreadsheet splits at, with or
    /// without skipping spaces; and the right delimiter gives each field back, guarded.
    @Test func noCellIsAFormulaWhateverTheSpreadsheetSplitsAt() {
        for (name, style) in Self.styles {
            let doc = Self.document(style)
            for d: Unicode.Scalar in [",", ";", "\t"] {
                for skip in [false, true] {
                    let formulas = Self.spreadsheetCells(doc, d, skipSpaces: skip).filter(Self.isFormula)
                    #expect(formulas.isEmpty, "\(name) split at \(d.escaped(asASCII: true)) (skip spaces \(skip)): \(formulas)")
                }
            }
            let lines = doc.dropFirst(style.bom ? 1 : 0).split(separator: style.crlf ? "\r\n" : "\n").map(String.init)
            for (line, field) in zip(lines.dropFirst(), Self.hostile) {
                let cells = Self.spreadsheetCells(line, style.delimiter, skipSpaces: false)
                #expect(cells.count == 3, "\(name): \(line)")
                #expect(CSVField.unguarded(cells[1]) == Sanitizer.line(field), "\(name): \(field.debugDescription) read back")
            }
        }
        // The old guard looked at the field's start only: `a;=cmd` was a formula under `;`.
        #expect(CSVField.escape("a;=cmd") == "a;'=cmd")
        #expect(CSVField.escape("a;=cmd", delimiter: ";") == "\"a;'=cmd\"")
        #expect(CSVField.escape("x, \"-1+1") == "\"x, \"\"'-1+1\"", "past spaces and quotes")
        #expect(CSVField.escape("-24693502000") == "-24693502000", "a negative balance is a number, not a formula")
        #expect(CSVField.escape("12,5") == "\"12,5\"" && CSVField.escape("12,5", delimiter: ";") == "12,5")
        #expect(CSVField.escape("-5x") == "'-5x" && CSVField.escape("--5") == "'--5")
    }

    /// Python's csv module, as a real parser, with each delimiter a spreadsheet might guess.
    @Test func pythonsCSVModuleFindsNoFormula() throws {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        let exe = try #require(python, "python3 is needed to read the files with a real CSV parser")
        let dir = NSTemporaryDirectory() + "trade-tui-csv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (i, (_, style)) in Self.styles.enumerated() {
            try Data(Self.document(style).utf8).write(to: URL(fileURLWithPath: "\(dir)/\(i).csv"))
        }
        let script = """
        import csv, glob, io, sys
        bad = []
        for path in sorted(glob.glob(sys.argv[1] + "/*.csv")):
            text = open(path, encoding="utf-8-sig", newline="").read()
            for d in [",", ";", "\\t"]:
                for skip in [False, True]:
                    for row in csv.reader(io.StringIO(text, newline=""), delimiter=d, skipinitialspace=skip):
                        for cell in row:
                            c = cell.lstrip(" ")
                            number = c.lstrip("-").replace(",", "", 1).replace(".", "", 1).isdigit()
                            if c[:1] in ("=", "+", "-", "@", "\\t", "\\r") and not number:
                                bad.append((path[-5:], d, skip, cell))
        print(len(bad), bad[:5])
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["-c", script, dir]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0 && text.hasPrefix("0 "), "python found formulas: \(text)")
    }

    /// `unguarded` undoes `guarded` exactly, for every string over the characters that matter.
    @Test func guardIsUndoneExactly() {
        let alphabet: [Character] = ["=", "+", "-", "@", ";", ",", "'", " ", "\"", "a", "1", "\t"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int { seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int(seed >> 33) }
        for s in Self.hostile {
            #expect(CSVField.unguarded(CSVField.guarded(s)) == s, "\(s.debugDescription)")
        }
        for _ in 0..<20_000 {
            let s = String((0..<(next() % 9)).map { _ in alphabet[next() % alphabet.count] })
            #expect(CSVField.unguarded(CSVField.guarded(s)) == s, "\(s.debugDescription) → \(CSVField.guarded(s).debugDescription)")
        }
    }
}
