import TradeModel

public struct Prompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case note, owner, due, withdraw }
    public var kind: Kind
    public var actionId: String
    public var text: String
    public var error: String?
    /// Longer notes are cut, and the prompt says so.
    public static let maxLength = 500
    /// The version of the item when the prompt opened: what the person saw.
    public var basedOn: String?
}
