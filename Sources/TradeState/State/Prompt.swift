import TradeModel

/// A note, an owner, a due date or a withdrawal's reason being typed, over the list it is about.
public struct Prompt: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case note, owner, due, withdraw }
    public var kind: Kind
    public var actionId: String
    public var field: TextField
    public var error: String?
    /// Longer notes are cut, and the prompt says so.
    public static let maxLength = 500
    /// The version of the item when the prompt opened: what the person saw.
    public var basedOn: String?

    /// `prefilled`: the text is what the item holds now (an owner, a due date), shown selected so
    /// that typing replaces it.
    public init(kind: Kind, actionId: String, text: String = "", error: String? = nil, basedOn: String? = nil, prefilled: Bool = false) {
        self.kind = kind
        self.actionId = actionId
        field = prefilled ? .prefilled(text) : TextField(text)
        self.error = error
        self.basedOn = basedOn
    }

    /// The text typed so far; setting it puts the cursor at its end.
    public var text: String {
        get { field.text }
        set { field = TextField(newValue) }
    }
}
