/// A money figure with its source, e.g. a target, an agreement's estimated potential, or another
/// source's figure for the same deal line (`Deal.conflictsWith`).
public struct MoneyClaim: Sendable, Equatable {
    public var valueRupiah: Int64
    public var source: String
    public var note: LocalText?

    public init(valueRupiah: Int64, source: String, note: LocalText? = nil) {
        self.valueRupiah = valueRupiah; self.source = source; self.note = note
    }
}
