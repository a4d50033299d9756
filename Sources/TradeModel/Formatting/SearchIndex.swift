/// Folded search text for many rows in one contiguous buffer, so filtering a million rows is a
/// single linear scan with no allocation per row.
public struct SearchIndex: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Row i's text is `bytes[offsets[i]..<offsets[i+1]]`.
    public private(set) var offsets: [Int32] = [0]

    public init() {}

    public var count: Int { offsets.count - 1 }

    public mutating func append(_ parts: String?...) {
        for p in parts { if let p { SearchText.fold(p, into: &bytes); bytes.append(0x1F) } }
        offsets.append(Int32(truncatingIfNeeded: bytes.count))
    }

    /// A row part by part, for a builder that folds repeated parts once: `part` folds, `folded`
    /// takes what `SearchIndex.folded` made, `endRow` ends the row (`append` in pieces).
    public mutating func part(_ p: String) { SearchText.fold(p, into: &bytes); bytes.append(0x1F) }
    public mutating func folded(_ f: [UInt8]) { bytes.append(contentsOf: f) }
    public mutating func endRow() { offsets.append(Int32(truncatingIfNeeded: bytes.count)) }
    /// A part folded ahead, separator included (empty for nil: a missing part adds nothing).
    public static func folded(_ p: String?) -> [UInt8] {
        guard let p else { return [] }
        var b: [UInt8] = []
        SearchText.fold(p, into: &b)
        b.append(0x1F)
        return b
    }

    /// Indices among `candidates` (or all rows) whose text contains `query`.
    public func filter(_ query: String, among candidates: [Int32]? = nil) -> [Int32] {
        let needle = SearchText.fold(query)
        return bytes.withUnsafeBufferPointer { hay in
            offsets.withUnsafeBufferPointer { off in
                var out: [Int32] = []
                if let candidates {
                    for i in candidates where SearchText.contains(hay, Int(off[Int(i)])..<Int(off[Int(i) + 1]), needle) { out.append(i) }
                } else {
                    for i in 0..<(off.count - 1) where SearchText.contains(hay, Int(off[i])..<Int(off[i + 1]), needle) { out.append(Int32(i)) }
                }
                return out
            }
        }
    }
}
