import TradeModel

public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
}
