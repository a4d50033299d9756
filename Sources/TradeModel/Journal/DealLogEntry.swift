/// What happened to a deal at run time, newest last (for the presenter's ticker and highlights).
public struct DealLogEntry: Sendable, Equatable {
    public enum Kind: String, Sendable { case recorded, corrected, withdrawn }
    public var eventId: String
    public var at: String
    public var user: String
    public var dealId: String
    /// Where the deal is in `Dataset.deals` (so a ticker needs no lookup table).
    public var dealIndex: Int
    public var kind: Kind
    /// Why it was withdrawn, as the desk wrote it.
    public var reason: String?

    public init(eventId: String, at: String, user: String, dealId: String, dealIndex: Int, kind: Kind, reason: String? = nil) {
        self.eventId = eventId
        self.at = at
        self.user = user
        self.dealId = dealId
        self.dealIndex = dealIndex
        self.kind = kind
        self.reason = reason
    }
}
