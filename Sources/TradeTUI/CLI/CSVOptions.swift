import ArgumentParser
import TradeModel

extension CSVStyle.Name: ExpressibleByArgument {}

/// `--csv-style`, `--delimiter` and `--bom`/`--no-bom`, shared by every command that writes CSV
/// (`export-deals`, `summary` and `checklist` with `--format csv`). A style names a reader's
/// layout; the other two change one thing of it. See docs/SCHEMA.md ("CSV styles").
struct CSVOptions: ParsableArguments {
    enum Delimiter: String, ExpressibleByArgument {
        case comma, semicolon, tab
        static var allValueStrings: [String] { ["comma", "semicolon", "tab"] }
        init?(argument: String) {
            switch argument {
            case ",", "comma": self = .comma
            case ";", "semicolon": self = .semicolon
            case "tab", "\t": self = .tab
            default: return nil
            }
        }
        var scalar: Unicode.Scalar {
            switch self {
            case .comma: ","
            case .semicolon: ";"
            case .tab: "\t"
            }
        }
    }

    @Option(name: .customLong("csv-style"), help: ArgumentHelp(
        "unix (the default: ',' and LF, for scripts), excel (',', CRLF and a UTF-8 BOM, for Excel in English) or excel-id (';', CRLF and a BOM, for Excel in Indonesian).",
        valueName: "STYLE"))
    var style: CSVStyle.Name?

    @Option(help: ArgumentHelp("The field delimiter, named or as the character: comma (,), semicolon (;) or tab (default: the style's).", valueName: "CHAR"))
    var delimiter: Delimiter?

    @Flag(inversion: .prefixedNo, help: "Start the file with a UTF-8 byte order mark (default: the style's).")
    var bom: Bool?

    var given: Bool { style != nil || delimiter != nil || bom != nil }

    var csvStyle: CSVStyle {
        var s = CSVStyle(style ?? .unix)
        if let delimiter { s.delimiter = delimiter.scalar }
        if let bom { s.bom = bom }
        return s
    }

    /// A usage error (exit 64) when a CSV option is given to a format that is not CSV.
    func validate(format: String, _ lang: Language) throws {
        if given && format != "csv" { throw ValidationError(CLIText.csvOptionsNeedCSV(lang)) }
    }
}

/// CSV to standard output through the one way out (`Platform`), keeping a CRLF style's CRs.
func emitCSV(_ text: String, _ style: CSVStyle) throws {
    guard style.crlf else { return try emit(text) }
    if !Platform.writeStdout(crlfLines: text) { throw ExitCode(ExitStatus.ioError) }
}
