import Foundation
import TradeModel
import TradeTestSupport

/// A parsed JSON value in a shape tests can compare and index: key order dropped, numbers kept as
/// their literal text (money never goes through `Double`).
indirect enum Plain: Equatable, CustomStringConvertible {
    case null, bool(Bool), number(String), string(String), array([Plain]), object([String: Plain])

    init(_ n: JSONNode) {
        switch n.value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let s): self = .number(s)
        case .string(let s): self = .string(s)
        case .array(let a): self = .array(a.map(Plain.init))
        case .object(let m): self = .object(Dictionary(m.map { ($0.key, Plain($0.value)) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    static func parsing(_ text: String) throws -> Plain { Plain(try parse(text)) }

    subscript(_ key: String) -> Plain? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var list: [Plain] { if case .array(let a) = self { a } else { [] } }
    var fields: [String: Plain] { if case .object(let o) = self { o } else { [:] } }
    var text: String? { if case .string(let s) = self { s } else { nil } }
    var int: Int64? { if case .number(let s) = self { Int64(s) } else { nil } }
    var bool: Bool? { if case .bool(let b) = self { b } else { nil } }

    /// The element of a list of objects with this `id`.
    func element(_ id: String) -> Plain? { list.first { $0["id"]?.text == id } }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let s): s
        case .string(let s): "\"\(s)\""
        case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): "{" + o.keys.sorted().map { "\($0): \(o[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// RFC 4180 rows (quoted fields, doubled quotes, commas and newlines inside quotes), enough to read
/// the reports' CSV back.
func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
    var it = Array(text).makeIterator()
    var pending: Character? = nil
    while let c = pending ?? it.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                if let n = it.next() {
                    if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\n" {
            row.append(field); rows.append(row); row = []; field = ""
        } else {
            field.append(c)
        }
    }
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
}

/// CSV rows as dictionaries keyed by the header.
func csvRecords(_ text: String) -> [[String: String]] {
    let rows = csvRows(text)
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { Dictionary(zip(header, $0).map { ($0, $1) }, uniquingKeysWith: { a, _ in a }) }
}

/// The bundled fixture file's records, as written.
func fixtureRecords(_ file: String) throws -> [Plain] {
    try Plain.parsing(String(contentsOfFile: fixturesDir + "/" + file, encoding: .utf8)).list
}
