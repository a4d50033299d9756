/// Reads the fields of one JSON object, recording a located problem for every missing, mistyped
/// or unknown field instead of stopping at the first.
struct ObjectReader {
    let file: String
    let path: String
    let node: JSONNode
    let diagnostics: Diagnostics
    /// Small objects (every record here) are searched linearly — no hashing, no allocation; big
    /// ones (hostile input) get a dictionary. The last of repeated keys wins in both.
    private var members: [JSONMember] = []
    private var table: [String: JSONNode]?

    /// Returns nil (and records why) when `node` is not an object.
    init?(_ node: JSONNode, file: String, path: String, diagnostics: Diagnostics) {
        self.file = file
        self.path = path
        self.node = node
        self.diagnostics = diagnostics
        guard case .object(let members) = node.value else {
            diagnostics.error(file, path, node.location, "expected an object, found \(node.value.kindName)")
            return nil
        }
        self.members = members
        if members.count > 16 {
            var t: [String: JSONNode] = [:]
            for m in members {
                if t[m.key] != nil { duplicate(m) }
                t[m.key] = m.value
            }
            table = t
        } else {
            for (i, m) in members.enumerated() where members[..<i].contains(where: { $0.key == m.key }) { duplicate(m) }
        }
    }

    private func duplicate(_ m: JSONMember) {
        diagnostics.error(file, join(m.key), m.keyLocation, "the field \"\(Sanitizer.line(m.key))\" appears twice")
    }

    private func field(_ key: String) -> JSONNode? {
        if let table { return table[key] }
        for m in members.reversed() where m.key == key { return m.value }
        return nil
    }

    func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func error(_ key: String, _ n: JSONNode, _ message: String) {
        diagnostics.error(file, join(key), n.location, message)
    }

    /// Reports fields not in `known` — a misspelt `valueRupiha` must not silently drop a figure.
    func rejectUnknown(_ known: Set<String>) {
        guard case .object(let members) = node.value else { return }
        for m in members where !known.contains(m.key) {
            if diagnostics.unknownFieldsAreWarnings {
                diagnostics.warning(file, join(m.key), m.keyLocation, "unknown field \"\(Sanitizer.line(m.key))\" (from a newer version?); it is ignored")
            } else {
                diagnostics.error(file, join(m.key), m.keyLocation, "unknown field \"\(Sanitizer.line(m.key))\"")
            }
        }
    }

    func has(_ key: String) -> Bool {
        guard let n = field(key) else { return false }
        if case .null = n.value { return false }
        return true
    }

    func raw(_ key: String) -> JSONNode? { field(key) }

    func location(_ key: String) -> JSONLocation { field(key)?.location ?? node.location }

    private func present(_ key: String, _ required: Bool) -> JSONNode? {
        guard let n = field(key) else {
            if required { diagnostics.error(file, path, node.location, "the required field \"\(key)\" is missing") }
            return nil
        }
        if case .null = n.value {
            if required { error(key, n, "the required field \"\(key)\" is null") }
            return nil
        }
        return n
    }

    private func text(_ key: String, required: Bool, allowEmpty: Bool) -> (String, JSONNode)? {
        guard let n = present(key, required) else { return nil }
        guard case .string(let s) = n.value else { error(key, n, "expected a text string, found \(n.value.kindName)"); return nil }
        if !allowEmpty && s.allSatisfy({ $0.isWhitespace }) { error(key, n, "must not be empty"); return nil }
        return (s, n)
    }

    /// Text: control characters are kept as given and replaced when shown (with a warning).
    func string(_ key: String, required: Bool = true, allowEmpty: Bool = false) -> String? {
        guard let (s, n) = text(key, required: required, allowEmpty: allowEmpty) else { return nil }
        if Sanitizer.hasControlCharacters(s) {
            diagnostics.warning(file, join(key), n.location, "contains control characters; they are replaced when shown")
        }
        return s
    }

    /// An id or a reference to one: a control character is an error (see `Identifier`).
    func id(_ key: String, required: Bool = true) -> String? {
        guard let (s, n) = text(key, required: required, allowEmpty: false) else { return nil }
        guard Identifier.isSafe(s) else { error(key, n, Identifier.refusal()); return nil }
        return s
    }

    func bool(_ key: String, required: Bool = false) -> Bool? {
        guard let n = present(key, required) else { return nil }
        guard case .bool(let v) = n.value else { error(key, n, "expected true or false, found \(n.value.kindName)"); return nil }
        return v
    }

