/// How a CSV file is laid out for the program that opens it: the delimiter, a UTF-8 byte order
/// mark, and how lines end. The fields are the same in every style — whole rupiah without grouping,
/// quantities with the decimal comma `import-deals` reads (`12,5`) — so a file reads back the same
/// in any style. Named after Python's csv dialects (`unix`, `excel`); see docs/SCHEMA.md.
public struct CSVStyle: Equatable, Sendable {
    public enum Name: String, CaseIterable, Sendable {
        /// `,`, lines ending in LF, no BOM: scripts, databases and Unix tools. The default.
        case unix
        /// `,`, CRLF, a BOM: Excel in an English locale (without the BOM it reads the file as ANSI).
        case excel
        /// `;`, CRLF, a BOM: Excel in an Indonesian locale, whose list separator is `;` and whose
        /// decimal mark is `,` — the quantities' own — so values and quantities open as numbers.
        case excelId = "excel-id"
    }

    /// `,`, `;` or TAB.
    public var delimiter: Unicode.Scalar
    /// U+FEFF first, which Excel needs to read UTF-8.
    public var bom: Bool
    /// Lines end in CR LF (as Excel writes) rather than LF.
    public var crlf: Bool

    public init(delimiter: Unicode.Scalar = ",", bom: Bool = false, crlf: Bool = false) {
        self.delimiter = delimiter
        self.bom = bom
        self.crlf = crlf
    }

    public init(_ name: Name) {
        switch name {
        case .unix: self.init()
        case .excel: self.init(delimiter: ",", bom: true, crlf: true)
        case .excelId: self.init(delimiter: ";", bom: true, crlf: true)
        }
    }

    public static let unix = CSVStyle(.unix)

    public var lineEnd: String { crlf ? "\r\n" : "\n" }

    /// One record: its fields escaped for this delimiter, and the line's end.
    public func record(_ fields: [String]) -> String {
        fields.map { CSVField.escape($0, delimiter: delimiter) }.joined(separator: String(Character(delimiter))) + lineEnd
    }

    /// A whole file: the BOM if asked, the header, then every row; always ending with a line end.
    public func document(header: [String], rows: [[String]]) -> String {
        var out = bom ? "\u{FEFF}" : ""
        out += record(header)
        for r in rows { out += record(r) }
        return out
    }
}
