/// A change to a follow-up action, for its history view.
public struct ActionChange: Sendable, Equatable {
    public var eventId: String
    public var at: String
    public var user: String
    public var body: JournalEvent.Body
    public var undoes: String?
    /// Set when the change met another desk's change that had already set the same value: it is
    /// kept as agreement, changes nothing and is not the action's version.
    public var sameAs: SameValue?

    public init(eventId: String, at: String, user: String, body: JournalEvent.Body, undoes: String?, sameAs: SameValue? = nil) {
        self.eventId = eventId
        self.at = at
        self.user = user
        self.body = body
        self.undoes = undoes
        self.sameAs = sameAs
    }
}

extension ActionChange {
    /// A change made from an older version that sets exactly the value a later change already set
    /// (both desks ticked the action, or both named the same owner): not a conflict, a no-op that agrees.
    public struct SameValue: Sendable, Equatable {
        /// The event that set the value first.
        public var first: String
        /// The version the agreeing change was made from (itself never an agreement): a change made
        /// after it — the next of a batch, an undo — was made from this version too.
        public var madeFrom: String

        public init(first: String, madeFrom: String) {
            self.first = first
            self.madeFrom = madeFrom
        }
    }
}
