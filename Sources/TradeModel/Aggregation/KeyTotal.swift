public struct KeyTotal: Sendable, Equatable {
    public var key: String
    public var valueRupiah: Int64
}
