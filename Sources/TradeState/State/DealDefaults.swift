import TradeModel

/// What the last deal recorded in this session was, so the next one starts from it: the desk at a
/// forum records many deals for one mission, often one seller after another (session state, never
/// written to disk).
public struct DealDefaults: Equatable, Sendable {
    public var mission: String
    public var direction: Deal.Direction
    public var commodity: String?
    public var unit: String?
    public var party: String?

    public init(mission: String, direction: Deal.Direction, commodity: String?, unit: String?, party: String?) {
        self.mission = mission
        self.direction = direction
        self.commodity = commodity
        self.unit = unit
        self.party = party
    }
}
