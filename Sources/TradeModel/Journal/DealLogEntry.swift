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

    public init(eventId: String, at: String, user: String, dealId: String, dealIndex: Int, kind: Kind) {
        self.eventId = eventId
        self.at = at
        self.user = user
        self.dealId = dealId
        self.dealIndex = dealIndex
        self.kind = kind
    }
}
