import Foundation
import Testing
import TradeModel
import TradeTestSupport

/// The desk refuses what cannot be true, from scripts as from the form: overflowing totals,
/// breakdowns larger than their mission, withdrawals without a reason, corrections of withdrawn
/// deals, empty corrections, large values without `--confirm`, and CSV files that repeat a column
/// or rows already imported under another name.
@Suite(.serialized) struct DeskCheckCLITests {
    let journal: String
    init() throws { journal = try CLI.tempDir() + "/j.jsonl" }

    func run(_ args: [String]) throws -> CLI.Result { try CLI.run(args + ["--journal", journal, "--lang", "en"]) }
    var written: String { (try? String(contentsOfFile: journal, encoding: .utf8)) ?? "" }
    /// Events in the journal (a batch's begin and commit lines are not events).
    var events: Int { written.split(separator: "\n").filter { $0.contains("\"eventId\"") }.count }

    func csv(_ name: String, _ text: String) throws -> String {
        let path = (journal as NSString).deletingLastPathComponent + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aValueThatWouldOverflowATotalIsRefusedWithTheFigure() throws {
        let max = "9223372036854775807"
        let r = try run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", max, "--confirm"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("Rp9,223,372,036,854,775,807") && r.stderr.contains("total"), "\(r.stderr)")
        #expect(events == 0)
        let c = try run(["deal", "correct", "d2025-kaltim-sell", "--value", "9223372036854775000", "--confirm"])
        #expect(c.status == 65 && c.stderr.contains("Rp9,223,372,036,854,775,807"), "\(c.stderr)")
        let file = try csv("big.csv", "mission,direction,valueRupiah\nm2025-ntb,sell,\(max)\n")
        let i = try run(["import-deals", file, "--confirm-large"])
        #expect(i.status == 65 && i.stderr.contains("Rp9,223,372,036,854,775,807"), "\(i.stderr)")
        #expect(events == 0)
        #expect(try run(["summary"]).status == 0, "the totals still add up")
    }

    @Test func aBreakdownLineCannotExceedItsMissionNorMakeTheUnsplitValueNegative() throws {
        let big = try run(["deal", "correct", "d2025-maluku-bmi", "--value", "4.595.010.140.000", "--confirm"])
        #expect(big.status == 65, "\(big.stderr)")
        #expect(big.stderr.contains("breakdown lines of \"m2025-maluku\""), "\(big.stderr)")
        // Giving the mission's own line a commodity would count its breakdown lines twice.
        let split = try run(["deal", "correct", "d2025-maluku-buy", "--commodity", "seafood"])
        #expect(split.status == 65, "\(split.stderr)")
        #expect(split.stderr.contains("not split by commodity"), "\(split.stderr)")
        #expect(events == 0)
        let ok = try run(["deal", "correct", "d2025-maluku-sell", "--value", "150.341.000.000", "--confirm"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("differs from the published final Rp459,501,014,000 by Rp100,000,000"), "\(ok.stdout)")
    }

    @Test func aWithdrawalNeedsAReason() throws {
        let none = try run(["deal", "withdraw", "d2016-malut-total"])
        #expect(none.status == 64 && none.stderr.contains("--reason"), "\(none.stderr)")
        let blank = try run(["deal", "withdraw", "d2016-malut-total", "--reason", "  "])
        #expect(blank.status == 64 && blank.stderr.contains("--reason"), "\(blank.stderr)")
        #expect(events == 0)
        let ok = try run(["deal", "withdraw", "d2016-malut-total", "--reason", "dobel"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(written.contains("\"reason\":\"dobel\""))
    }

    @Test func aWithdrawnDealIsNotCorrected() throws {
        #expect(try run(["deal", "withdraw", "d2016-malut-total", "--reason", "dobel"]).status == 0)
        let r = try run(["deal", "correct", "d2016-malut-total", "--value", "1000"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("withdrawn"), "\(r.stderr)")
        #expect(events == 1)
    }

    @Test func anEmptyCorrectionWritesNothing() throws {
        let r = try run(["deal", "correct", "d2025-kaltim-buy", "--value", "230.099.000.000", "--direction", "buy"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "nothing to change: d2025-kaltim-buy\n", "\(r.stdout)")
        #expect(!FileManager.default.fileExists(atPath: journal))
        let bare = try run(["deal", "correct", "d2025-kaltim-buy"])
        #expect(bare.status == 0 && bare.stdout.hasPrefix("nothing to change"), "\(bare.stdout)")
    }

    @Test func largeValuesNeedConfirmFromScripts() throws {
        let r = try run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "900 triliun"])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("--confirm") && r.stderr.contains("nine hundred trillion rupiah"), "\(r.stderr)")
        let c = try run(["deal", "correct", "d2025-kaltim-buy", "--value", "60 miliar"])
        #expect(c.status == 64 && c.stderr.contains("--confirm"), "\(c.stderr)")
        #expect(events == 0)
        let ok = try run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "60 miliar", "--confirm"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let small = try run(["record-deal", "--mission", "m2025-kaltim", "--direction", "sell", "--value", "49.999.999.999"])
        #expect(small.status == 0, "\(small.stderr)")
        #expect(events == 2)
    }

    @Test func largeImportRowsAreListedAndNeedConfirmLarge() throws {
        let file = try csv("desk.csv", "mission,direction,valueRupiah\nm2025-ntb,sell,1 miliar\nm2025-ntb,buy,\"60 miliar\"\nm2025-ntb,sell,50.000.000.000\n")
        let r = try run(["import-deals", file])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("desk.csv:3:") && r.stderr.contains("desk.csv:4:") && !r.stderr.contains("desk.csv:2:"), "\(r.stderr)")
        #expect(r.stderr.contains("--confirm-large"), "\(r.stderr)")
        #expect(events == 0)
        let ok = try run(["import-deals", file, "--confirm-large"])
        #expect(ok.status == 0 && events == 3, "\(ok.stderr)")
    }

    @Test func importsAreIdentifiedByTheirRowsNotTheFileName() throws {
        let rows = "mission,direction,commodity,valueRupiah,party\nm2025-ntb,sell,coffee,\"1,25 miliar\",CV Kopi\nm2025-ntb,buy,rice,750 juta,UD Beras\n"
        let first = try run(["import-deals", try csv("desk.csv", rows)])
        #expect(first.status == 0 && events == 2, "\(first.stderr)")
        let again = try run(["import-deals", try csv("desk (1).csv", rows)])
        #expect(again.status == 65, "\(again.stderr)")
        #expect(again.stderr.contains("desk (1).csv:2:") && again.stderr.contains("already"), "\(again.stderr)")
        // The same deal typed another way is the same row.
        let retyped = try run(["import-deals", try csv("retyped.csv", "mission,direction,valueRupiah,commodity,party\nm2025-ntb,sell,1250000000,coffee,CV Kopi\n")])
        #expect(retyped.status == 65, "\(retyped.stderr)")
        #expect(events == 2)
    }

    @Test func twoIdenticalRowsAreTwoDealsOnlyWithIds() throws {
        let twice = try run(["import-deals", try csv("twice.csv", "mission,direction,valueRupiah\nm2025-ntb,sell,1000\nm2025-ntb,sell,1000\n")])
        #expect(twice.status == 65, "\(twice.stderr)")
        #expect(twice.stderr.contains("twice.csv:3:") && twice.stderr.contains("line 2"), "\(twice.stderr)")
        let ids = try run(["import-deals", try csv("ids.csv", "id,mission,direction,valueRupiah\nk1,m2025-ntb,sell,1000\nk2,m2025-ntb,sell,1000\n")])
        #expect(ids.status == 0 && events == 2, "\(ids.stderr)")
    }

    @Test func aRepeatedColumnIsAnError() throws {
        let r = try run(["import-deals", try csv("cols.csv", "mission,direction,valueRupiah,value\nm2025-ntb,sell,1000,2000\n")])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("cols.csv:1:") && r.stderr.contains("\"valueRupiah\"") && r.stderr.contains("more than once"), "\(r.stderr)")
        #expect(events == 0)
    }

    @Test func quantitiesReadTheIndonesianWay() throws {
        let r = try run(["record-deal", "--mission", "m2025-ntb", "--direction", "sell", "--value", "1000", "--quantity", "2.500", "--id", "q1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(written.contains("\"quantity\":2500,"), "\(written)")
        let d = try run(["record-deal", "--mission", "m2025-ntb", "--direction", "sell", "--value", "1000", "--quantity", "2,5", "--id", "q2"])
        #expect(d.status == 0 && written.contains("\"quantity\":2.5,"), "\(written)")
        let bad = try run(["record-deal", "--mission", "m2025-ntb", "--direction", "sell", "--value", "1000", "--quantity", "12.5"])
        #expect(bad.status == 64 && bad.stderr.contains("--quantity") && bad.stderr.contains("comma"), "\(bad.stderr)")
        let c = try run(["deal", "correct", "q1", "--quantity", "2,500"])
        #expect(c.status == 64 && c.stderr.contains("2,5") && c.stderr.contains("2.500"), "\(c.stderr)")
        let file = try csv("q.csv", "mission,direction,valueRupiah,quantity\nm2025-ntb,sell,1000,1.250\n")
        #expect(try run(["import-deals", file]).status == 0)
        #expect(written.contains("\"quantity\":1250,"), "\(written)")
    }
}
