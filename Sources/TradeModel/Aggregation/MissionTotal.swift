/// A mission's or agreement's figures, as the Missions list and `summary` show them.
public struct MissionTotal: Sendable, Equatable {
    public enum Kind: String, Sendable { case mission, multiProvince, sisterProvince }
    public var id: String
    public var kind: Kind
    public var title: String
    public var date: PartialDate
    /// The partner region for missions; the parties for agreements.
    public var partners: [String]
    public var city: String?
    /// Sum of the lines that count (fixtures + journal). Always 0 for agreements.
    public var totalValueRupiah: Int64
    public var byDirection: [Deal.Direction: Int64]
    public var dealCount: Int
    public var publishedFinalRupiah: Int64?
    public var targetRupiah: Int64?
    /// An agreement's estimated potential: shown, never summed.
    public var potentialRupiah: Int64?
    public var illustrative: Bool

    /// Sell minus buy, from the organising province's view.
    public var balanceRupiah: Int64 { (byDirection[.sell] ?? 0) &- (byDirection[.buy] ?? 0) }

    /// Whether a sell or buy line exists: without one no balance is known (it is not 0).
    public var hasSellBuySplit: Bool { byDirection[.sell] != nil || byDirection[.buy] != nil }

    /// No line and nothing published: the sources give no figure, which is not Rp0 (an agreement
    /// with no line of its own, a mission whose final was not found).
    public var hasNoFigure: Bool { dealCount == 0 && (kind != .mission || publishedFinalRupiah == nil) }
}
