/// A change made from a state of its item that was no longer current when it reached the journal:
/// kept in the journal, never applied over the later change (the author decides what to do).
public struct Conflict: Sendable, Equatable {
    /// The change that was not applied.
    public var event: JournalEvent
    /// The item's version it was made from (`basedOn`) and the version it met.
    public var basedOn: String
    public var current: String

    public init(event: JournalEvent, basedOn: String, current: String) {
        self.event = event
        self.basedOn = basedOn
        self.current = current
    }
}

extension Dataset {
    /// The version of an item before any journal event changed it.
    public static let fixturesVersion = "fixtures"

    /// The version of an action: the last journal event that changed it (a note adds to it and
    /// changes nothing, nor does an agreement), or `fixturesVersion`.
    public func version(ofAction id: String) -> String {
        actionHistory[id]?.last { !$0.body.isNote && $0.sameAs == nil }?.eventId ?? Self.fixturesVersion
    }

    /// The version of a deal: the last journal event that recorded, corrected or withdrew it.
    public func version(ofDeal id: String) -> String {
        dealLog.lastIndex(ofDeal: id).map(dealLog.eventId(at:)) ?? Self.fixturesVersion
    }

    /// The journal change that made `version` current, for "who changed it, when, to what".
    public func change(_ version: String, ofAction id: String) -> ActionChange? {
        actionHistory[id]?.last { $0.eventId == version }
    }
}
