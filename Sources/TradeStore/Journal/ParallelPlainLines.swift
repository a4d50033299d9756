import Dispatch
import Synchronization
import TradeModel

/// The journal's plain lines decoded on two cores: a large chunk's lines are split in two halves,
/// each decoded by `Journal.decodePlain` (pure, no diagnostics), and applied afterwards in order
/// by the one feed, so the result is the same as reading line by line (JournalFastLineTests).
enum ParallelPlainLines {
    /// Below this many bytes one core is quicker than starting others.
    static let minimumBytes = 1 << 20
    /// Parts a large chunk is cut into: more than the cores, so a core that was busy with
    /// something else (applying the last chunk) leaves the others less to wait for.
    static let parts = 2

    static let decoder: Journal.PlainLineDecoder = { bytes, datasetId in
        // Cut after newlines, evenly; each part's lines are found and decoded on their own.
        var cuts = [0]
        if bytes.count >= minimumBytes {
            for k in 1..<parts {
                let from = Swift.max(cuts[cuts.count - 1], bytes.count * k / parts)
                if let nl = bytes[from...].firstIndex(of: 0x0A), nl + 1 < bytes.count { cuts.append(nl + 1) }
            }
        }
        cuts.append(bytes.count)
        let at = cuts, n = cuts.count - 1
        guard n > 1 else {
            let ranges = JournalLineScan.ranges(bytes)
            return Journal.decodePlain(bytes, ranges[...], datasetId: datasetId)
        }
        let decoded = Mutex<[Journal.PlainLines?]>([Journal.PlainLines?](repeating: nil, count: n))
        DispatchQueue.concurrentPerform(iterations: n) { k in
            let ranges = JournalLineScan.ranges(bytes, in: at[k]..<at[k + 1])
            let part = Journal.decodePlain(bytes, ranges[...], datasetId: datasetId)
            decoded.withLock { $0[k] = part }
        }
        let parts = decoded.withLock { $0.compactMap { $0 } }
        return Journal.PlainLines.joined(parts.flatMap(\.ranges), parts)
    }
}
