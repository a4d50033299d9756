/// A money figure with its source, e.g. a target or an agreement's estimated potential.
public struct MoneyClaim: Sendable, Equatable {
    public var valueRupiah: Int64
    public var source: String
    public var note: String?
}

