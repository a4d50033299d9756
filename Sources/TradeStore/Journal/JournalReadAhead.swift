#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import TradeModel

/// A journal's next chunk decoded on the other core while this chunk's events are applied: the
/// file is read one chunk ahead, and the bytes the feed will hold then (what it still holds of the
/// last line + the chunk) go to `ParallelPlainLines` in the background. The feed takes the result
/// only when its own bytes are exactly the ones decoded (`take`; normally the very same array, as
/// chunks end at a newline); anything else — a long line being skipped, a refusal — decodes as
/// before. Decoding is a pure function of the bytes, so the events applied are the same either way
/// (`ParallelReplayTests`).
final class JournalReadAhead: Sendable {
    private let result = Mutex<Journal.PlainLines?>(nil)
    private let bytes: [UInt8]
    private let done = DispatchSemaphore(value: 0)
    /// Chunks whose read-ahead was taken, since start (the tests check that it is).
    static let taken = Atomic<Int>(0)

    /// Starts decoding `carry + chunk` (`carry`: the bytes after the last newline fed so far,
    /// which the feed still holds) on another thread.
    init(carry: [UInt8], chunk: [UInt8], datasetId: String) {
        bytes = carry.isEmpty ? chunk : carry + chunk
        DispatchQueue.global().async { [self] in
            let decoded = ParallelPlainLines.decoder(bytes, datasetId)
            self.result.withLock { $0 = decoded }
            self.done.signal()
        }
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

    /// The decoded lines if `pending` holds exactly the bytes decoded, else nil.
    func take(_ pending: [UInt8]) -> Journal.PlainLines? {
        finish()
        guard pending.count == bytes.count else { return nil }
        let same = pending.withUnsafeBytes { p in
            bytes.withUnsafeBytes { b in p.baseAddress == b.baseAddress || p.isEmpty || memcmp(p.baseAddress!, b.baseAddress!, b.count) == 0 }
        }
        guard same else { return nil }
        return result.withLock { lines -> Journal.PlainLines? in
            guard let l = lines else { return nil }
            Self.taken.add(1, ordering: .relaxed)
            // Handed over: the feed holds the only copy, and drops it as it goes.
            lines = nil
            return l
        }
    }

    /// Waits for the background work (a replay that stops early must not leave it running unseen).
    func finish() {
        done.wait()
        done.signal()
    }
}
