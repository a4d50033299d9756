#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import TradeModel

/// A journal's next chunk decoded on the other core while this chunk's events are applied: the
/// file is read one chunk ahead, and that chunk's complete lines (after what the feed will still
/// hold of the last one) go to `ParallelPlainLines` in the background. The feed takes the result
/// only when its own bytes and line ranges are exactly the ones decoded (`take`); anything else —
/// a long line being skipped, a refusal — decodes as before. Decoding is a pure function of the
/// bytes, so the events applied are the same either way (`ParallelReplayTests`).
final class JournalReadAhead: Sendable {
    struct Lines: Sendable {
        var bytes: [UInt8]
        var ranges: [Range<Int>]
        var decoded: [Journal.Decoded?]
    }
    private let result = Mutex<Lines?>(nil)
    private let done = DispatchSemaphore(value: 0)
    /// Chunks whose read-ahead was taken, since start (the tests check that it is).
    static let taken = Atomic<Int>(0)

    /// Starts finding and decoding the complete lines of `carry + chunk` (`carry`: the bytes after
    /// the last newline fed so far, which the feed still holds) on another thread.
    init(carry: [UInt8], chunk: [UInt8], datasetId: String) {
        DispatchQueue.global().async { [self] in
            let (bytes, ranges) = Self.lines(carry, chunk[...])
            let decoded = ParallelPlainLines.decoder(bytes, ranges, datasetId)
            self.result.withLock { $0 = Lines(bytes: bytes, ranges: ranges, decoded: decoded) }
            self.done.signal()
        }
    }

    /// The complete lines of `carry + chunk` and their ranges.
    static func lines(_ carry: [UInt8], _ chunk: ArraySlice<UInt8>) -> ([UInt8], [Range<Int>]) {
        var block = carry
        if let last = chunk.lastIndex(of: 0x0A) { block += chunk[..<(last + 1)] }
        return (block, Journal.lineRanges(block))
    }

    /// What the feed will hold after `chunk`: the bytes after its last newline (or all of it).
    /// A line longer than any event can be is set aside by the feed; the read-ahead lets go of it
    /// too (else every chunk of it would be copied and scanned again), and simply misses once.
    static func carry(after carry: [UInt8], _ chunk: ArraySlice<UInt8>) -> [UInt8] {
        guard let last = chunk.lastIndex(of: 0x0A) else {
            return carry.count + chunk.count > Journal.maxLineBytes ? [] : carry + chunk
        }
        return Array(chunk[(last + 1)...])
    }

    /// The decoded lines if `pending` and `ranges` are the ones decoded, else nil.
    func take(_ pending: [UInt8], _ ranges: [Range<Int>]) -> [Journal.Decoded?]? {
        finish()
        return result.withLock { lines -> [Journal.Decoded?]? in
            guard let l = lines, ranges == l.ranges, pending.count >= l.bytes.count,
                  l.bytes.isEmpty || pending.withUnsafeBytes({ p in l.bytes.withUnsafeBytes { memcmp(p.baseAddress!, $0.baseAddress!, $0.count) == 0 } })
            else { return nil }
            Self.taken.add(1, ordering: .relaxed)
            // Handed over: the feed holds the only copy, and drops it as it goes.
            lines = nil
            return l.decoded
        }
    }

    /// Waits for the background work (a replay that stops early must not leave it running unseen).
    func finish() {
        done.wait()
        done.signal()
    }
}
