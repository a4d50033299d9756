import Dispatch
import Synchronization
import TradeModel

/// The journal's plain lines decoded on two cores: a large chunk's lines are split in two halves,
/// each decoded by `Journal.decodePlain` (pure, no diagnostics), and applied afterwards in order
/// by the one feed, so the result is the same as reading line by line (JournalFastLineTests).
enum ParallelPlainLines {
    /// Below this many lines one core is quicker than starting a second.
    static let minimumLines = 4096

    static let decoder: Journal.PlainLineDecoder = { bytes, ranges, datasetId in
        guard ranges.count >= minimumLines else { return Journal.decodePlain(bytes, ranges[...], datasetId: datasetId) }
        let mid = ranges.count / 2
        let halves = Mutex<[[Journal.Decoded?]]>([[], []])
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let part = k == 0 ? ranges[..<mid] : ranges[mid...]
            let decoded = Journal.decodePlain(bytes, part, datasetId: datasetId)
            halves.withLock { $0[k] = decoded }
        }
        return halves.withLock { $0[0] + $0[1] }
    }
}
