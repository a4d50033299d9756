import Foundation
import Testing
import TradeModel
@testable import TradeStore
import TradeTestSupport

/// Only regular files are read: a FIFO, directory or device is refused without being opened for
/// reading, so it can never block.
@Suite struct RegularFileTests {
    func temp() throws -> String {
        let d = NSTemporaryDirectory() + "trade-tui-regular-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func aFIFOOrDirectoryIsRefusedWithoutBeingRead() throws {
        let d = try temp()
        #expect(mkfifo(d + "/fifo", 0o644) == 0)
        let started = Date()
        #expect(FileReader.contents(of: d + "/fifo") == .failure(.notAFile("a FIFO (named pipe)")))
        #expect(FileReader.contents(of: d) == .failure(.isDirectory))
        if case .failure(let f) = FileReader.openRegular("/dev/null") { #expect(f == .notAFile("a character device")) } else { Issue.record("/dev/null opened") }
        var ds = try loadBundled()
        for path in [d + "/fifo", d] {
            let r = Journal.replay(path: path, into: &ds)
            #expect(r.refused && r.problems.first?.message.hasPrefix("the journal is a") == true, "\(r.problems)")
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
