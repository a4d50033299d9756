/// A sourced statistic that is not a deal: production, trade volume, a published cumulative total.
public struct Indicator: Sendable, Identifiable {
    public var id: String
    public var subject: LocalText
    public var period: String
    public var region: String?
    public var commodity: String?
    public var valueRupiah: Int64?
    public var quantity: String?
    public var unit: String?
    public var source: String
    public var note: LocalText?
    public var basis: Provenance = .stated
}