    /// A whole, non-negative number that fits `Int64` (money, counts).
    func int64(_ key: String, required: Bool = true, what: String = "value") -> Int64? {
        guard let n = present(key, required) else { return nil }
        guard case .number(let text) = n.value else {
            error(key, n, "expected a whole number, found \(n.value.kindName)")
            return nil
        }
        switch NumberText.wholeNumber(text) {
        case .ok(let v):
            if v < 0 { error(key, n, "\(what) must not be negative, found \(text)"); return nil }
            return v
        case .fraction: error(key, n, "\(what) must be a whole number, found \(NumberText.abbreviated(text))")
        case .tooLarge: error(key, n, "\(what) \(NumberText.abbreviated(text)) does not fit in a 64-bit integer (at most 9223372036854775807)")
        }
        return nil
    }

    func int(_ key: String, required: Bool = true, what: String = "value") -> Int? {
        int64(key, required: required, what: what).map { Int($0) }
    }

    /// Any non-negative JSON number, kept as its literal text (quantities may be fractional).
    func quantity(_ key: String) -> String? {
        guard let n = present(key, false) else { return nil }
        guard case .number(let text) = n.value else { error(key, n, "expected a number, found \(n.value.kindName)"); return nil }
        if text.hasPrefix("-") { error(key, n, "quantity must not be negative"); return nil }
        if text.utf8.count > 40 { error(key, n, "quantity has too many digits"); return nil }
        return text
    }

    /// A list of text strings; `ids`: of ids or references, where a control character is an error.
    func stringList(_ key: String, required: Bool = false, ids: Bool = false) -> [String]? {
        guard let items = list(key, required: required) else { return nil }
        var out: [String] = []
        for (k, n) in items.enumerated() {
            guard case .string(let s) = n.value else {
                diagnostics.error(file, "\(join(key))[\(k)]", n.location, "expected a text string, found \(n.value.kindName)")
                continue
            }
            if ids && !Identifier.isSafe(s) {
                diagnostics.error(file, "\(join(key))[\(k)]", n.location, Identifier.refusal())
                continue
            }
            out.append(s)
        }
        return out
    }

    func list(_ key: String, required: Bool = false) -> [JSONNode]? {
        guard let n = present(key, required) else { return nil }
        guard case .array(let items) = n.value else { error(key, n, "expected a list, found \(n.value.kindName)"); return nil }
        return items
    }

    func object(_ key: String, required: Bool = false) -> ObjectReader? {
        guard let n = present(key, required) else { return nil }
        return ObjectReader(n, file: file, path: join(key), diagnostics: diagnostics)
    }

    /// Each element of a list of objects, with its own path.
    func objects(_ key: String, required: Bool = false) -> [ObjectReader] {
        guard let items = list(key, required: required) else { return [] }
        return items.enumerated().compactMap { k, n in
            ObjectReader(n, file: file, path: "\(join(key))[\(k)]", diagnostics: diagnostics)
        }
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = true) -> E? where E.RawValue == String {
        guard let s = string(key, required: required) else { return nil }
        if let v = E(rawValue: s) { return v }
        let allowed = E.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        error(key, field(key)!, "\"\(Sanitizer.line(s))\" is not one of \(allowed)")
        return nil
    }

    func date(_ key: String, required: Bool = true) -> PartialDate? {
        guard let s = string(key, required: required) else { return nil }
        if let d = PartialDate(parsing: s) { return d }
        error(key, field(key)!, "\"\(Sanitizer.line(s))\" is not a date that exists (use YYYY-MM-DD, YYYY-MM or YYYY)")
        return nil
    }

    func time(_ key: String, required: Bool = false) -> LocalTime? {
        guard let s = string(key, required: required) else { return nil }
        if let t = LocalTime(parsing: s) { return t }
        error(key, field(key)!, "\"\(Sanitizer.line(s))\" is not a time of day (use HH:MM, 24-hour)")
        return nil
    }
}

/// Exact interpretation of a JSON number literal as a whole `Int64`.
enum NumberText {
    enum Whole { case ok(Int64), fraction, tooLarge }

    static func wholeNumber(_ text: String) -> Whole {
        var negative = false
        var value: Int64 = 0
        var overflow = false
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "-") { negative = true; utf8 = utf8.dropFirst() }
        for c in utf8 {
            guard c >= 0x30 && c <= 0x39 else {
                // "1.0" or "1e3" are not whole rupiah as written; be strict and say so.
                return .fraction
            }
            if overflow { continue }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(c - 0x30))
            if o1 || o2 { overflow = true } else { value = a }
        }
        if overflow { return .tooLarge }
        return .ok(negative ? -value : value)
    }

    /// A number as it can go in a message: a million digits are shortened.
    static func abbreviated(_ text: String) -> String {
        text.utf8.count <= 32 ? text : String(text.prefix(24)) + "… (\(text.utf8.count) digits)"
    }
}
