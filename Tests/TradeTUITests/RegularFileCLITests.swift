import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// A FIFO, directory or device as the journal or a fixture file is refused at once with what it
/// is: never read, never waited on (a FIFO used to hang `summary` and `record-deal` forever, and a
/// directory read as a clean, empty journal).
@Suite(.serialized) struct RegularFileCLITests {
    let deal = CLI.recordDeal

    @Test func aFIFOAsTheJournalIsRefusedWithoutBlocking() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        CLI.fifo(journal)
        for args in [["summary"], deal, ["validate"], ["journal", "check"], ["journal", "repair"], ["journal", "export", "--out", dir + "/b"]] {
            try CLI.expectRefusedAtOnce(args + ["--journal", journal], saying: "is a FIFO (named pipe), not a regular file")
        }
    }

    @Test func aDirectoryAsTheJournalIsRefusedNotReadAsEmpty() throws {
        let dir = try CLI.tempDir()
        for args in [["summary"], deal, ["journal", "check"], ["journal", "repair"], ["journal", "backup"]] {
            try CLI.expectRefusedAtOnce(args + ["--journal", dir], saying: "is a directory")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty, "nothing written into it")
    }

    @Test func aFIFOOrDirectoryAsAFixtureFileIsRefusedWithoutBlocking() throws {
        for file in ["actions.json", "deals.json", "dataset.json"] {
            let data = try CLI.fixtures()
            try FileManager.default.removeItem(atPath: data + "/" + file)
            CLI.fifo(data + "/" + file)
            try CLI.expectRefusedAtOnce(["summary", "--data", data], saying: "\(file) is a FIFO (named pipe), not a regular file")
            try CLI.expectRefusedAtOnce(["validate", "--data", data], saying: "\(file) is a FIFO (named pipe), not a regular file")
            try FileManager.default.removeItem(atPath: data + "/" + file)
            try FileManager.default.createDirectory(atPath: data + "/" + file, withIntermediateDirectories: false)
            try CLI.expectRefusedAtOnce(["summary", "--data", data], saying: "\(file) is a directory")
        }
    }
}
