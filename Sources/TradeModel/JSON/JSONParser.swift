/// A strict RFC 8259 JSON parser over bytes that records the line and column of every value.
///
/// Foundation's `JSONDecoder` stops at the first problem and does not say where a value sits in the
/// file; validation must report every problem with its line, so fixtures are parsed here. Nesting is
/// capped (`maxDepth`) so hostile input cannot exhaust the stack.
public struct JSONParser {
    public static let maxDepth = 512
    /// Longer text or number literals are refused, so a hostile file cannot make one huge value.
    public static let maxStringBytes = 16 << 20
    public static let maxNumberLength = 4096

    /// Parses a document whose root is a list, handing each element to `each` as soon as it is
    /// parsed instead of keeping them all: memory stays bounded by the largest element. A root
    /// that is not a list is returned whole (and `each` is not called).
    public static func parseElements(_ bytes: [UInt8], _ each: (JSONNode, Int) -> Void) throws(JSONParseError) -> JSONNode? {
        try bytes.withUnsafeBufferPointer { (buf) throws(JSONParseError) -> JSONNode? in
            var parser = JSONParser(buf)
            return try parser.streamedDocument(each)
        }
    }

    private mutating func streamedDocument(_ each: (JSONNode, Int) -> Void) throws(JSONParseError) -> JSONNode? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3; lineStart = 3 }
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "[") else { return try document() }
        let loc = here
        i += 1
        skipSpace()
        var k = 0
        if i < b.count, b[i] == UInt8(ascii: "]") {
            i += 1
        } else {
            while true {
                skipSpace()
                each(try value(depth: 1), k)
                k += 1
                skipSpace()
                guard i < b.count else { throw fail("the file ends inside a list that starts at \(loc)") }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; break }
                throw fail("expected ',' or ']' in a list, found \(describe(b[i]))")
            }
        }
        skipSpace()
        if i < b.count { throw fail("unexpected \(describe(b[i])) after the end of the JSON value") }
        return nil
    }

    /// Parses one JSON document. A UTF-8 byte-order mark is skipped.
    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONNode {
        try bytes.withUnsafeBufferPointer { (buf) throws(JSONParseError) -> JSONNode in
            var parser = JSONParser(buf)
            return try parser.document()
        }
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var line = 1
    private var lineStart = 0

    private init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    private var here: JSONLocation { JSONLocation(line: line, column: i - lineStart + 1) }

    private func fail(_ message: String, at loc: JSONLocation? = nil) -> JSONParseError {
        JSONParseError(message: message, location: loc ?? here)
    }

    private mutating func document() throws(JSONParseError) -> JSONNode {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3; lineStart = 3 }
        skipSpace()
        if i >= b.count {
            throw fail(b.isEmpty ? "the file is empty" : "the file holds no JSON value")
        }
        let root = try value(depth: 0)
        skipSpace()
        if i < b.count { throw fail("unexpected \(describe(b[i])) after the end of the JSON value") }
        return root
    }

    private mutating func skipSpace() {
        while i < b.count {
            switch b[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private func describe(_ c: UInt8) -> String {
        if c >= 0x21 && c < 0x7F { return "character '\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x" + String(c, radix: 16, uppercase: true)
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONNode {
        guard i < b.count else { throw fail("the file ends where a value was expected") }
        let loc = here
        switch b[i] {
        case UInt8(ascii: "{"): return JSONNode(try object(depth: depth + 1, at: loc), at: loc)
        case UInt8(ascii: "["): return JSONNode(try array(depth: depth + 1, at: loc), at: loc)
        case UInt8(ascii: "\""): return JSONNode(.string(try string()), at: loc)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(.bool(true), at: loc)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(.bool(false), at: loc)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(.null, at: loc)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(.number(try number()), at: loc)
        default: throw fail("unexpected \(describe(b[i])) where a value was expected")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        let start = here
        guard i + n <= b.count else { throw fail("unknown word; expected \(word)", at: start) }
        for k in 0..<n where b[i + k] != word.utf8Start[k] {
            throw fail("unknown word; expected \(word)", at: start)
        }
        i += n
    }

    private mutating func object(depth: Int, at loc: JSONLocation) throws(JSONParseError) -> JSONValue {
        if depth > Self.maxDepth { throw fail("nesting is deeper than \(Self.maxDepth) levels", at: loc) }
        i += 1
        var members: [JSONMember] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            guard i < b.count else { throw fail("the file ends inside an object that starts at \(loc)") }
            guard b[i] == UInt8(ascii: "\"") else {
                throw fail("expected a quoted field name, found \(describe(b[i]))")
            }
            let keyLoc = here
            let key = try string()
            skipSpace()
            guard i < b.count else { throw fail("the file ends inside an object that starts at \(loc)") }
            guard b[i] == UInt8(ascii: ":") else { throw fail("expected ':' after field name \"\(key)\"") }
            i += 1
            skipSpace()
            let v = try value(depth: depth)
            members.append(JSONMember(key: key, keyLocation: keyLoc, value: v))
            skipSpace()
            guard i < b.count else { throw fail("the file ends inside an object that starts at \(loc)") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw fail("expected ',' or '}' in an object, found \(describe(b[i]))")
        }
    }

    private mutating func array(depth: Int, at loc: JSONLocation) throws(JSONParseError) -> JSONValue {
        if depth > Self.maxDepth { throw fail("nesting is deeper than \(Self.maxDepth) levels", at: loc) }
        i += 1
        var items: [JSONNode] = []
        skipSpace()
        if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth))
            skipSpace()
            guard i < b.count else { throw fail("the file ends inside a list that starts at \(loc)") }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw fail("expected ',' or ']' in a list, found \(describe(b[i]))")
        }
    }

    private mutating func number() throws(JSONParseError) -> String {
        let start = i
        let loc = here
        if b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, isDigit(b[i]) else { throw fail("a number needs digits after '-'", at: loc) }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < b.count, isDigit(b[i]) { throw fail("numbers must not have leading zeros", at: loc) }
        } else {
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard i < b.count, isDigit(b[i]) else { throw fail("a number needs digits after '.'", at: loc) }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < b.count, isDigit(b[i]) else { throw fail("a number needs digits in its exponent", at: loc) }
            while i < b.count, isDigit(b[i]) { i += 1 }
        }
        try checkNumberLength(start, loc)
        return String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private func checkNumberLength(_ start: Int, _ loc: JSONLocation) throws(JSONParseError) {
        if i - start > Self.maxNumberLength { throw fail("a number longer than \(Self.maxNumberLength) characters", at: loc) }
    }

    private mutating func string() throws(JSONParseError) -> String {
        let open = here
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < b.count {
            let c = b[i]
            if i - start > Self.maxStringBytes { throw fail("a text string longer than \(Self.maxStringBytes >> 20) MiB", at: open) }
            if c == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: b[start..<i])
                guard let s = String(validating: raw, as: UTF8.self) else {
                    throw fail("text is not valid UTF-8", at: open)
                }
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw fail(c == 0x0A ? "a text string is not closed before the end of the line" : "a raw control character (\(describe(c))) inside text must be escaped") }
            i += 1
        }
        guard i < b.count else { throw fail("the file ends inside a text string that starts at \(open)") }
        // Slow path: decode escapes into a byte buffer.
        var out = [UInt8](UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else {
                    throw fail("text is not valid UTF-8", at: open)
                }
                return s
            }
            if c < 0x20 { throw fail(c == 0x0A ? "a text string is not closed before the end of the line" : "a raw control character (\(describe(c))) inside text must be escaped") }
            if out.count > Self.maxStringBytes { throw fail("a text string longer than \(Self.maxStringBytes >> 20) MiB", at: open) }
            if c != UInt8(ascii: "\\") { out.append(c); i += 1; continue }
            i += 1
            guard i < b.count else { break }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else {
                        throw fail("a \\u escape holds an unpaired surrogate")
                    }
                    i += 2
                    let low = try hex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw fail("a \\u escape holds an unpaired surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    throw fail("a \\u escape holds an unpaired surrogate")
                }
                guard let u = Unicode.Scalar(scalar) else { throw fail("a \\u escape is not a valid character") }
                out.append(contentsOf: UTF8.encode(u)!)
            default:
                throw fail("unknown escape '\\\(Character(Unicode.Scalar(e)))' in text")
            }
        }
        throw fail("the file ends inside a text string that starts at \(open)")
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= b.count else { throw fail("a \\u escape needs four hex digits") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("a \\u escape needs four hex digits")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
