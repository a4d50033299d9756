import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// The specialised deals decoder must give exactly what the general path gives (and, on valid
/// input, what Foundation's JSONDecoder gives), on generated and hand-made inputs.
@Suite struct FastDecoderTests {
    /// The fixtures with deals.json replaced by `text`.
    func dir(deals text: String) throws -> String {
        let d = try scratchFixtures()
        try text.write(toFile: d + "/deals.json", atomically: true, encoding: .utf8)
        return d
    }

    func assertSamePaths(_ dir: String, _ label: String) {
        let fast = DatasetLoader.load(directory: dir, useFastPath: true)
        let slow = DatasetLoader.load(directory: dir, useFastPath: false)
        #expect(fast.problems == slow.problems, "\(label): problems differ")
        #expect(fast.dataset?.deals == slow.dataset?.deals, "\(label): deals differ")
    }

    @Test func generatedDataSameOnBothPathsAndAsJSONDecoder() throws {
        let base = NSTemporaryDirectory() + "trade-tui-fast-" + UUID().uuidString
        try SyntheticGenerator(deals: 20_000, seed: 11).write(to: base)
        guard case .decoded(let deals, let locs) = DealsFile.decode(path: base + "/deals.json") else {
            Issue.record("generated data must take the fast path")
            return
        }
        #expect(deals.count == 20_000 && locs.count == 20_000)
        #expect(locs[0] == JSONLocation(line: 2, column: 1) && locs[19_999].line == 20_001)
        assertSamePaths(base, "generated")
        // Foundation's JSONDecoder on the same bytes, through a Codable mirror.
        let data = try Data(contentsOf: URL(fileURLWithPath: base + "/deals.json"))
        let mirror = try JSONDecoder().decode([DealDTO].self, from: data)
        #expect(mirror.map(\.deal) == Array(deals))
    }

    @Test func bundledFixturesSameOnBothPaths() throws {
        assertSamePaths(fixturesDir, "bundled")
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturesDir + "/deals.json"))
        let mirror = try JSONDecoder().decode([DealDTO].self, from: data)
        #expect(mirror.map(\.deal) == Array(try loadBundled().deals))
    }

    static let line = #"{"id": "x1", "mission": "m2025-kaltim", "direction": "sell", "commodity": "coffee", "quantity": 12.5, "unit": "ton", "valueRupiah": 1250000000, "status": "committed", "kind": "itemised", "illustrative": true, "source": "jatimpedia-2025-05"}"#

    static let variants: [(String, String)] = [
        ("plain", "[\n" + line + "\n]\n"),
        ("compact", "[" + line + "," + line.replacingOccurrences(of: "x1", with: "x2") + "]"),
        ("tabs and CRLF", "[\r\n\t" + line.replacingOccurrences(of: ", ", with: ",\r\n\t\t") + "\r\n]"),
        ("empty list", "[]"),
        ("empty file", ""),
        ("byte-order mark", "\u{FEFF}[" + line + "]"),
        ("unknown field", "[" + line.replacingOccurrences(of: "\"unit\"", with: "\"units\"") + "]"),
        ("duplicate key", "[" + line.replacingOccurrences(of: "\"unit\": \"ton\"", with: "\"unit\": \"ton\", \"unit\": \"kg\"") + "]"),
        ("escape", "[" + line.replacingOccurrences(of: "\"ton\"", with: "\"t\\u006fn\"") + "]"),
        ("null optional", "[" + line.replacingOccurrences(of: "\"coffee\"", with: "null") + "]"),
        ("null required", "[" + line.replacingOccurrences(of: "\"sell\"", with: "null") + "]"),
        ("number for text", "[" + line.replacingOccurrences(of: "\"ton\"", with: "7") + "]"),
        ("negative", "[" + line.replacingOccurrences(of: "1250000000", with: "-1") + "]"),
        ("19 digits", "[" + line.replacingOccurrences(of: "1250000000", with: "9223372036854775807") + "]"),
        ("overflow", "[" + line.replacingOccurrences(of: "1250000000", with: "99999999999999999999") + "]"),
        ("leading zero", "[" + line.replacingOccurrences(of: "1250000000", with: "0125") + "]"),
        ("fraction", "[" + line.replacingOccurrences(of: "1250000000", with: "12.5") + "]"),
        ("exponent", "[" + line.replacingOccurrences(of: "1250000000", with: "1e9") + "]"),
        ("quantity exponent", "[" + line.replacingOccurrences(of: "12.5", with: "1.5E+3") + "]"),
        ("negative quantity", "[" + line.replacingOccurrences(of: "12.5", with: "-3") + "]"),
        ("unicode", "[" + line.replacingOccurrences(of: "\"ton\"", with: "\"大阪府 é\"") + "]"),
        ("control character", "[" + line.replacingOccurrences(of: "\"ton\"", with: "\"t\u{7F}n\"") + "]"),
        ("bidi override", "[" + line.replacingOccurrences(of: "\"ton\"", with: "\"t\u{202E}n\"") + "]"),
        ("blank text", "[" + line.replacingOccurrences(of: "\"ton\"", with: "\"   \"") + "]"),
        ("bad enum", "[" + line.replacingOccurrences(of: "\"sell\"", with: "\"sold\"") + "]"),
        ("missing required", "[" + line.replacingOccurrences(of: "\"kind\": \"itemised\", ", with: "") + "]"),
        ("nested", "[" + line.replacingOccurrences(of: "\"ton\"", with: "{\"a\": 1}") + "]"),
        ("trailing garbage", "[" + line + "] x"),
        ("trailing comma", "[" + line + ",]"),
        ("truncated", "[" + line),
        ("not a list", line),
        ("bool as text", "[" + line.replacingOccurrences(of: "true", with: "\"yes\"") + "]"),
        ("duplicate id", "[" + line + "," + line + "]"),
        ("unknown mission", "[" + line.replacingOccurrences(of: "m2025-kaltim", with: "m-none") + "]"),
        ("huge string", "[" + line.replacingOccurrences(of: "\"ton\"", with: "\"" + String(repeating: "t", count: 3_000_000) + "\"") + "]"),
    ]

    @Test(arguments: FastDecoderTests.variants.map(\.0))
    func handMadeInputsSameOnBothPaths(name: String) throws {
        let text = try #require(Self.variants.first { $0.0 == name }?.1)
        let d = try dir(deals: text)
        defer { try? FileManager.default.removeItem(atPath: d) }
        assertSamePaths(d, name)
    }

    @Test func twoHalvesOnTwoCoresGiveTheSameAsOnePass() throws {
        let base = NSTemporaryDirectory() + "trade-tui-halves-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        try SyntheticGenerator(deals: 90_000, seed: 5).write(to: base)
        let path = base + "/deals.json"
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
        #expect(size >= 16 << 20, "large enough to be split")
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        #expect(DealsFastDecoder.splitPoint(FileBytes(fd: fd, count: size)) != nil)
        guard case .decoded(let deals, let locations) = DealsFile.decode(path: path) else {
            Issue.record("must take the fast path")
            return
        }
        #expect(deals.count == 90_000)
        #expect(locations.enumerated().allSatisfy { $0.element.line == $0.offset + 2 && $0.element.column == 1 }, "lines continue across the split")
        let mirror = try JSONDecoder().decode([DealDTO].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(mirror.map(\.deal) == Array(deals))
    }

    @Test func largeInputsCrossBufferBoundaries() throws {
        // Objects straddle the 2 MiB buffer edge many times over.
        var text = "[\n"
        for i in 0..<60_000 {
            text += Self.line.replacingOccurrences(of: "\"x1\"", with: "\"x\(i)\"") + (i < 59_999 ? ",\n" : "\n")
        }
        text += "]\n"
        let d = try dir(deals: text)
        defer { try? FileManager.default.removeItem(atPath: d) }
        guard case .decoded(let deals, _) = DealsFile.decode(path: d + "/deals.json") else {
            Issue.record("must take the fast path")
            return
        }
        #expect(deals.count == 60_000 && deals.last?.id == "x59999")
        assertSamePaths(d, "large")
    }
}

