import TradeModel

public enum Detail: Equatable, Sendable {
    case mission(String)
    /// The deals of a commodity; `""` for the lines not split by commodity.
    case deals(String)
    /// The deal lines of one mission or agreement (record, correct, withdraw here).
    case missionDeals(String)
    /// A follow-up action, by its id.
    case action(String)
    /// One deal line, opened from the deal list `from` (`.deals` or `.missionDeals`), which Esc
    /// goes back to with the cursor on the same deal.
    indirect case deal(String, from: Detail)

    /// The deal list under an open deal line, or the detail itself.
    public var list: Detail {
        if case .deal(_, let from) = self { return from }
        return self
    }
}
