import Testing
@testable import TradeModel
import TradeStore
import TradeTestSupport

@Suite struct JSONParserTests {
    @Test func parsesValuesWithLocations() throws {
        let root = try parse("{\n  \"a\": [1, -2.5e3, \"x\\u00e9\\ud83d\\ude00\"],\n  \"b\": {\"c\": null, \"d\": true}\n}")
        guard case .object(let m) = root.value else { Issue.record("not an object"); return }
        #expect(m.map(\.key) == ["a", "b"])
        #expect(m[0].keyLocation == JSONLocation(line: 2, column: 3))
        guard case .array(let items) = m[0].value.value else { Issue.record("not a list"); return }
        guard case .number(let n) = items[1].value, case .string(let s) = items[2].value else { Issue.record("types"); return }
        #expect(n == "-2.5e3")
        #expect(s == "xé😀")
        #expect(items[2].location == JSONLocation(line: 2, column: 20))
    }

    @Test(arguments: [
        ("", "the file is empty", 1, 1),
        ("   \n ", "the file holds no JSON value", 2, 2),
        ("[1, 2", "the file ends inside a list that starts at 1:1", 1, 6),
        ("{\"a\": 1} x", "unexpected character 'x' after the end of the JSON value", 1, 10),
        ("[01]", "numbers must not have leading zeros", 1, 2),
        ("[1.]", "a number needs digits after '.'", 1, 2),
        ("{\"a\" 1}", "expected ':' after field name \"a\"", 1, 6),
        ("[tru]", "unknown word; expected true", 1, 2),
        ("[\"\\ud800\"]", "a \\u escape holds an unpaired surrogate", 1, 9),
        ("[\"a\nb\"]", "a text string is not closed before the end of the line", 1, 4),
        ("{\"a\": 1,}", "expected a quoted field name, found character '}'", 1, 9),
    ])
    func reportsErrorsWithPosition(input: String, message: String, line: Int, column: Int) {
        #expect(throws: JSONParseError(message: message, location: JSONLocation(line: line, column: column))) {
            try parse(input)
        }
    }

    @Test func rejectsInvalidUTF8AndBinary() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x5B, 0x22, 0xFF, 0xFE, 0x22, 0x5D]) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x00, 0x01, 0x02, 0xC3]) }
    }

    @Test func capsNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try parse(deep)
            Issue.record("100 000-deep nesting must be refused")
        } catch {
            #expect(error.message == "nesting is deeper than 512 levels")
            #expect(error.location.column == 513)
        }
        // 512 levels are fine.
        #expect(throws: Never.self) { try parse(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) }
    }

    @Test func handlesHugeStringsAndNumbers() throws {
        let big = String(repeating: "a", count: 10_000_000)
        let node = try parse("[\"\(big)\"]")
        guard case .array(let a) = node.value, case .string(let s) = a[0].value else { Issue.record("shape"); return }
        #expect(s.utf8.count == 10_000_000)
        // Hostile sizes are refused before they become values.
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(throws: JSONParseError(message: "a number longer than 4096 characters", location: JSONLocation(line: 1, column: 2))) {
            try parse("[\(digits)]")
        }
        let huge = String(repeating: "x", count: JSONParser.maxStringBytes + 10)
        #expect(throws: JSONParseError(message: "a text string longer than 16 MiB", location: JSONLocation(line: 1, column: 2))) {
            try parse("[\"\(huge)\"]")
        }
        #expect(throws: JSONParseError.self) { try parse("[\"\(huge.prefix(JSONParser.maxStringBytes))\\n\(huge)\"]") }
    }

    @Test func skipsByteOrderMark() throws {
        let node = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8))
        guard case .array(let a) = node.value else { Issue.record("shape"); return }
        #expect(a.isEmpty)
    }
}
