import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// Maintenance reads journals as a stream and refuses what `check` refuses.
@Suite struct JournalMaintenanceTests {
    func temp(_ text: String) throws -> String {
        let d = NSTemporaryDirectory() + "trade-tui-maint-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        try text.write(toFile: d + "/j.jsonl", atomically: true, encoding: .utf8)
        return d + "/j.jsonl"
    }

    func line(_ id: String, _ note: String, v: Int = 1, dataset: String = "jatim-misi-dagang") -> String {
        #"{"v":\#(v),"datasetId":"\#(dataset)","eventId":"\#(id)","at":"2026-11-23T01:00:00Z","user":"ana","type":"actionNoteAdded","actionId":"act-cyber-hoax","note":"\#(note)"}"#
    }

    /// Small chunks and a small line limit: lines across chunk edges, a long line in parts, a torn tail.
    @Test func linesComeWholeOrInPartsWhateverTheChunks() throws {
        let text = "ab\n\ncdefghij\n" + String(repeating: "x", count: 25) + "\nkl\nmn"
        let path = try temp(text)
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var lines = JournalLines(fd: fd, size: text.utf8.count, path: path, chunk: 3, maxLine: 10)
        var got: [String] = []
        while let piece = try lines.next() {
            switch piece {
            case .line(let b, let offset, let t): got.append("L\(offset):\(String(decoding: b, as: UTF8.self))\(t ? "" : "(torn)")")
            case .part(let b, let first, let last, _): got.append("P\(first ? "<" : "")\(b.count)\(last ? ">" : "")")
            }
        }
        #expect(got.first == "L0:ab" && got[1] == "L3:" && got[2] == "L4:cdefghij")
        let parts = got.filter { $0.hasPrefix("P") }
        #expect(parts.first?.hasPrefix("P<") == true && parts.last?.hasSuffix(">") == true)
        #expect(parts.map { Int($0.filter(\.isNumber))! }.reduce(0, +) == 25, "the long line, every byte, in parts")
        #expect(got.suffix(2) == ["L39:kl", "L42:mn(torn)"], "offsets count the long line and every newline")
    }

    @Test func repairRefusesAnotherDataSetAndChangesNothing() throws {
        let text = line("e1", "a") + "\n{damaged\n" + line("e2", "b", dataset: "another-set") + "\n"
        let path = try temp(text)
        let ds = try loadBundled()
        #expect(JournalMaintenance.check(path: path, dataset: ds).refused)
        do {
            _ = try JournalMaintenance.repair(path: path, dataset: ds)
            Issue.record("repaired another data set's journal")
        } catch {
            #expect(error.kind == .refused)
            #expect(error.problems.contains { $0.location?.line == 3 && $0.message.contains("belongs to the dataset \"another-set\"") })
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        let dir = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["j.jsonl"], "no damaged or temporary file left")
    }

    @Test func aChangedRepeatIsSetAsideAndAnExactOneDropped() throws {
        let text = [line("e1", "a"), line("e1", "b"), line("e1", "a"), "  ", line("e2", "c")].joined(separator: "\n") + "\n" + "{\"torn"
        let path = try temp(text)
        let r = try JournalMaintenance.repair(path: path, dataset: try loadBundled())
        #expect(r.kept == 2 && r.setAside == 2 && r.changedRepeats == 1 && r.exactRepeats == 1)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == line("e1", "a") + "\n" + line("e2", "c") + "\n")
        #expect(try String(contentsOfFile: try #require(r.asidePath), encoding: .utf8) == line("e1", "b") + "\n{\"torn\n")
        let again = try JournalMaintenance.repair(path: path, dataset: try loadBundled())
        #expect(again.repaired == nil && again.kept == 2, "a clean journal is left as it is")
    }

    @Test func exportStreamsACopyWithTheJournalsMode() throws {
        let text = (0..<2000).map { line("e\($0)", String(repeating: "n", count: $0 % 300)) }.joined(separator: "\n") + "\n"
        let path = try temp(text)
        chmod(path, 0o640)
        let out = path + ".bak"
        #expect(try JournalMaintenance.export(path: path, to: out) == text.utf8.count)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == text)
        var st = stat()
        #expect(stat(out, &st) == 0 && st.st_mode & 0o777 == 0o640)
    }
}
