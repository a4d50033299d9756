import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

@Suite struct LoaderTests {
    @Test func bundledFixturesAreValid() throws {
        let r = DatasetLoader.load(directory: fixturesDir)
        #expect(r.errors.isEmpty, "\(r.errors)")
        #expect(r.warnings.isEmpty, "\(r.warnings)")
        let ds = try #require(r.dataset)
        #expect(ds.datasetId == "jatim-misi-dagang")
        #expect(Set(["seafood", "rice", "coffee", "seaweed"]).isSubset(of: Set(ds.commodities.map(\.id))))
        #expect(ds.recommendations.count >= 6)
        #expect(ds.region("jatim")?.code == "35")
        #expect(ds.region("malut")?.timeZone == .WIT)
        #expect(ds.region("kaltim")?.timeZone == .WITA)
        #expect(ds.mission("m2025-kaltim")?.target?.valueRupiah == 650_000_000_000)
        #expect(ds.products.first { $0.id == "udang-vaname" }?.commodity == "seafood")
        #expect(ds.products.first { $0.id == "ikan-tenggiri" }?.commodity == "seafood")
    }

    /// Loads fixtures with one edit and returns the problems, asserting the data set is refused.
    func problems(_ file: String, _ edit: @escaping (String) -> String) throws -> [Problem] {
        let dir = try scratchFixtures([file: edit])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(directory: dir)
        #expect(r.dataset == nil, "an invalid data set must not load")
        return r.errors
    }

    @Test func syntaxErrorNamesFileLineAndColumn() throws {
        let errs = try problems("deals.json") { $0.replacingOnce("\"id\": \"d2025-kaltim-buy\",", "\"id\": \"d2025-kaltim-buy\",,") }
        let e = try #require(errs.first)
        #expect(e.file == "deals.json")
        #expect(e.location?.line == 25)
        // Printed as the directory was given joined with the file, line and column.
        #expect(e.place.hasSuffix("/deals.json") && e.place != "deals.json", "\(e.place)")
        #expect(e.description.hasPrefix(e.place + ":25:\(e.location?.column ?? 0): error: "), "\(e.description)")
        #expect(e.message.contains("invalid JSON"))
    }

    @Test func reportsEveryProblemNotJustTheFirst() throws {
        let errs = try problems("deals.json") {
            $0.replacingOnce("\"mission\": \"m2025-ntb\", \"direction\": \"sell\"", "\"mission\": \"m-nowhere\", \"direction\": \"sideways\"")
              .replacingOnce("\"valueRupiah\": 153900000000", "\"valueRupiah\": -5")
              .replacingOnce("\"id\": \"d2025-ntt-total\"", "\"id\": \"d2025-sultra-total\"")
        }
        let text = errs.map(\.description).joined(separator: "\n")
        #expect(text.contains("deals[23].direction: \"sideways\" is not one of"))
        #expect(text.contains("deals[24].valueRupiah: money must not be negative"))
        #expect(text.contains("the id \"d2025-sultra-total\" is already used"))
        #expect(errs.count >= 3)
    }

    @Test func typesRequiredFieldsAndUnknownFields() throws {
        let errs = try problems("missions.json") {
            $0.replacingOnce("\"city\": \"Mataram\", \"date\": \"2025-07-09\"", "\"cty\": \"Mataram\", \"date\": 20250709")
        }
        let text = errs.map(\.description).joined(separator: "\n")
        #expect(text.contains("missions[12].cty: unknown field \"cty\""))
        #expect(text.contains("missions[12].date: expected a text string, found a number"))
        let missing = try problems("regions.json") { $0.replacingOnce("\"name\": \"Bali\", ", "") }
        #expect(missing.contains { $0.path == "regions[13]" && $0.message == "the required field \"name\" is missing" })
    }

    @Test func referencesAreChecked() throws {
        let errs = try problems("deals.json") {
            $0.replacingOnce("\"commodity\": \"coffee\"", "\"commodity\": \"durian\"")
              .replacingOnce("\"source\": \"bisnis-2023-01\"", "\"source\": \"nowhere\"")
        }
        let text = errs.map(\.description).joined(separator: "\n")
        #expect(text.contains("commodity: refers to the commodity \"durian\", which commodities.json does not define"))
        #expect(text.contains("source: refers to the source \"nowhere\", which sources.json does not define"))
        let acts = try problems("actions.json") { $0.replacingOnce("\"recommendation\": \"rec-capital\"", "\"recommendation\": \"rec-x\"") }
        #expect(acts.contains { $0.message.contains("the recommendation \"rec-x\"") })
        let provs = try problems("missions.json") { $0.replacingOnce("\"partner\": \"ntt\"", "\"partner\": \"atlantis\"") }
        #expect(provs.contains { $0.message.contains("the region \"atlantis\"") })
    }

    @Test func datesMustExist() throws {
        let errs = try problems("missions.json") { $0.replacingOnce("\"2025-07-09\"", "\"2025-02-30\"") }
        #expect(errs.contains { $0.path == "missions[12].date" && $0.message.contains("is not a date that exists") })
    }

