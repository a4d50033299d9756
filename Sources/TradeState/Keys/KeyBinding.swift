import TradeModel

public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// How the keys are written in help and the hint bar.
    public var label: String
    public var command: Command
    public var contexts: [KeyContext]
    public var helpId: String
    public var helpEn: String
    /// Shown in the one-line hint bar (the rest only in `?` help).
    public var hint: Bool

    public func help(_ l: Language) -> String { l == .id ? helpId : helpEn }
}
