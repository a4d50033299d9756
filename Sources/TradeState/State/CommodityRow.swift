import TradeModel

/// A row of the Commodities panel: a commodity (or the not-split value) and, in the direction and
/// province views, its breakdown lines.
public struct CommodityRow: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case commodity, direction(Deal.Direction), province(String) }
    /// Commodity id; `""` for value not split by commodity.
    public var commodity: String
    public var kind: Kind
    public var value: Int64
}
