import TradeModel

/// One row of the key table: the keys, the command they run where, and the help text. The table
/// is the dispatcher, so help, the hint bar and docs/KEYS.md can only show what works.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// Any typed character (in the typing contexts: filter, prompt, form).
    public var anyText: Bool
    public var command: Command
    public var contexts: [KeyContext]
    public var helpId: String
    public var helpEn: String
    /// Shown in the one-line hint bar (the rest only in `?` help).
    public var hint: Bool
    /// The keys a context is used for most (a checklist's tick, note, owner …): where the hint bar
    /// is short of room they stay, with their short help, and the other hints give way first.
    public var hintFirst: (id: String, en: String)?

    public init(keys: [Key], anyText: Bool = false, command: Command, contexts: [KeyContext], helpId: String, helpEn: String, hint: Bool,
                hintFirst: (id: String, en: String)? = nil) {
        self.keys = keys
        self.anyText = anyText
        self.command = command
        self.contexts = contexts
        self.helpId = helpId
        self.helpEn = helpEn
        self.hint = hint
        self.hintFirst = hintFirst
    }

    /// How the keys are written, made from the keys themselves so the label cannot lie.
    public var label: String { label(.en) }

    /// The keys as written in the language's help and hint bar (`Spasi`).
    public func label(_ l: Language) -> String { anyText ? "a-z 0-9 …" : keys.map { $0.label(l) }.joined(separator: "/") }

    public func help(_ l: Language) -> String { l == .id ? helpId : helpEn }

    /// The help in a hint bar short of room: the short help of a `hintFirst` key, else the help.
    public func shortHelp(_ l: Language) -> String { hintFirst.map { l == .id ? $0.id : $0.en } ?? help(l) }

    public func matches(_ key: Key) -> Bool { keys.contains(key) || (anyText && key.typedText != nil) }
}
