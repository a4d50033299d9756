import TradeModel

/// A row of the Commodities panel: a commodity (or the not-split value) and, in the direction and
/// province views, its breakdown lines.
public struct CommodityRow: Equatable, Sendable {
    /// `letterOfIntent`: the letters of intent, after the not-split value (`commodity` `""`): not
    /// transactions, listed apart with no share of the transaction total.
    public enum Kind: Equatable, Sendable { case commodity, direction(Deal.Direction), province(String), letterOfIntent }
    /// Commodity id; `""` for value not split by commodity.
    public var commodity: String
    public var kind: Kind
    public var value: Int64
}