    @Test func moneyMustBeWholeAndFitInt64() throws {
        let frac = try problems("deals.json") { $0.replacingOnce("\"valueRupiah\": 8730000", "\"valueRupiah\": 8730000.5") }
        #expect(frac.contains { $0.message.contains("must be a whole number") })
        let huge = try problems("deals.json") { $0.replacingOnce("\"valueRupiah\": 8730000", "\"valueRupiah\": 99999999999999999999") }
        #expect(huge.contains { $0.message.contains("does not fit in a 64-bit integer") })
        let digits = String(repeating: "7", count: 1_000_000)
        let million = try problems("deals.json") { $0.replacingOnce("\"valueRupiah\": 8730000", "\"valueRupiah\": \(digits)") }
        #expect(million.contains { $0.message == "invalid JSON: a number longer than 4096 characters" && $0.location?.line == 12 })
        let long = String(repeating: "7", count: 300)
        let longer = try problems("deals.json") { $0.replacingOnce("\"valueRupiah\": 8730000", "\"valueRupiah\": \(long)") }
        #expect(longer.contains { $0.message.contains("(300 digits)") && $0.message.count < 300 })
    }

    @Test func sumsThatWouldOverflowAreReported() throws {
        let errs = try problems("deals.json") {
            $0.replacingOnce("\"valueRupiah\": 3296000000000", "\"valueRupiah\": 9223372036854775000")
        }
        #expect(errs.contains { $0.message.contains("overflows the mission's total") })
    }

    @Test func publishedFinalMustEqualTheLines() throws {
        let errs = try problems("deals.json") { $0.replacingOnce("\"valueRupiah\": 943500", "\"valueRupiah\": 943000") }
        let e = try #require(errs.first { $0.file == "reportedTotals.json" })
        #expect(e.message.contains("the published final Rp1,053,146,943,500 differs from the sum of the mission's lines Rp1,053,146,943,000"))
    }

    @Test func missingDirectoryAndFile() throws {
        let r = DatasetLoader.load(directory: "/nonexistent/trade-tui")
        #expect(r.dataset == nil)
        #expect(r.errors.first?.message == "the data directory does not exist")
        let dir = try scratchFixtures()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.removeItem(atPath: dir + "/obstacles.json")
        let r2 = DatasetLoader.load(directory: dir)
        #expect(r2.dataset == nil)
        #expect(r2.errors.contains { $0.file == "obstacles.json" && $0.message == "the required file obstacles.json is missing" })
    }

    static let hostile: [(String, [UInt8])] = {
        var list: [(String, [UInt8])] = []
        list.append(("truncated", Array("[{\"id\": \"x\",".utf8)))
        list.append(("empty", []))
        list.append(("binary", [UInt8](repeating: 0, count: 64) + [0xFF, 0xD8, 0xFF]))
        let bad: [UInt8] = [0xC3, 0x28]
        list.append(("invalid UTF-8", Array("[{\"id\": \"".utf8) + bad + Array("\"}]".utf8)))
        list.append(("deep", Array(String(repeating: "[", count: 100_000).utf8)))
        list.append(("garbage", Array("[] trailing".utf8)))
        list.append(("object", Array("{\"deals\": []}".utf8)))
        return list
    }()

    @Test(arguments: LoaderTests.hostile)
    func hostileFilesGiveErrorsNotCrashes(name: String, bytes: [UInt8]) throws {
        let dir = try scratchFixtures()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/deals.json"))
        let r = DatasetLoader.load(directory: dir)
        #expect(r.dataset == nil)
        let e = try #require(r.errors.first { $0.file == "deals.json" }, "\(name)")
        #expect(!e.message.isEmpty)
    }

    @Test func tenMegabyteStringLoadsWithAWarningFreePath() throws {
        let big = String(repeating: "x", count: 10_000_000)
        let dir = try scratchFixtures(["obstacles.json": { $0.replacingOnce("\"Keterbatasan infrastruktur\"", "\"\(big)\"") }])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(directory: dir)
        #expect(r.errors.isEmpty && r.warnings.isEmpty, "\(r.problems.prefix(3))")
        let ds = try #require(r.dataset)
        #expect(ds.obstacles.first { $0.id == "obs-infrastructure" }?.textId.utf8.count == 10_000_000, "kept whole")
    }

    @Test func controlCharactersInTextAreWarnedAndSanitisedOnOutput() throws {
        let dir = try scratchFixtures(["missions.json": { $0.replacingOnce("\"title\": \"Misi Dagang Jatim–NTB 2025\"", "\"title\": \"NTB\\u001b[31m\\u0007\"") }])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = DatasetLoader.load(directory: dir)
        #expect(r.warnings.contains { $0.path == "missions[12].title" && $0.message.contains("control characters") })
        let ds = try #require(r.dataset)
        let a = try Aggregates.compute(ds)
        for out in [try SummaryReport.text(ds, a, .id), try SummaryReport.json(ds, a, journalEvents: 0), try SummaryReport.csv(ds, a, .en)] {
            #expect(!out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
            #expect(out.contains("NTB\u{FFFD}[31m\u{FFFD}"), "the title is in the output, sanitised: \(out.prefix(200))")
        }
    }
}
