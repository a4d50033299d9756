import TradeModel

extension JournalEvent {
    /// A new event for `body`, stamped now with a fresh id.
    public static func stamped(_ body: Body, user: String, undoes: String? = nil, basedOn: String? = nil) -> JournalEvent {
        JournalEvent(eventId: JournalClock.newEventId(), at: JournalClock.nowISO(), user: user, body: body, undoes: undoes, basedOn: basedOn)
    }
}