/// A Codable mirror of a deal, for comparing with Foundation's JSONDecoder.
struct DealDTO: Decodable {
    var id: String, mission: String, direction: String, commodity: String?, product: String?, description: String?
    var quantity: Decimal?, unit: String?, valueRupiah: Int64, status: String, kind: String, includedIn: String?
    var party: String?, counterparty: String?, period: String?, illustrative: Bool?, source: String, note: TextDTO?
    var basis: BasisDTO?, includedInBasis: BasisDTO?, conflictsWith: [ClaimDTO]?

    /// A plain string or `{"id", "en"}`.
    struct TextDTO: Decodable {
        var text: LocalText
        init(from decoder: Decoder) throws {
            if let s = try? decoder.singleValueContainer().decode(String.self) { text = LocalText(s); return }
            let pair = try decoder.singleValueContainer().decode([String: String].self)
            text = LocalText(id: pair["id"] ?? "", en: pair["en"] ?? "")
        }
    }
    struct BasisDTO: Decodable {
        var kind: String, reason: TextDTO?, from: [String]?
        var provenance: Provenance { Provenance(Provenance.Kind(rawValue: kind)!, reason: reason?.text, from: from ?? []) }
    }
    struct ClaimDTO: Decodable {
        var valueRupiah: Int64, source: String, note: TextDTO?
        var claim: MoneyClaim { MoneyClaim(valueRupiah: valueRupiah, source: source, note: note?.text) }
    }

    var deal: Deal {
        Deal(id: id, mission: mission, direction: Deal.Direction(rawValue: direction)!, commodity: commodity, product: product,
             description: description, quantity: quantity.map { "\($0)" }, unit: unit, valueRupiah: valueRupiah,
             status: Deal.Status(rawValue: status)!, kind: Deal.Kind(rawValue: kind)!, includedIn: includedIn, party: party,
             counterparty: counterparty, period: period, illustrative: illustrative ?? false, source: source, note: note?.text,
             basis: basis?.provenance ?? .stated, includedInBasis: includedInBasis?.provenance ?? .stated,
             conflictsWith: conflictsWith?.map(\.claim) ?? [])
    }
}

extension FastDecoderTests {
    /// The fast path keeps no location per deal; a problem in deals.json has it read again with
    /// them, so the message names the same lines as the general path's (across the two halves).
    @Test func aProblemInALargeFileNamesItsLinesAsTheGeneralPathDoes() throws {
        let base = NSTemporaryDirectory() + "trade-tui-lines-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        try SyntheticGenerator(deals: 90_000, seed: 5).write(to: base)
        let path = base + "/deals.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        // The last deal takes the first one's id: the repeat is in the second half.
        text = text.replacingOccurrences(of: "{\"id\": \"sd89999\",", with: "{\"id\": \"sd0\",")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let fast = DatasetLoader.load(directory: base, useFastPath: true)
        let slow = DatasetLoader.load(directory: base, useFastPath: false)
        #expect(fast.problems == slow.problems && fast.dataset == nil)
        let repeat_ = try #require(fast.problems.first { $0.path == "deals[89999].id" })
        #expect(repeat_.location?.line == 90_001 && repeat_.message.contains("deals.json:2 (deals[0])"), "\(repeat_)")
    }
}
