import TradeModel

/// What the last change came to (saved, held, refused and why), shown on the tab row until the
/// next key (a success also fades after a few seconds: `Action.statusExpired`).
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    /// The same with what matters first — the count, who, when, what, the reason — for a tab row
    /// too narrow for `text` (which then shows whole above the hints). nil: `text` is short.
    public var short: String?
    /// Shorter still, for the tab row alone when `short` is a sentence (a conflict: who, the time
    /// of day and what — the line above the hints says it whole). nil: the tab row shows `short`.
    public var tab: String?

    public init(text: String, isError: Bool, short: String? = nil, tab: String? = nil) {
        self.text = text
        self.isError = isError
        self.short = short
        self.tab = tab
    }
}
