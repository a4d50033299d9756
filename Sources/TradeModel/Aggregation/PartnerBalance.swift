/// Trade with one partner region, from the organising province's view.
public struct PartnerBalance: Sendable {
    public var region: String
    public var sell: Int64
    public var buy: Int64
    public var investment: Int64
    public var unspecified: Int64
    public var balance: Int64 { sell &- buy }
}
