/// A small streaming JSON writer that keeps key order (readers of `summary --format json` see the
/// fields in the documented order) and sanitises every string it writes.
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private let pretty: Bool
    /// Exact mode keeps text as given, escaping control characters (`\u001b`), for the journal;
    /// otherwise text is sanitised for output.
    private let exact: Bool

    public init(pretty: Bool = true, exact: Bool = false) {
        self.pretty = pretty
        self.exact = exact
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 {
            text += "\n" + String(repeating: "  ", count: needsComma.count - 1)
        }
    }

    private mutating func key(_ k: String?) {
        separator()
        if let k { text += quote(k) + (pretty ? ": " : ":") }
    }

    private func quote(_ s: String) -> String { exact ? Self.escaped(s) : Self.quoted(s) }

    /// A JSON string literal that keeps every character, escaping the ones a line must not hold raw.
    public static func escaped(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Sanitizer.isUnsafe(u) {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    public mutating func beginObject(_ k: String? = nil) { key(k); text += "{"; needsComma.append(false) }
    public mutating func beginArray(_ k: String? = nil) { key(k); text += "["; needsComma.append(false) }
    public mutating func endObject() { close("}") }
    public mutating func endArray() { close("]") }

    private mutating func close(_ c: String) {
        let had = needsComma.removeLast()
        if pretty && had { text += "\n" + String(repeating: "  ", count: needsComma.count - 1) }
        text += c
    }

    public mutating func string(_ k: String?, _ v: String?) {
        key(k)
        text += v.map(quote) ?? "null"
    }
    public mutating func int(_ k: String?, _ v: Int64?) { key(k); text += v.map { String($0) } ?? "null" }
    public mutating func int(_ k: String?, _ v: Int) { key(k); text += String(v) }
    public mutating func bool(_ k: String?, _ v: Bool) { key(k); text += v ? "true" : "false" }
    /// A number already validated as a JSON number literal (e.g. a quantity kept as text).
    public mutating func raw(_ k: String?, _ literal: String) { key(k); text += literal }

    /// JSON string literal of sanitised text: control characters never reach the output, even escaped.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for u in Sanitizer.line(s).unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}

