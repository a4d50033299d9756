import TradeModel

public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .normal) { self.text = text; self.role = role }
}

public typealias StyledLine = [Span]

