import TradeModel

public enum Detail: Equatable, Sendable {
    case mission(String)
    /// The deals of a commodity; `""` for the lines not split by commodity.
    case deals(String)
    /// The deal lines of one mission or agreement (record, correct, withdraw here).
    case missionDeals(String)
    /// A follow-up action, by its id.
    case action(String)
}
