#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Synchronization
import TradeModel

/// `deals.json` through the streaming decoder: read with `pread`, and large files in two halves on
/// two cores, split where a line starts a new element.
public enum DealsFile {
    /// `locations: false`: no location per deal (see `DealsFastDecoder.decode(_:locations:progress:)`).
    public static func decode(path: String, locations: Bool = true, progress: (@Sendable (Int) -> Void)? = nil) -> DealsFastDecoder.Outcome {
        // Anything but a regular file (a FIFO would block) goes to the general path, which says what it is.
        guard case .success(let (fd, st)) = FileReader.openRegular(path) else { return .needsGeneralPath }
        defer { close(fd) }
        guard st.st_size > 0 else { return .needsGeneralPath }
        let source = FileBytes(fd: fd, count: Int(st.st_size))
        if source.count >= 16 << 20, let split = DealsFastDecoder.splitPoint(source) {
            return halves(source, split, locations, progress) ?? .needsGeneralPath
        }
        return DealsFastDecoder.decode(source, locations: locations, progress: progress)
    }

    static func halves(_ source: FileBytes, _ split: Int, _ locations: Bool, _ progress: (@Sendable (Int) -> Void)?) -> DealsFastDecoder.Outcome? {
        let halves = Mutex<[DealsFastDecoder.Half?]>([nil, nil])
        let total = source.count
        // The first half reports how far it is, scaled to the whole file.
        var firstProgress: (@Sendable (Int) -> Void)?
        if let progress {
            firstProgress = { @Sendable (permille: Int) in progress(permille * split / max(1, total)) }
        }
        let reportFirst = firstProgress
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let half = k == 0
                ? DealsFastDecoder.decodeRange(source, from: 0, limit: split, opening: true, endsAtSplit: true, locations: locations,
                                               progress: reportFirst)
                : DealsFastDecoder.decodeRange(source, from: split, limit: total, opening: false, endsAtSplit: false, locations: locations)
            halves.withLock { $0[k] = half }
        }
        progress?(999)
        // Taken out of the lock, so the join holds the only reference to each half.
        var both = halves.withLock { h in
            let out = h
            h = [nil, nil]
            return out
        }
        guard let first = both[0].take(), let second = both[1].take(),
              case .decoded(var deals, let locations) = DealsFastDecoder.join(consume first, consume second) else { return nil }
        // The id index in two hash partitions, one a core.
        let table = deals
        let parts = Mutex<[DealTable.IdIndexPart?]>([nil, nil])
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let part = table.idIndexPart(k, of: 2)
            parts.withLock { $0[k] = part }
        }
        deals.setIdIndex(parts.withLock { $0 }.compactMap { $0 })
        return .decoded(deals, locations)
    }
}

