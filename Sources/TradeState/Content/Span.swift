import TradeModel

public struct Span: Equatable, Sendable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .normal) { self.text = text; self.role = role }
}

public typealias StyledLine = [Span]

public enum StyledWidth {
    public static func of(_ line: StyledLine) -> Int { line.reduce(0) { $0 + TextWidth.of($1.text) } }
}
