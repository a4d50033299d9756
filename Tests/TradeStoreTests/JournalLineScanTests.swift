import Testing
@testable import TradeModel
@testable import TradeStore

/// `JournalLineScan` (memchr, what the decoding cores use) finds exactly the lines
/// `Journal.lineRanges` (the model's own scan) finds: at every length and alignment around the
/// 8- and 32-byte steps, with empty lines, a last line without its newline, and from a start
/// inside the buffer.
@Suite struct JournalLineScanTests {
    @Test func sameLinesAsTheModelsScan() {
        var rng = SystemRandomNumberGenerator()
        var checked = 0
        for length in 0..<300 {
            for _ in 0..<6 {
                // Mostly text, newlines now and then, sometimes two together.
                let bytes = (0..<length).map { _ -> UInt8 in
                    let r = Int.random(in: 0..<40, using: &rng)
                    return r == 0 ? 0x0A : r == 1 ? 0x8A : UInt8(0x20 + r)
                }
                #expect(JournalLineScan.ranges(bytes) == Journal.lineRanges(bytes), "\(bytes)")
                // From just after a newline, to any end.
                if let nl = bytes.firstIndex(of: 0x0A) {
                    let r = (nl + 1)..<Int.random(in: (nl + 1)...length, using: &rng)
                    #expect(JournalLineScan.ranges(bytes, in: r) == Journal.lineRanges(bytes, in: r), "\(bytes) \(r)")
                }
                checked += 1
            }
        }
        #expect(checked == 1800)
        #expect(JournalLineScan.ranges(Array("a\n\nbc\n".utf8)) == [0..<1, 2..<2, 3..<5])
        #expect(JournalLineScan.ranges(Array("a\nbc".utf8)) == [0..<1])
        #expect(JournalLineScan.ranges([]) == [])
    }
}
